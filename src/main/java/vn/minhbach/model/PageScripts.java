package vn.minhbach.model;

/**
 * What a page's scripts do to what it shows, looked at once per page by the crawl (which renders such a page)
 * and handed on with it, so the extractors need not look again. {@code html.Scripts} reads it from a page.
 *
 * @param shell the HTML is an application shell ({@code html.AppShell})
 * @param lists the page's own scripts build its lists from data they load ({@code html.ScriptLists})
 */
public record PageScripts(boolean shell, boolean lists) {

    /** The page shows its content only after its scripts have run: a browser must read it. */
    public boolean needBrowser() {
        return shell || lists;
    }
}
