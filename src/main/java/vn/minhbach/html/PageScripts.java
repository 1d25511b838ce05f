package vn.minhbach.html;

import org.jsoup.nodes.Document;

/**
 * What a page's scripts do to what it shows, looked at once per page by the crawl (which renders such a page)
 * and handed on with it, so the extractors need not look again.
 *
 * @param shell the HTML is an application shell ({@link AppShell})
 * @param lists the page's own scripts build its lists from data they load ({@link ScriptLists})
 */
public record PageScripts(boolean shell, boolean lists) {

    public static PageScripts of(Document document) {
        return new PageScripts(AppShell.is(document), ScriptLists.builtByScript(document));
    }

    /** The page shows its content only after its scripts have run: a browser must read it. */
    public boolean needBrowser() {
        return shell || lists;
    }
}
