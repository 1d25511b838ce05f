package vn.minhbach.testing;

import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request a test server received, in arrival order, each as {@code "METHOD path?query"} with the instant
 * it arrived. Safe to record from the server's threads while a test reads it.
 */
public final class RequestLog {

    /** One request: its line ({@code "GET /api/config"}) and when it arrived. */
    public record Hit(String request, Instant at) {
    }

    private final List<Hit> hits = new ArrayList<>();

    /** Records {@code exchange}'s request, now. */
    void record(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        String line = exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                + (query == null ? "" : "?" + query);
        Hit hit = new Hit(line, Instant.now());
        synchronized (hits) {
            hits.add(hit);
        }
    }

    /** The requests so far with their arrival instants. */
    public List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    /** The requests so far, as {@code "METHOD path?query"}. */
    public List<String> requests() {
        return hits().stream().map(Hit::request).toList();
    }

    /** The arrival instants, index for index with {@link #requests()}. */
    public List<Instant> times() {
        return hits().stream().map(Hit::at).toList();
    }

    /** How many requests arrived. */
    public int count() {
        synchronized (hits) {
            return hits.size();
        }
    }

    /** How many requests arrived for {@code path}, whatever their method and query. */
    public int count(String path) {
        return (int) requests().stream().map(r -> r.substring(r.indexOf(' ') + 1).split("\\?", 2)[0])
                .filter(path::equals).count();
    }

    /** Forgets the requests so far, so a test can watch one step alone. */
    public void clear() {
        synchronized (hits) {
            hits.clear();
        }
    }

    @Override
    public String toString() {
        return new ArrayList<>(requests()).toString();
    }
}
