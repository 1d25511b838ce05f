package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import vn.minhbach.model.FetchOutcome;

/**
 * What a running crawl tells as it goes: its progress, for a terminal display, and each URL it visited and each
 * page it rendered, for the service's metrics. Called often, from the crawl's threads; must be cheap and
 * thread-safe.
 */
@FunctionalInterface
public interface CrawlListener {
    CrawlListener NONE = (seed, fetched, queued, current) -> { };

    void progress(URI seed, int fetched, int queued, URI current);

    /** A visit of the crawl of {@code seed} ended: a page or file read, failed, disallowed or skipped. */
    default void visited(URI seed, FetchOutcome outcome) {
    }

    /** A page of the crawl of {@code seed} was read in a browser. */
    default void rendered(URI seed, URI page) {
    }

    /** Tells each of {@code listeners} everything. */
    static CrawlListener all(List<CrawlListener> listeners) {
        List<CrawlListener> each = List.copyOf(listeners);
        return new CrawlListener() {
            @Override
            public void progress(URI seed, int fetched, int queued, URI current) {
                each.forEach(l -> l.progress(seed, fetched, queued, current));
            }

            @Override
            public void visited(URI seed, FetchOutcome outcome) {
                each.forEach(l -> l.visited(seed, outcome));
            }

            @Override
            public void rendered(URI seed, URI page) {
                each.forEach(l -> l.rendered(seed, page));
            }
        };
    }
}
