package vn.minhbach.crawl;

import java.net.URI;

/**
 * An HTML page the crawler fetched and parsed, handed to a {@link PageHandler} with its document.
 *
 * @param url      the URL as linked (normalised)
 * @param finalUrl the URL after redirects
 * @param depth    link hops from the seed
 * @param status   the HTTP status
 * @param bytes    body bytes read
 * @param millis   time to fetch
 */
public record CrawledPage(URI url, URI finalUrl, int depth, int status, long bytes, long millis) {
}
