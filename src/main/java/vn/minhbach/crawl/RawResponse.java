package vn.minhbach.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An HTML page's response as it came off the wire (after HttpClient decoded any gzip or deflate transfer
 * coding): status line, headers and body. This is what evidence archives keep and what a {@link PageCache}
 * remembers, so that a page the server reports unchanged can be read again without downloading it.
 *
 * @param url       the URL as linked (normalised), which keys the cache
 * @param finalUrl  the URL that answered, after redirects
 * @param status    the HTTP status (a success)
 * @param reason    the reason phrase, possibly empty
 * @param headers   the response headers in the order received
 * @param body      the body bytes read; cut at the size cap when {@code truncated}
 * @param truncated the body was longer than the cap and was cut
 * @param fetchedAt when the response was read
 */
public record RawResponse(URI url, URI finalUrl, int status, String reason, List<Header> headers, byte[] body,
                          boolean truncated, Instant fetchedAt) {

    /** One response header line. */
    public record Header(String name, String value) {
    }

    public RawResponse {
        reason = reason == null ? "" : reason;
        headers = List.copyOf(headers);
    }

    /** The first value of a header, matched without regard to case, or null. */
    public String header(String name) {
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return header.value();
            }
        }
        return null;
    }

    public String etag() {
        return header("ETag");
    }

    public String lastModified() {
        return header("Last-Modified");
    }

    public String contentType() {
        return header("Content-Type");
    }

    /** The body decoded as the crawler decodes pages: the declared charset, else the one the page names. */
    public String text() {
        return CharsetSniffer.decode(contentType(), body);
    }

    /** True when the response carries a validator, so a later request for it can be conditional. */
    public boolean validated() {
        return etag() != null || lastModified() != null;
    }

    /** The headers as "Name: value" lines, one per line, for storage; read back by {@link #parseHeaders}. */
    public String headerLines() {
        StringBuilder lines = new StringBuilder();
        headers.forEach(h -> lines.append(h.name()).append(": ").append(h.value()).append('\n'));
        return lines.toString();
    }

    /** Header lines written by {@link #headerLines}; lines without a colon are ignored. */
    public static List<Header> parseHeaders(String lines) {
        return lines.lines().filter(line -> line.indexOf(':') > 0)
                .map(line -> new Header(line.substring(0, line.indexOf(':')).strip(),
                        line.substring(line.indexOf(':') + 1).strip()))
                .toList();
    }

    @Override
    public String toString() {
        return "RawResponse[" + status + " " + finalUrl + ", " + body.length + " bytes, "
                + String.valueOf(contentType()).toLowerCase(Locale.ROOT) + "]";
    }
}
