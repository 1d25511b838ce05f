package vn.minhbach.model;

import java.net.URI;

/**
 * An HTML page the crawler fetched and parsed, handed to a crawl's {@code PageHandler} with its document.
 *
 * @param url        the URL as linked (normalised; a client-side {@code #/route} kept)
 * @param finalUrl   the URL after redirects
 * @param depth      link hops from the seed
 * @param status     the HTTP status
 * @param bytes      body bytes read
 * @param millis     time to fetch
 * @param rendered   the document is what a browser showed after the page's scripts ran ({@code crawl.Renderer})
 * @param unrendered why a page whose HTML is an application shell was not rendered (no browser, the budget, a
 *                   failure), or null
 * @param scripts    what the crawl saw the page's scripts do in the document handed on, or null when no crawl
 *                   looked (the extractors then look themselves)
 */
public record CrawledPage(URI url, URI finalUrl, int depth, int status, long bytes, long millis, boolean rendered,
                          String unrendered, PageScripts scripts) {

    /** A page read from its HTML, its scripts not looked at. */
    public CrawledPage(URI url, URI finalUrl, int depth, int status, long bytes, long millis) {
        this(url, finalUrl, depth, status, bytes, millis, false, null, null);
    }

    /** A page whose scripts were not looked at, rendered or not. */
    public CrawledPage(URI url, URI finalUrl, int depth, int status, long bytes, long millis, boolean rendered,
                       String unrendered) {
        this(url, finalUrl, depth, status, bytes, millis, rendered, unrendered, null);
    }
}
