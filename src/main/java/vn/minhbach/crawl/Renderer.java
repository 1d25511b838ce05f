package vn.minhbach.crawl;

import java.net.URI;
import vn.minhbach.model.Rendering;

/**
 * Reads a page the way a visitor's browser shows it, after its scripts have run: for sites whose HTML is an
 * application shell (crawl.render). The browser's own requests go through {@link BrowserRequests}, so it asks
 * nothing the crawl would not. Implementations are thread-safe and hold at most one browser.
 */
@FunctionalInterface
public interface Renderer extends AutoCloseable {

    /** No browser: every page is {@link Rendering#unavailable}. */
    static Renderer none(String why) {
        return (url, served, requests) -> Rendering.unavailable(why);
    }

    /**
     * Opens {@code url} (its {@code #/route} included) in the browser, waits until the page's requests have
     * gone quiet, follows its "next page" controls, and returns what it shows.
     *
     * @param served the response the crawl already has for {@code url}, answered to the browser instead of asking
     *               the server again; or null
     */
    Rendering render(URI url, RawResponse served, BrowserRequests requests) throws InterruptedException;

    /** Ends the browser, if one was started; a renderer without one has nothing to end. */
    @Override
    default void close() {
    }
}
