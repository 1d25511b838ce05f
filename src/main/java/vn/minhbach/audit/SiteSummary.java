package vn.minhbach.audit;

import java.net.URI;
import vn.minhbach.config.SiteRole;

/** What the crawl of one site amounted to, as reported under {@code sites} in report.json. */
public record SiteSummary(SiteRole role, URI url, int pagesFetched, int pagesFailed, long bytesFetched,
                          int robotsDisallowed, boolean limitReached) {
}
