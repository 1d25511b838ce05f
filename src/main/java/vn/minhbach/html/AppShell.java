package vn.minhbach.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * An application shell: HTML whose content is drawn by its scripts (an Angular, React or Vue application,
 * VNPT iGate's one-stop sites). Almost no text, links or headings, and a script-driven root: scripts, a mount
 * point ({@code app-root}, {@code #app}, {@code [ng-version]}...) or a {@code <noscript>} notice.
 */
public final class AppShell {
    /** Visible text below this many characters is "almost none". */
    static final int MAX_TEXT = 100;
    private static final Evaluator NOSCRIPT = QueryParser.parse("noscript");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");
    private static final Evaluator SCRIPTS = QueryParser.parse("script");
    private static final Evaluator ROOTS = QueryParser.parse("app-root, #root, #app, [ng-version], [data-reactroot]");

    private AppShell() {
    }

    public static boolean is(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return false;
        }
        // The links and headings first: a portal page's menu alone has dozens of links, and its text is then
        // not built at all.
        if (hasLinks(body, 5) || body.select(HEADINGS).stream().anyMatch(h -> !h.text().isBlank())) {
            return false;
        }
        String text = body.text();
        boolean noscript = !doc.select(NOSCRIPT).isEmpty();
        String visible = noscript ? text.replace(doc.select(NOSCRIPT).text(), "") : text;
        if (visible.strip().length() >= MAX_TEXT) {
            return false;
        }
        return noscript || !doc.select(SCRIPTS).isEmpty() || !doc.select(ROOTS).isEmpty();
    }

    /** Whether the body holds at least {@code count} links, counted only until then. */
    private static boolean hasLinks(Element body, int count) {
        int[] seen = {0};
        NodeTraversor.filter((node, depth) -> node instanceof Element e && LINKS.matches(body, e) && ++seen[0] >= count
                ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE, body);
        return seen[0] >= count;
    }
}
