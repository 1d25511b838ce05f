package vn.minhbach.demo;

import java.nio.charset.StandardCharsets;

/**
 * One HTTP answer of a demo site.
 *
 * @param status      the HTTP status code
 * @param contentType the Content-Type header, or null for none
 * @param body        the body bytes (empty for redirects)
 * @param location    the Location header of a redirect, or null
 * @param retryAfter  the Retry-After header in seconds, or null
 */
record Response(int status, String contentType, byte[] body, String location, Integer retryAfter) {

    static final String HTML_UTF8 = "text/html; charset=utf-8";

    static Response html(String html) {
        return html(200, html);
    }

    static Response html(int status, String html) {
        return new Response(status, HTML_UTF8, html.getBytes(StandardCharsets.UTF_8), null, null);
    }

    static Response bytes(String contentType, byte[] body) {
        return new Response(200, contentType, body, null, null);
    }

    static Response text(String contentType, String text) {
        return bytes(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    static Response redirect(String location) {
        return new Response(302, null, new byte[0], location, null);
    }

    /** A temporary failure page that asks the client to come back later. */
    static Response unavailable(String html) {
        return new Response(503, HTML_UTF8, html.getBytes(StandardCharsets.UTF_8), null, 3600);
    }
}
