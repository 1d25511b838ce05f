package vn.minhbach.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web application firewall in front of a site, on 127.0.0.1 at a free port: requests number
 * {@code rejectFrom} to {@code rejectUntil} (counted from 1, over every method and path) are answered
 * {@code 200 OK} with a notice page, as an F5 or a Cloudflare does; the others are passed to the site behind
 * it, with redirects rewritten to stay on the firewall's address. Without a site behind it, every request
 * that is not rejected answers 404.
 */
public final class Firewall implements AutoCloseable {

    /** The F5 BIG-IP ASM rejection page, as portals behind one answer every URL; its support ID changes. */
    public static final String F5 = "<html><head><title>Request Rejected</title></head><body>The requested URL was"
            + " rejected. Please consult with your administrator.<br><br>Your support ID is: %d<br><br>"
            + "<a href='javascript:history.back();'>[Go Back]</a></body></html>";
    /** A maintenance notice in Vietnamese. */
    public static final String MAINTENANCE = "<html><head><title>Thông báo</title></head><body><h2>Hệ thống đang"
            + " được bảo trì</h2><p>Xin quý vị vui lòng quay lại sau. Mã: %d</p></body></html>";
    /** A JavaScript browser check. */
    public static final String BROWSER_CHECK = "<html><head><title>Just a moment...</title><script>setTimeout(function"
            + "(){location.reload()},5000)</script></head><body><h1>Checking your browser before accessing the"
            + " website.</h1><p>This process is automatic. Ray ID: %d</p><noscript>Please enable JavaScript and"
            + " cookies to continue</noscript></body></html>";
    /** A login wall: a page that is only a login form. */
    public static final String LOGIN = "<html><head><title>Đăng nhập hệ thống</title></head><body><form method=post"
            + " action='/dang-nhap'><label>Tên đăng nhập</label><input name=u><label>Mật khẩu</label>"
            + "<input type=password name=p><input type=hidden name=t value=%d><button>Đăng nhập</button></form>"
            + "</body></html>";
    /** A notice in words no list knows, the same at every address but for a number. */
    public static final String UNKNOWN_WORDS = "<html><head><title>Thông báo</title></head><body><p>Yêu cầu của quý"
            + " vị chưa được xử lý. Vui lòng thử lại sau ít phút. Tham chiếu %d.</p></body></html>";

    static {
        // Without it every small answer waits for the client's delayed acknowledgement (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final URI target;
    private final int rejectFrom;
    private final int rejectUntil;
    private final String page;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Firewall(URI target, int rejectFrom, int rejectUntil, String page) {
        this.target = target;
        this.rejectFrom = rejectFrom;
        this.rejectUntil = rejectUntil;
        this.page = page;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A firewall that answers every request with {@code page} (a format with one {@code %d}). */
    public static Firewall everywhere(String page) {
        return new Firewall(null, 1, Integer.MAX_VALUE, page);
    }

    /** A firewall in front of {@code site} answering requests {@code from} to {@code until} with {@code page}. */
    public static Firewall before(URI site, int from, int until, String page) {
        return new Firewall(site, from, until, page);
    }

    /** The firewall's own address of {@code path}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Requests answered with the notice so far. */
    public int rejected() {
        return rejected.get();
    }

    /** Requests for {@code path}, answered or rejected. */
    public int requests(String path) {
        AtomicInteger n = byPath.get(path);
        return n == null ? 0 : n.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            int n = requests.incrementAndGet();
            byPath.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            if (n >= rejectFrom && n <= rejectUntil) {
                rejected.incrementAndGet();
                byte[] notice = page.formatted(1_000_000L + n).getBytes(StandardCharsets.UTF_8);
                Replies.send(exchange, 200, "text/html; charset=utf-8", notice);
                return;
            }
            if (target == null) {
                Replies.send(exchange, 404, "text/html", "<p>404</p>".getBytes(StandardCharsets.UTF_8));
                return;
            }
            forward(exchange);
        } finally {
            exchange.close();
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        URI uri = target.resolve(exchange.getRequestURI().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.noBody());
        for (String name : List.of("Range", "If-None-Match", "If-Modified-Since", "Accept")) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        response.headers().firstValue("Location").ifPresent(location -> exchange.getResponseHeaders()
                .set("Location", location.replace(target.toString().replaceAll("/$", ""), url("").toString())));
        String type = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        byte[] body = exchange.getRequestMethod().equals("HEAD") ? new byte[0] : response.body();
        Replies.send(exchange, response.statusCode(), type, body);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
