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
}
