package vn.minhbach.model;

import java.net.URI;

/**
 * What became of one URL the crawler meant to visit. A failed fetch is a value, not an exception: one
 * page failing never stops an audit.
 */
public sealed interface FetchOutcome {

    URI url();

    /** A response with a success status was read (a page, or an attachment checked by HEAD or a partial GET). */
    record Fetched(URI url, URI finalUrl, int status, String contentType, long bytes, long millis)
            implements FetchOutcome {
    }

    /**
     * An error status (4xx, 5xx), no response at all (timeout, refused, redirect loop, too many hops), or a
     * soft error: a success status whose page is not the site's content (a firewall's rejection, a
     * maintenance notice...), with {@code error} naming what it is.
     */
    record Failed(URI url, Integer status, String error) implements FetchOutcome {
        /** True for a page that answered with a success status but is not the site's content. */
        public boolean soft() {
            return status != null && status >= 200 && status < 300 && error != null;
        }
    }

    /** Not fetched because robots.txt disallows it. */
    record Disallowed(URI url) implements FetchOutcome {
    }

    /** Not fetched because a limit or a trap defence stopped it (maxPages, maxDepth, trap pattern). */
    record Skipped(URI url, String reason) implements FetchOutcome {
    }
}
