package vn.minhbach.check;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Unreached;

/**
 * The attachment checks of one crawl, looked up by the address a page links (exactly, or up to host case,
 * fragment and a trailing slash), with the links followed as pages that failed. Built once per item, not
 * once per link.
 */
final class Attachments {
    private final Map<URI, FetchOutcome> exact;
    private final Map<String, FetchOutcome> loose = new HashMap<>();

    Attachments(CrawlResult crawl) {
        Map<URI, FetchOutcome> all = new HashMap<>(crawl.attachments());
        // A file whose address names no file type (a download icon's link) was followed as a page: when it
        // failed, the crawl recorded it among the unreached links, and it is a file that does not download.
        for (Unreached u : crawl.unreached()) {
            if (u.outcome() instanceof FetchOutcome.Failed) {
                all.putIfAbsent(u.outcome().url(), u.outcome());
            }
        }
        this.exact = Map.copyOf(all);
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
