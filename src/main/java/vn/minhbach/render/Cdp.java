package vn.minhbach.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A connection to the browser's DevTools endpoint, for what WebDriver has no words for: answering the page's
 * requests from the crawler ({@code Fetch} domain). Commands are JSON messages with an id; their answers and
 * the browser's events arrive on one WebSocket. Events go to one listener, on the WebSocket's thread, which
 * must not block.
 */
final class Cdp implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long COMMAND_SECONDS = 30;

    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final BiConsumer<String, JsonNode> events;

    private Cdp(WebSocket socket, BiConsumer<String, JsonNode> events, Listener listener) {
        this.socket = socket;
        this.events = events;
        listener.owner = this;
    }

    /**
     * Connects to the browser endpoint of {@code debuggerAddress} ({@code host:port}, as chromedriver reports it).
     *
     * @param events receives each event's method and params; called on the socket's thread
     */
    static Cdp connect(String debuggerAddress, BiConsumer<String, JsonNode> events) throws IOException,
            InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var version = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://" + debuggerAddress
                + "/json/version")).timeout(Duration.ofSeconds(10)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String endpoint = JSON.readTree(version.body()).path("webSocketDebuggerUrl").asText();
        Listener listener = new Listener();
        try {
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(endpoint), listener).get(10, TimeUnit.SECONDS);
            return new Cdp(socket, events, listener);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot reach the browser's DevTools at " + endpoint + ": " + e, e);
        }
    }

    /** Sends a command and waits for its answer. */
    JsonNode call(String sessionId, String method, ObjectNode params) throws IOException, InterruptedException {
        try {
            return send(sessionId, method, params).get(COMMAND_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException(method + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException(method + ": no answer in " + COMMAND_SECONDS + " s", e);
        }
    }

    /** Sends a command without waiting; the answer (or the browser's error) completes the future. */
    CompletableFuture<JsonNode> send(String sessionId, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? JSON.createObjectNode() : params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        return answer;
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    private void received(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = waiting.remove(message.get("id").asInt());
            if (answer != null) {
                if (message.has("error")) {
                    answer.completeExceptionally(new IOException(message.get("error").path("message").asText()));
                } else {
                    answer.complete(message.path("result"));
                }
            }
        } else if (message.has("method")) {
            ObjectNode params = message.path("params").isObject() ? (ObjectNode) message.get("params") : params();
            if (message.has("sessionId")) {
                params.put("sessionId", message.get("sessionId").asText());
            }
            events.accept(message.get("method").asText(), params);
        }
    }

    private void closed(String why) {
        waiting.values().forEach(f -> f.completeExceptionally(new IOException("DevTools connection closed: " + why)));
        waiting.clear();
    }

    @Override
    public void close() {
        socket.abort();
        closed("closed by the audit");
    }

    /** Gathers a message sent in several frames, and hands each whole message to the connection. */
    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile Cdp owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (owner != null) {
                    owner.received(text);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (owner != null) {
                owner.closed(statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (owner != null) {
                owner.closed(error.toString());
            }
        }
    }
}
