package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A request a browser rendering a page wants to make: sent on by the crawl ({@link BrowserRequests}) rather
 * than by the browser, so robots.txt, the site's scope and the host's delay hold for it too.
 *
 * @param method       the HTTP method
 * @param url          the address, without fragment
 * @param headers      the headers the browser would send
 * @param body         the body of a POST or PUT, or null
 * @param resourceType what the browser wants it for, in DevTools' words ({@code Document}, {@code Script},
 *                     {@code XHR}, {@code Fetch}, {@code Image}...)
 */
public record BrowserRequest(String method, URI url, List<RawResponse.Header> headers, byte[] body,
                             String resourceType) {
    /** Headers the crawl's own client sets (or must not forward). */
    static final Set<String> OWN_HEADERS = Set.of("host", "content-length", "connection", "user-agent",
            "accept-encoding", "transfer-encoding", "keep-alive", "upgrade", "te");

    public BrowserRequest {
        headers = List.copyOf(headers);
    }

    /** The first header of that name, case-insensitive, or null. */
    public String header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(RawResponse.Header::value)
                .findFirst().orElse(null);
    }

    /** A request for data the page's scripts load (XHR, fetch), as opposed to the page or its files. */
    public boolean data() {
        String type = resourceType == null ? "" : resourceType.toLowerCase(Locale.ROOT);
        return type.equals("xhr") || type.equals("fetch");
    }
}
