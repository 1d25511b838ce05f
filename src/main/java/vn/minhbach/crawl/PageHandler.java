package vn.minhbach.crawl;

import org.jsoup.nodes.Document;

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
}
