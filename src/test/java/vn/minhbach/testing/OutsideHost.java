package vn.minhbach.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A third-party host for {@link SpaSite}'s traps: answers a 1x1 GIF for {@code *.gif} and 204 for anything
 * else, and logs every request, so a test can prove a scoped reader never called it. It listens on 127.0.0.2,
 * an address other than the site's, or on 127.0.0.1 where the machine has no second loopback address.
 */
final class OutsideHost implements AutoCloseable {

    private static final byte[] PIXEL = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final HttpServer server;
    private final RequestLog log = new RequestLog();

    OutsideHost() {
        server = bindOutside();
        server.createContext("/", this::answer);
        server.start();
    }

    /** The host's address of {@code path}, by IP address. */
    URI url(String path) {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    RequestLog log() {
        return log;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            log.record(exchange);
            if (exchange.getRequestURI().getPath().endsWith(".gif")) {
                Replies.send(exchange, 200, "image/gif", PIXEL);
            } else {
                Replies.send(exchange, 204, "text/plain", new byte[0]);
            }
        }
    }

    private static HttpServer bindOutside() {
        try {
            return bind("127.0.0.2", 0);
        } catch (UncheckedIOException e) {
            return bind("127.0.0.1", 0);
        }
    }

    /** An unstarted server on {@code address} and {@code port}, with its own threads. */
    static HttpServer bind(String address, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
            server.setExecutor(Executors.newFixedThreadPool(8));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops {@code server} and its threads. */
    static void stop(HttpServer server) {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Override
    public void close() {
        stop(server);
    }
}
