package vn.minhbach.demo;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bundled demo: a district portal ("UBND huyện Lý Sơn") and its one-stop site, generated in memory
 * with dates relative to an audit date and served from the JDK's HTTP server on two free loopback ports.
 * Runs offline from inside the jar. The intended verdict of every checklist item is in
 * {@code vn/minhbach/demo/expected.yaml} (see {@link DemoExpectations}).
 */
public final class DemoServer implements AutoCloseable {

    private static final int THREADS = 4;

    static {
        // The JDK server otherwise sends each small answer on a kept-alive connection after the client's
        // delayed ACK, about 40 ms later: the crawl would measure the server, not itself. Read once, when
        // the JDK's server classes load; a value set on the command line wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer portal;
    private final HttpServer onestop;
    private final ExecutorService executor;
    private final URI portalUrl;
    private final URI onestopUrl;

    private DemoServer(HttpServer portal, HttpServer onestop, ExecutorService executor) {
        this.portal = portal;
        this.onestop = onestop;
        this.executor = executor;
        this.portalUrl = baseUri(portal);
        this.onestopUrl = baseUri(onestop);
    }

    /**
     * Generates the demo portal and one-stop site with dates relative to asOf (so verdicts stay the same
     * whatever the day) and serves them on two free loopback ports.
     */
    public static DemoServer start(LocalDate asOf) throws IOException {
        return start(asOf, Skin.DEFAULT);
    }

    /** As {@link #start(LocalDate)}, with the same content in the page chrome and list markup of a skin. */
    public static DemoServer start(LocalDate asOf, Skin skin) throws IOException {
        return start(PortalContent.generate(asOf), skin, List.of());
    }

    /** Serves the given portal content and the one-stop site on two free loopback ports, through the filters. */
    static DemoServer start(PortalContent content, List<Filter> filters) throws IOException {
        return start(content, Skin.DEFAULT, filters);
    }

    private static DemoServer start(PortalContent content, Skin skin, List<Filter> filters) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        HttpServer portal = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        HttpServer onestop;
        try {
            onestop = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
        } catch (IOException e) {
            portal.stop(0);
            throw e;
        }
        DemoServer server = new DemoServer(portal, onestop, Executors.newFixedThreadPool(THREADS, daemonThreads()));
        server.serve(content, skin, filters);
        return server;
    }

    private void serve(PortalContent content, Skin skin, List<Filter> filters) {
        PortalPages portalPages = new PortalPages(content, onestopUrl, skin);
        OnestopPages onestopPages = new OnestopPages(Procedures.generate(), portalUrl, skin);
        portal.createContext("/", new SiteHandler(portalPages.routes(portalUrl), portalPages.notFound(), skin.paths()))
                .getFilters().addAll(filters);
        onestop.createContext("/", new SiteHandler(onestopPages.routes(onestopUrl), onestopPages.notFound(),
                skin.paths())).getFilters().addAll(filters);
        portal.setExecutor(executor);
        onestop.setExecutor(executor);
        portal.start();
        onestop.start();
    }

    /** The portal's home page, e.g. {@code http://127.0.0.1:41234/}. */
    public URI portalUrl() {
        return portalUrl;
    }

    /** The one-stop site's home page. */
    public URI onestopUrl() {
        return onestopUrl;
    }

    /**
     * The demo config as YAML text: the organisation, both site URLs, a fast crawl (no politeness delay,
     * 4 requests at once, 5 s timeout) and investment.projects switched off, so NOT_APPLICABLE appears.
     */
    public String configYaml() {
        return """
                organisation: "UBND huyện Lý Sơn (bản trình diễn)"
                timezone: "Asia/Ho_Chi_Minh"
                sites:
                  portal:
                    url: "%s"
                  onestop:
                    url: "%s"
                crawl:
                  delayMillis: 0
                  concurrency: 4
                  timeoutSeconds: 5
                checklist:
                  items:
                    investment.projects:
                      enabled: false
                """.formatted(portalUrl, onestopUrl);
    }

    /** Stops both servers at once and their worker threads. */
    @Override
    public void close() {
        portal.stop(0);
        onestop.stop(0);
        executor.shutdownNow();
    }

    private static URI baseUri(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "minhbach-demo-http-" + count.incrementAndGet());
            // Daemon threads so that a forgotten close() never keeps the JVM alive.
            thread.setDaemon(true);
            return thread;
        };
    }
}
