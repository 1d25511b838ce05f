package vn.minhbach.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A document fetched whole for reading ({@link Crawler#document(URI)}), or why it was not.
 *
 * @param url          the address as linked
 * @param finalUrl     the address after redirects
 * @param status       the final HTTP status, or null when no response came
 * @param reason       the final reason phrase, or null
 * @param headers      the final response's headers in the order received; empty when it was not fetched
 * @param body         the whole file; empty when it was not fetched
 * @param fetchedAt    when it was read, or null when it was not fetched
 * @param failure      why the document was not fetched (an HTTP status, robots.txt, its size...), or null
 */
public record FetchedDocument(URI url, URI finalUrl, Integer status, String reason, List<RawResponse.Header> headers,
                              byte[] body, Instant fetchedAt, String failure) {
    private static final byte[] NONE = new byte[0];

    public FetchedDocument {
        headers = List.copyOf(headers);
    }

    static FetchedDocument failed(URI url, Integer status, String why) {
        return new FetchedDocument(url, url, status, null, List.of(), NONE, null, why);
    }

    /** True when the whole body was fetched. */
    public boolean fetched() {
        return failure == null;
    }

    /**
     * The file as the server sent it (status line, headers, body), for keeping as evidence; only for a
     * document {@link #fetched()}.
     */
    public RawResponse response() {
        if (!fetched()) {
            throw new IllegalStateException(url + " was not fetched: " + failure);
        }
        return new RawResponse(url, finalUrl, status, reason, headers, body, false, fetchedAt);
    }

    /**
     * The name the address gives the file, its query included ({@code download.aspx?file=bc.xls}), for telling
     * apart the formats that share a container.
     */
    public String name() {
        String path = finalUrl.getPath() == null ? "" : finalUrl.getPath();
        return finalUrl.getQuery() == null ? path : path + "?" + finalUrl.getQuery();
    }
}
