package vn.minhbach.crawl;

import java.net.URI;

/** Progress of a running crawl, for a terminal display. Called often; must be cheap and thread-safe. */
@FunctionalInterface
public interface CrawlListener {
    CrawlListener NONE = (seed, fetched, queued, current) -> { };

    void progress(URI seed, int fetched, int queued, URI current);
}
