package vn.minhbach.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells a page whose scripts build lists of links from data they load while the page runs (checklist.md
 * "Verdicts": content shown only through JavaScript is UNKNOWN, never MISSING). The national public service
 * portal's home page is one: its procedure lists are filled from a JSON service, so its HTML shows none.
 * Both signs must be in the page's own scripts: markup of a list row or link written as a string and joined
 * with data ({@code '<a href="…?ma_thu_tuc=' + data.ma_thu_tuc}), and a request for data (XHR, fetch, jQuery
 * ajax, a typeahead's remote source). A script that only sets a text (a clock, a weather box) is neither.
 */
public final class ScriptLists {

    private static final Pattern MARKUP_JOINED = Pattern.compile(
            "(['\"`])\\s*<(?:a\\s|li[\\s>]|tr[\\s>]|td[\\s>])(?:(?!\\1).){0,300}\\1\\s*\\+|\\$\\{[^}]+}\\s*</(?:a|li|td)>");
    private static final Pattern LOADS_DATA = Pattern.compile(
            "\\$\\.(?:ajax|get|post|getJSON)\\s*\\(|\\bfetch\\s*\\(|XMLHttpRequest|axios\\.|\\bBloodhound\\b|\\.load\\s*\\(|"
                    + "\\bremote\\s*:|\\burl\\s*:\\s*['\"][^'\"]*(?:\\.jsp|/api/|/rest|\\.ashx|\\.asmx|\\.json)");
    /** A literal text that each alternative of {@link #LOADS_DATA} contains. */
    private static final String[] LOADS_DATA_WORDS =
            {"$.", "fetch", "XMLHttpRequest", "axios.", "Bloodhound", ".load", "remote", "url"};
    /** Inline scripts longer than this are libraries pasted into the page, read only up to it. */
    private static final int MAX_SCRIPT = 200_000;
    private static final Evaluator INLINE_SCRIPTS = QueryParser.parse("script:not([src])");

    private ScriptLists() {
    }

    /** True when the page's own scripts both load data and write list markup with it. */
    public static boolean builtByScript(Document doc) {
        List<Element> scripts = doc.select(INLINE_SCRIPTS);
        // The markup first: most pages' scripts write none, and what they request is then not looked for.
        return scripts.stream().anyMatch(s -> writesMarkup(code(s)))
                && scripts.stream().anyMatch(s -> loadsData(code(s)));
    }

    // The patterns try every quote and every word of a script: a script without the literal text each one needs
    // (a '<'; a request's name) is not searched, which is most configuration scripts.

    /** Whether the code writes the markup of a list row or link joined with data. */
    private static boolean writesMarkup(String code) {
        return code.indexOf('<') >= 0 && MARKUP_JOINED.matcher(code).find();
    }

    /** Whether the code requests data while the page runs. */
    private static boolean loadsData(String code) {
        return mayLoadData(code) && LOADS_DATA.matcher(code).find();
    }

    /**
     * The script's code, up to {@link #MAX_SCRIPT}: most scripts hold one data node, whose text is then taken
     * without a copy.
     */
    private static String code(Element script) {
        String code = script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data
                ? data.getWholeData() : script.data();
        return code.length() > MAX_SCRIPT ? code.substring(0, MAX_SCRIPT) : code;
    }

    /** False when {@link #LOADS_DATA} cannot match: none of the words it looks for is in the code. */
    private static boolean mayLoadData(String code) {
        for (String word : LOADS_DATA_WORDS) {
            if (code.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
