package vn.minhbach.crawl;

import java.net.URI;

/**
 * A document fetched whole for reading ({@link Crawler#document(URI)}), or why it was not.
 *
 * @param url          the address as linked
 * @param finalUrl     the address after redirects
 * @param status       the final HTTP status, or null when no response came
 * @param body         the whole file; empty when it was not fetched
 * @param etag         the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param failure      why the document was not fetched (an HTTP status, robots.txt, its size...), or null
 */
public record FetchedDocument(URI url, URI finalUrl, Integer status, byte[] body, String etag, String lastModified,
                              String failure) {
    private static final byte[] NONE = new byte[0];

    static FetchedDocument failed(URI url, Integer status, String why) {
        return new FetchedDocument(url, url, status, NONE, null, null, why);
    }

    /** True when the whole body was fetched. */
    public boolean fetched() {
        return failure == null;
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
