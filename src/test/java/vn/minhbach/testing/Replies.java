package vn.minhbach.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Answers of the test servers built on the JDK's HTTP server. */
public final class Replies {

    private Replies() {
    }

    /** Sends a status, a content type and a body (none for HEAD or an empty body), and ends the exchange. */
    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!empty) {
                out.write(body);
            }
        }
    }
}
