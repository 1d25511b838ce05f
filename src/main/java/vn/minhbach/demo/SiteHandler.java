package vn.minhbach.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Serves one demo site: looks the request path up in its routes, or answers with the site's 404 page. */
final class SiteHandler implements HttpHandler {

    private final Map<String, Route> routes;
    private final Route notFound;
    private final PathScheme paths;

    SiteHandler(Map<String, Route> routes, Route notFound) {
        this(routes, notFound, PathScheme.IDENTITY);
    }

    /** Serves routes keyed by canonical paths to requests spelled as the skin's paths say. */
    SiteHandler(Map<String, Route> routes, Route notFound, PathScheme paths) {
        this.routes = Map.copyOf(routes);
        this.notFound = notFound;
        this.paths = paths;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = "HEAD".equals(method);
            if (!head && !"GET".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Response response = answer(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
            send(exchange, response, head);
        }
    }

    Response answer(String requestedPath, String requestedQuery) {
        String path = requestedPath;
        String rawQuery = requestedQuery;
        if (paths != PathScheme.IDENTITY) {
            String canonical = paths.in(requestedQuery == null ? requestedPath : requestedPath + "?" + requestedQuery);
            int q = canonical.indexOf('?');
            path = q < 0 ? canonical : canonical.substring(0, q);
            rawQuery = q < 0 ? null : canonical.substring(q + 1);
        }
        Route route = routes.get(path);
        Response response = route == null ? null : route.answer(Query.parse(rawQuery));
        // A route may decline a query it does not know (e.g. ?page=99), which is a 404 like an unknown path.
        return response != null ? response : notFound.answer(Query.EMPTY);
    }

    private static void send(HttpExchange exchange, Response response, boolean head) throws IOException {
        var headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        if (response.location() != null) {
            headers.set("Location", response.location());
        }
        if (response.retryAfter() != null) {
            headers.set("Retry-After", response.retryAfter().toString());
        }
        byte[] body = response.body();
        if (head || body.length == 0) {
            if (head && body.length > 0) {
                headers.set("Content-Length", Integer.toString(body.length));
            }
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
