package vn.minhbach.audit;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.minhbach.crawl.RawResponse;

/**
 * The HTML pages one audit read, downloaded or confirmed unchanged by a 304, with the time it did: which
 * pages may be kept as evidence of this audit (a page that failed tonight must not be archived from an
 * older copy), and the counts the incremental crawl is measured by; what the browser showed of the pages
 * it rendered ({@link #rendered()}); and the documents it fetched to read ({@link #documents()}). Thread-safe:
 * filled by crawl workers.
 */
final class SeenPages {
    private final Clock clock;
    private final Map<URI, Instant> seen = new ConcurrentHashMap<>();
    private final LongAdder downloaded = new LongAdder();
    private final LongAdder unchanged = new LongAdder();
    private final RenderedPages rendered;
    private final OpenedDocuments documents = new OpenedDocuments();

    SeenPages(Clock clock) {
        this.clock = clock;
        this.rendered = new RenderedPages(clock);
    }

    /** The rendered DOMs and JSON answers of this audit, bounded. */
    RenderedPages rendered() {
        return rendered;
    }

    /** The documents this audit fetched whole, as sent, bounded. */
    OpenedDocuments documents() {
        return documents;
    }

    void downloaded(RawResponse response) {
        downloaded.increment();
        seen.put(response.url(), response.fetchedAt());
    }

    void unchanged(RawResponse remembered) {
        unchanged.increment();
        seen.put(remembered.url(), clock.instant());
    }

    /** When this audit read the page, or empty when it did not read it. */
    Optional<Instant> seenAt(URI url) {
        return Optional.ofNullable(seen.get(url));
    }

    int downloaded() {
        return downloaded.intValue();
    }

    int unchanged() {
        return unchanged.intValue();
    }
}
