package vn.minhbach.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.crawl.BrowserReply;
import vn.minhbach.crawl.BrowserRequest;
import vn.minhbach.crawl.BrowserRequests;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.model.Rendering;

/**
 * Answers every request the browser makes while one page renders ({@code Fetch.requestPaused}): the page itself
 * from the response the crawl already has, its scripts from a cache kept for the audit, everything else through
 * the crawl's {@link BrowserRequests}; images, fonts and styles are refused, since no verdict reads them. Counts
 * the requests in flight, so the renderer can tell when the page has gone quiet, and keeps the JSON answers.
 */
final class Interception {
    private static final Logger LOG = LoggerFactory.getLogger(Interception.class);
    private static final Set<String> UNREAD = Set.of("image", "media", "font", "stylesheet", "ping", "manifest",
            "cspviolationreport", "texttrack", "eventsource", "websocket");
    private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since");
    private static final Set<String> CACHED = Set.of("Script", "XHR", "Fetch");
    private static final int MAX_CACHED_FILES = 200;
    /** JSON answers (and refusals) kept at most for one page; a page polling its API would grow them forever. */
    static final int MAX_KEPT = 200;
    private static final int MAX_CACHED_BYTES = 2 << 20;

    private final Cdp cdp;
    private final ExecutorService answering;
    /**
     * Scripts and data fetched with GET are answered again without a request: every route of an application loads
     * its scripts and its settings (a hotline, menus) anew, and one audit is one night's snapshot of the site.
     */
    private final Map<String, BrowserReply> files = new ConcurrentHashMap<>();
    private volatile Page page;

    Interception(Cdp cdp, ExecutorService answering) {
        this.cdp = cdp;
        this.answering = answering;
    }

    /** What one page's rendering asked and got. */
    static final class Page {
        final URI url;
        final RawResponse served;
        final BrowserRequests requests;
        final AtomicInteger pending = new AtomicInteger();
        volatile long lastActivity = System.nanoTime();
        final List<Rendering.DataAnswer> data = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        private boolean servedUsed;

        Page(URI url, RawResponse served, BrowserRequests requests) {
            this.url = url;
            this.served = served;
            this.requests = requests;
        }

        boolean quietFor(long millis) {
            return pending.get() == 0 && System.nanoTime() - lastActivity >= millis * 1_000_000;
        }

        synchronized List<Rendering.DataAnswer> data() {
            return List.copyOf(data);
        }

        synchronized List<String> refused() {
            return List.copyOf(refused);
        }
    }

    void begin(Page next) {
        page = next;
    }

    void end() {
        page = null;
    }

    /** A paused request: counted at once, answered on another thread (the socket's thread must not wait). */
    void paused(JsonNode params) {
        Page current = page;
        if (current != null) {
            current.pending.incrementAndGet();
            current.lastActivity = System.nanoTime();
        }
        answering.execute(() -> {
            try {
                answer(current, params);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.debug("answering {} failed: {}", params.path("request").path("url").asText(), e.toString());
            } finally {
                if (current != null) {
                    current.lastActivity = System.nanoTime();
                    current.pending.decrementAndGet();
                }
            }
        });
    }

    private void answer(Page current, JsonNode params) throws IOException, InterruptedException {
        String session = params.path("sessionId").asText(null);
        String id = params.path("requestId").asText();
        JsonNode request = params.path("request");
        String type = params.path("resourceType").asText("Other");
        URI url = address(request.path("url").asText());
        if (current == null || url == null || UNREAD.contains(type.toLowerCase(Locale.ROOT))) {
            fail(session, id);
            return;
        }
        String method = request.path("method").asText("GET");
        BrowserReply reply = servedPage(current, method, url, type);
        String cacheKey = method.equals("GET") && CACHED.contains(type) ? url.toString() : null;
        if (reply == null && cacheKey != null) {
            reply = files.get(cacheKey);
        }
        if (reply == null) {
            reply = current.requests.send(new BrowserRequest(method, url, headers(request.path("headers")),
                    body(request), type));
            if (cacheKey != null && reply.sent() && reply.status() == 200 && files.size() < MAX_CACHED_FILES
                    && reply.body().length <= MAX_CACHED_BYTES) {
                files.put(cacheKey, reply);
            }
        }
        if (!reply.sent()) {
            synchronized (current) {
                if (current.refused.size() < MAX_KEPT) {
                    current.refused.add(url + " (" + reply.refused() + ")");
                }
            }
            fail(session, id);
            return;
        }
        if (json(reply, type)) {
            byte[] sent = body(request);
            synchronized (current) {
                if (current.data.size() >= MAX_KEPT) {
                    fulfil(session, id, reply);
                    return;
                }
                current.data.add(new Rendering.DataAnswer(method, url,
                        sent == null ? null : new String(sent, StandardCharsets.UTF_8),
                        new String(reply.body(), StandardCharsets.UTF_8)));
            }
        }
        fulfil(session, id, reply);
    }

    /** The page itself, answered once from the response the crawl fetched. */
    private static BrowserReply servedPage(Page current, String method, URI url, String type) {
        synchronized (current) {
            if (current.served == null || current.servedUsed || !method.equals("GET") || !type.equals("Document")
                    || !url.equals(withoutFragment(current.url))) {
                return null;
            }
            current.servedUsed = true;
        }
        RawResponse served = current.served;
        return new BrowserReply(served.status(), served.reason(), served.headers().stream()
                .filter(h -> !h.name().equalsIgnoreCase("content-encoding") && !h.name().equalsIgnoreCase("content-length")
                        && !h.name().equalsIgnoreCase("transfer-encoding")).toList(), served.body(), null);
    }

    private static boolean json(BrowserReply reply, String type) {
        String contentType = reply.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            return true;
        }
        if (!type.equals("XHR") && !type.equals("Fetch")) {
            return false;
        }
        for (byte b : reply.body()) {
            if (!Character.isWhitespace(b)) {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private void fulfil(String session, String id, BrowserReply reply) {
        ObjectNode params = Cdp.params().put("requestId", id).put("responseCode", reply.status() == 0 ? 502 : reply.status());
        if (reply.reason() != null && !reply.reason().isBlank()) {
            params.put("responsePhrase", reply.reason());
        }
        ArrayNode headers = params.putArray("responseHeaders");
        reply.headers().forEach(h -> headers.addObject().put("name", h.name()).put("value", h.value()));
        params.put("body", Base64.getEncoder().encodeToString(reply.body()));
        cdp.send(session, "Fetch.fulfillRequest", params);
    }

    private void fail(String session, String id) {
        cdp.send(session, "Fetch.failRequest", Cdp.params().put("requestId", id).put("errorReason", "BlockedByClient"));
    }

    private static List<RawResponse.Header> headers(JsonNode headers) {
        List<RawResponse.Header> list = new ArrayList<>();
        headers.fields().forEachRemaining(e -> {
            if (!CONDITIONAL.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                list.add(new RawResponse.Header(e.getKey(), e.getValue().asText()));
            }
        });
        return list;
    }

    private static byte[] body(JsonNode request) {
        JsonNode entries = request.path("postDataEntries");
        if (entries.isArray() && !entries.isEmpty()) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            entries.forEach(e -> all.writeBytes(Base64.getDecoder().decode(e.path("bytes").asText(""))));
            return all.toByteArray();
        }
        return request.has("postData") ? request.get("postData").asText().getBytes(StandardCharsets.UTF_8) : null;
    }

    static URI address(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? withoutFragment(uri) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
