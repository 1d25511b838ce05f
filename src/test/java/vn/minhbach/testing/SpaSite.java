package vn.minhbach.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A one-stop site built like VNPT iGate, on 127.0.0.1: every page is the same empty {@code <app-root>} shell, and
 * {@code /main.js} (plain JavaScript, from {@code src/test/resources/sites/spa-onestop/}) draws the routes from a
 * JSON API after short timers: {@code #/} (hotline from {@code /api/config}), {@code #/thu-tuc} (procedures from
 * {@code /api/procedures?page=&size=}, the next page only through a "Trang sau" button), {@code #/thu-tuc/<id>}
 * (details from {@code /api/procedures/<id>}), {@code #/tra-cuu} (dossier lookup) and the path route
 * {@code /gioi-thieu}. The procedures are {@link SpaProcedures}; form files are under {@code /files/}.
 *
 * <p>Traps for a renderer that must stay polite and in scope: {@code robots.txt} disallows {@code /private/},
 * which the home route requests; the shell loads an image from {@code outside.test} and the script calls a
 * beacon on a second server ({@link #outside()}), on 127.0.0.2 where the machine allows it. Both servers log
 * every request they receive.
 */
public final class SpaSite implements AutoCloseable {

    /** The hotline the home route draws. */
    public static final String HOTLINE = "0255.3822.115";
    private static final String ROOT = "/sites/spa-onestop/";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] ROBOTS = bytes("User-agent: *\nDisallow: /private/\n");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // Without it every small answer waits for the client's delayed acknowledgement (Nagle).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final SpaProcedures procedures;
    private final HttpServer server;
    private final OutsideHost outside;
    private final RequestLog log = new RequestLog();
    private final byte[] shell;
    private final byte[] script;

    private SpaSite(int count, int port) {
        this.procedures = new SpaProcedures(count);
        String page = resource("index.html");
        this.script = resource("main.js").getBytes(StandardCharsets.UTF_8);
        this.outside = new OutsideHost();
        this.shell = page.replace("{{outside}}", "outside.test:" + outside.port()).getBytes(StandardCharsets.UTF_8);
        try {
            this.server = OutsideHost.bind("127.0.0.1", port);
        } catch (UncheckedIOException e) {
            outside.close();
            throw e;
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** Starts the site with {@code procedures} procedures at a free port. */
    public static SpaSite start(int procedures) {
        return new SpaSite(procedures, 0);
    }

    /** Starts the site with {@code procedures} procedures at {@code port} (0 for a free one). */
    public static SpaSite start(int procedures, int port) {
        return new SpaSite(procedures, port);
    }

    /**
     * Runs the site until the process ends: {@code SpaSite <procedures> [port]}; prints its URL first, and when it
     * is stopped, how many requests it answered and how many pages a browser drew (the script asks
     * {@code /api/config} once on each page it starts on).
     */
    public static void main(String[] args) {
        SpaSite site = start(Integer.parseInt(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            site.close();
            System.out.printf("served %d requests, %d pages drawn%n", site.requests().size(),
                    site.requests().stream().filter(r -> r.startsWith("GET /api/config")).count());
        }));
        System.out.println(site.url("/"));
        System.out.printf("outside %s, procedures %d, online %d, complete %d, hotline %s%n",
                site.outsideUrl("/"), site.listed(), site.online(), site.complete(), site.hotline());
    }

    /** The site's address of {@code path} ({@code "/"}, {@code "/#/thu-tuc"}, {@code "/gioi-thieu"}). */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The outside server's address of {@code path}, as the beacon calls it. */
    public URI outsideUrl(String path) {
        return outside.url(path);
    }

    /** The procedures the site lists. */
    public SpaProcedures procedures() {
        return procedures;
    }

    /** How many procedures the site lists. */
    public int listed() {
        return procedures.all().size();
    }

    /** How many of them are offered online ("Toàn trình" or "Một phần"). */
    public int online() {
        return procedures.online();
    }

    /** How many publish time, dossier, fee and, where they name a form, a form that downloads. */
    public int complete() {
        return listed() - procedures.incomplete().size();
    }

    /** The hotline on the home route. */
    public String hotline() {
        return HOTLINE;
    }

    /** Every request the site received, as {@code "METHOD path?query"}, in arrival order. */
    public List<String> requests() {
        return log.requests();
    }

    /** The site's request log, with arrival instants. */
    public RequestLog log() {
        return log;
    }

    /** The outside server's request log: a scoped browser leaves it empty. */
    public RequestLog outside() {
        return outside.log();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            log.record(exchange);
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                Replies.send(exchange, 405, "text/plain; charset=utf-8", bytes("Method Not Allowed"));
            } else if (path.equals("/robots.txt")) {
                Replies.send(exchange, 200, "text/plain; charset=utf-8", ROBOTS);
            } else if (path.equals("/main.js")) {
                Replies.send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else if (path.startsWith("/api/")) {
                SpaApi.answer(exchange, path, procedures, outsideUrl("/beacon"));
            } else if (path.equals("/private/track")) {
                Replies.send(exchange, 204, "text/plain", new byte[0]);
            } else if (path.startsWith("/files/") && procedures.downloads(path)) {
                Replies.send(exchange, 200, DOCX, bytes("PK\u0003\u0004 Tờ khai " + path));
            } else if (path.contains(".")) {
                Replies.send(exchange, 404, "text/html; charset=utf-8", bytes("<h1>404 Not Found</h1>"));
            } else {
                Replies.send(exchange, 200, "text/html; charset=utf-8", shell);
            }
        }
    }

    static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = SpaSite.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        OutsideHost.stop(server);
        outside.close();
    }
}
