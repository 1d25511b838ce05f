package vn.minhbach.crawl;

import java.net.URI;
import java.util.Optional;

/**
 * What the crawler remembers of pages between audits, so that a nightly re-audit of an unchanged portal
 * downloads almost nothing: a page fetched in full before is requested with If-None-Match /
 * If-Modified-Since, and when the server answers 304 Not Modified the remembered response is parsed
 * instead, so the page's facts and links are exactly those a full download would give. Called from the
 * crawler's worker threads: implementations must be thread-safe. A cache that fails should answer as if
 * it knew nothing rather than stop the crawl.
 */
public interface PageCache {

    /** Remembers nothing: every page is downloaded in full. */
    PageCache NONE = new PageCache() {
        @Override
        public Optional<RawResponse> lookup(URI url) {
            return Optional.empty();
        }

        @Override
        public void remember(RawResponse response) {
        }
    };

    /** The response last downloaded in full for the URL as linked, or empty. */
    Optional<RawResponse> lookup(URI url);

    /** Remembers a full download of an HTML page, replacing what was remembered for its URL. */
    void remember(RawResponse response);
}
