package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.Rendering;

/**
 * Receives every HTML page as it is parsed. Called from the crawler's worker threads, so implementations
 * must be thread-safe. The document must not be kept: extract what is needed and let it go, so memory
 * stays flat however large the site.
 */
@FunctionalInterface
public interface PageHandler {
    void onPage(CrawledPage page, Document document);

    /** A page was downloaded in full; called before {@link #onPage} with the response as read. */
    default void onResponse(RawResponse response) {
    }

    /**
     * The server answered 304 Not Modified for a page fetched before; called before {@link #onPage}, which
     * receives the remembered response parsed as if it had been downloaded.
     */
    default void onUnchanged(RawResponse remembered) {
    }

    /**
     * The page was read in a browser ({@link Renderer}); called before {@link #onPage}, which receives the
     * rendered document.
     *
     * @param fetched  the page as the server sent it
     * @param rendered the DOM the browser showed, as HTML
     * @param at       the address the browser ended at, its client-side route included
     */
    default void onRendered(RawResponse fetched, String rendered, URI at) {
    }

    /**
     * The JSON answers a rendered page's scripts loaded (and the remaining pages of a paged list, asked by the
     * crawl); called after {@link #onPage}.
     */
    default void onData(CrawledPage page, List<Rendering.DataAnswer> answers) {
    }

    /**
     * Whether the crawl should ask for the remaining pages of this JSON answer, when it is the first page of a
     * paged list: only for data the handler reads, so other lists cost no requests.
     */
    default boolean wantsAllPages(Rendering.DataAnswer answer) {
        return false;
    }
}
