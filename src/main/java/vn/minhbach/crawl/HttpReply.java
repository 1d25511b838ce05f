package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP exchange as the crawler saw it: a status and the headers it needs, the body bytes read (possibly
 * cut at the size cap, or empty when the body was not wanted), or an error when no response came.
 *
 * @param url         the requested URL
 * @param status      the HTTP status, or 0 when no response came
 * @param location    the Location header, or null
 * @param contentType the Content-Type header, or null
 * @param body        the body bytes read; never null
 * @param truncated   the body was longer than the cap and was cut
 * @param millis      time from sending the request to the end of reading
 * @param error       what went wrong when no response came, else null
 * @param reason      the reason phrase, or null
 * @param headers     every response header, for pages kept as evidence or remembered in a {@link PageCache}
 */
record HttpReply(URI url, int status, String location, String contentType, byte[] body, boolean truncated,
                 long millis, String error, String reason, List<RawResponse.Header> headers) {

    private static final byte[] EMPTY = new byte[0];

    HttpReply {
        headers = List.copyOf(headers);
    }

    static HttpReply failure(URI url, String error, long millis) {
        return new HttpReply(url, 0, null, null, EMPTY, false, millis, error, null, List.of());
    }

    boolean notModified() {
        return status == 304;
    }

    boolean answered() {
        return error == null;
    }

    boolean success() {
        return status >= 200 && status < 300;
    }

    boolean redirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** True for text/html and XHTML, and for a missing Content-Type (old servers omit it for pages). */
    boolean html() {
        return isHtml(contentType);
    }

    static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }
}
