package vn.minhbach.model;

import java.net.URI;
import java.util.List;

/**
 * What the crawl of one site amounted to, as reported under {@code sites} in report.json.
 *
 * @param pagesWalled pages that still answered as a wall (a firewall's page, a maintenance notice...) after
 *                    the retries; counted in {@code pagesFailed} too
 * @param notes       what the crawl had to work around (a home page moved to another host, a stale
 *                    {@code <base href>}, a home page whose links all leave the site), worded by each report
 */
public record SiteSummary(SiteRole role, URI url, int pagesFetched, int pagesFailed, long bytesFetched,
                          int robotsDisallowed, boolean limitReached, int pagesWalled, List<Text> notes) {
    public SiteSummary {
        notes = List.copyOf(notes);
    }

    /** A summary with no wall and nothing to note. */
    public SiteSummary(SiteRole role, URI url, int pagesFetched, int pagesFailed, long bytesFetched,
                       int robotsDisallowed, boolean limitReached) {
        this(role, url, pagesFetched, pagesFailed, bytesFetched, robotsDisallowed, limitReached, 0, List.of());
    }
}
