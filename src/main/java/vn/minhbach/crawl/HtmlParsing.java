package vn.minhbach.crawl;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a fetched page. A fragment that a list page loads by AJAX may consist of table rows only (a Domino
 * view, a paged grid: {@code <tr><td>…</td></tr>…} with no {@code <table>}); the HTML parser drops row and
 * cell tags met outside a table and runs the cells' texts together, so such a fragment is parsed inside a
 * table and keeps one row per document. Any other text is parsed as it stands.
 */
public final class HtmlParsing {

    /** Comments, a byte-order mark and spaces may precede the first tag; only the first tag decides. */
    private static final Pattern TABLE_PART_FIRST = Pattern.compile(
            "^\\uFEFF?\\s*(?:<!--.*?-->\\s*)*<(?:tr|td|th|tbody|thead|tfoot)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** A fragment's first tag stands near its start: the test reads no further. */
    private static final int SCAN = 2048;

    private HtmlParsing() {
    }

    public static Document parse(String html, String baseUri) {
        return Jsoup.parse(tableRowsFragment(html) ? "<table>" + html + "</table>" : html, baseUri);
    }

    static boolean tableRowsFragment(String html) {
        return TABLE_PART_FIRST.matcher(html).region(0, Math.min(html.length(), SCAN)).lookingAt();
    }
}
