package vn.minhbach.html;

import org.jsoup.nodes.Document;
import vn.minhbach.model.PageScripts;

/** Reads what a page's scripts do to what it shows, for the crawl and for the extractors alike. */
public final class Scripts {

    private Scripts() {
    }

    /** Whether {@code document} is an application shell, and whether its own scripts build its lists. */
    public static PageScripts of(Document document) {
        return new PageScripts(AppShell.is(document), ScriptLists.builtByScript(document));
    }
}
