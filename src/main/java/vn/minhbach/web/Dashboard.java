package vn.minhbach.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.DashboardConfig;

/**
 * The web dashboard of {@code serve}, on the JDK's HTTP server: for each portal, the latest verdict per item,
 * the score trend, the history of audits with their stored reports, the period reports and a button that
 * starts an audit now; {@code /health} and Prometheus {@code /metrics} beside them. Bound beyond loopback it
 * asks for the login named in the config. Nothing on its pages loads from elsewhere: no scripts, no fonts.
 */
public final class Dashboard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;

    private Dashboard(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving at {@code config.bind()}:{@code config.port()} (port 0 picks a free one).
     *
     * @param portals     the configs shown, each with its open store
     * @param trigger     what "Kiểm tra ngay" ("Audit now") calls
     * @param metrics     what {@code /metrics} shows; every portal is registered in it here
     * @param periods     the period reports, or {@link PeriodReportSource#NONE}
     * @param environment where the login's variables are read ({@code System::getenv} in the service)
     * @throws IOException           when the address cannot be bound (in use, not an address of this machine)
     * @throws IllegalStateException when a login is required and its variables are not set
     */
    public static Dashboard start(DashboardConfig config, List<Portal> portals, AuditTrigger trigger, Metrics metrics,
                                  PeriodReportSource periods, UnaryOperator<String> environment) throws IOException {
        Login login = Login.of(config, environment);
        portals.forEach(p -> metrics.register(p.key()));
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bind(), config.port()), 0);
        } catch (IOException e) {
            throw new IOException("the dashboard cannot listen on " + config.bind() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "dashboard-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", new Routes(portals, trigger, metrics, periods, login, new Csrf(new SecureRandom()),
                new FailedLogins(Clock.systemUTC()), config.lang()));
        server.start();
        Dashboard dashboard = new Dashboard(server, executor);
        LOG.info("dashboard at {}{}", dashboard.uri(), login.required() ? " (login required)" : "");
        return dashboard;
    }

    /** The address it listens on, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening, giving requests in progress a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
