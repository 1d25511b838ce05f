package vn.minhbach.crawl;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import vn.minhbach.config.CrawlSettings;

/**
 * Which pages of a site a browser reads ({@code crawl.render}) and the reading itself: with {@code auto}, a
 * page whose HTML is an application shell ({@link AppShell}) or whose own scripts build its lists from data
 * they load ({@link ScriptLists}); with {@code always}, every page; with {@code never}, none. At most
 * {@code crawl.renderMaxPages} pages of the site are rendered; the browser's requests go through the crawl's
 * {@link BrowserGate}.
 */
final class PageRendering {
    private final CrawlSettings.Render settings;
    private final Renderer renderer;
    private final BrowserRequests gate;
    private final AtomicInteger started = new AtomicInteger();

    PageRendering(CrawlSettings.Render settings, Renderer renderer, BrowserRequests gate) {
        this.settings = settings;
        this.renderer = renderer;
        this.gate = gate;
    }

    /** Whether the page should be read in a browser, as it is: its scripts carry its content. */
    boolean wanted(Document document) {
        return switch (settings.mode()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> AppShell.is(document) || ScriptLists.builtByScript(document);
        };
    }

    /** Whether the page needs a browser to be read at all; a page rendered only by {@code always} does not. */
    static boolean needsBrowser(Document document) {
        return AppShell.is(document) || ScriptLists.builtByScript(document);
    }

    Rendering render(URI url, RawResponse served) throws InterruptedException {
        if (settings.mode() == CrawlSettings.Render.Mode.NEVER) {
            return Rendering.unavailable("crawl.render is never");
        }
        if (started.incrementAndGet() > settings.maxPages()) {
            return Rendering.unavailable("beyond crawl.renderMaxPages " + settings.maxPages());
        }
        return renderer.render(url, served, gate);
    }
}
