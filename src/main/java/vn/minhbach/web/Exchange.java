package vn.minhbach.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One request and its answer over the JDK's HTTP server: reading the query and a small form, and sending a
 * page, a redirect or plain text with the headers every answer carries. Pages allow no scripts, no frames
 * and no outside resources at all (Content-Security-Policy), and are never cached.
 */
final class Exchange {
    static final int MAX_FORM_BYTES = 8 * 1024;
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** A form bigger than {@link #MAX_FORM_BYTES}: refused with 413 rather than read into memory. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("form larger than " + MAX_FORM_BYTES + " bytes");
        }
    }

    /** A body that cannot be read as sent (a broken chunked encoding, a connection cut mid-body): the client's fault. */
    static final class Unreadable extends IOException {
        Unreadable(IOException cause) {
            super("request body unreadable: " + cause.getMessage(), cause);
        }
    }

    private final HttpExchange http;

    Exchange(HttpExchange http) {
        this.http = http;
    }

    String method() {
        return http.getRequestMethod();
    }

    String path() {
        return http.getRequestURI().getRawPath();
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    /** The client's IP address, as the connection shows it. */
    String clientAddress() {
        return http.getRemoteAddress().getAddress().getHostAddress();
    }

    Map<String, String> query() {
        return decode(http.getRequestURI().getRawQuery());
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body. */
    Map<String, String> form() throws IOException {
        byte[] body;
        try (InputStream in = http.getRequestBody()) {
            body = in.readNBytes(MAX_FORM_BYTES + 1);
        } catch (IOException e) {
            throw new Unreadable(e);
        }
        if (body.length > MAX_FORM_BYTES) {
            throw new TooLarge();
        }
        return decode(new String(body, StandardCharsets.UTF_8));
    }

    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=utf-8", page);
    }

    void send(int status, String contentType, String body) throws IOException {
        http.getResponseHeaders().set("Content-Type", contentType);
        http.getResponseHeaders().set("Content-Security-Policy", POLICY);
        http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        http.getResponseHeaders().set("Referrer-Policy", "same-origin");
        http.getResponseHeaders().set("Cache-Control", "no-store");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (method().equals("HEAD")) {
            http.sendResponseHeaders(status, -1);
            return;
        }
        http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** 200 with a file the browser saves as {@code fileName} rather than shows. */
    void download(String contentType, String fileName, byte[] body) throws IOException {
        http.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        http.getResponseHeaders().set("Content-Type", contentType);
        http.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        http.getResponseHeaders().set("Cache-Control", "no-store");
        if (method().equals("HEAD")) {
            http.sendResponseHeaders(200, -1);
            return;
        }
        http.sendResponseHeaders(200, body.length);
        try (OutputStream out = http.getResponseBody()) {
            out.write(body);
        }
    }

    /** 303 See Other: after a form, the browser loads {@code location} with GET. */
    void redirect(String location) throws IOException {
        http.getResponseHeaders().set("Location", location);
        send(303, "text/plain; charset=utf-8", "");
    }

    void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> fields = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // A malformed %-escape: the field is left out, as if it had not been sent.
            }
        }
        return fields;
    }
}
