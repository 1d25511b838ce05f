package vn.minhbach.html;

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
    /** The word of {@link #LOADS_DATA_WORDS} that starts with each ASCII char, if any: no two start alike. */
    private static final String[] WORD_STARTING = new String[128];

    static {
        for (String word : LOADS_DATA_WORDS) {
            WORD_STARTING[word.charAt(0)] = word;
        }
    }
    /** Inline scripts longer than this are libraries pasted into the page, read only up to it. */
    private static final int MAX_SCRIPT = 200_000;
    private static final Evaluator INLINE_SCRIPTS = QueryParser.parse("script:not([src])");

    private ScriptLists() {
    }

    /** True when the page's own scripts both load data and write list markup with it. */
    public static boolean builtByScript(Document doc) {
        boolean markup = false;
        boolean loads = false;
        for (Element script : doc.select(INLINE_SCRIPTS)) {
            String code = code(script);
            if (code.length() > MAX_SCRIPT) {
                code = code.substring(0, MAX_SCRIPT);
            }
            // The patterns try every quote and every word of a script: a script without the literal text each
            // one needs (a '<'; a request's name) is not searched, which is most configuration scripts.
            markup |= !markup && code.indexOf('<') >= 0 && MARKUP_JOINED.matcher(code).find();
            loads |= !loads && mayLoadData(code) && LOADS_DATA.matcher(code).find();
            if (markup && loads) {
                return true;
            }
        }
        return false;
    }

    /** The script's code: most scripts hold one data node, whose text is then taken without a copy. */
    private static String code(Element script) {
        if (script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data) {
            return data.getWholeData();
        }
        return script.data();
    }

    /**
     * False when {@link #LOADS_DATA} cannot match: none of the words it looks for is in the code. One pass over
     * the code tries, at each char, the only word that starts with it.
     */
    private static boolean mayLoadData(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            String word = c < WORD_STARTING.length ? WORD_STARTING[c] : null;
            if (word != null && code.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }
}
