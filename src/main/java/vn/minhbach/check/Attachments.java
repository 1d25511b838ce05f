package vn.minhbach.check;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.crawl.CrawlResult;
import vn.minhbach.crawl.FetchOutcome;

/**
 * The attachment checks of one crawl, looked up by the address a page links (exactly, or up to host case,
 * fragment and a trailing slash). Built once per item, not once per link.
 */
final class Attachments {
    private final Map<URI, FetchOutcome> exact;
    private final Map<String, FetchOutcome> loose = new HashMap<>();

    Attachments(CrawlResult crawl) {
        this.exact = crawl.attachments();
        exact.forEach((url, outcome) -> loose.putIfAbsent(Uris.key(url), outcome));
    }

    Optional<FetchOutcome> get(URI url) {
        FetchOutcome outcome = exact.get(url);
        return Optional.ofNullable(outcome != null ? outcome : loose.get(Uris.key(url)));
    }

    /** True when the crawl fetched the attachment with a success status. */
    boolean downloads(URI url) {
        return get(url).map(o -> o instanceof FetchOutcome.Fetched).orElse(false);
    }
}
