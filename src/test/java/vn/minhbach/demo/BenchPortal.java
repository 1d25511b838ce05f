package vn.minhbach.demo;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo district portal and its one-stop site grown to about {@code PAGES} HTML pages for benchmarks:
 * the same layout, sections, traps and Vietnamese content as the demo ({@link PortalContent}), with
 * {@link PortalContent.Size#ofPages} news posts, legal documents and questions. Served on two free loopback
 * ports until the process ends; prints {@code serving PAGES pages at PORTAL ONESTOP} once it answers.
 *
 * <p>Every response carries a {@code LinkChecker} header, which lets linkchecker lift its own rate limit for
 * the host, so that all crawlers compared run without a politeness delay. {@link DemoServer} turns on
 * {@code sun.net.httpserver.nodelay}: otherwise the JDK server's small writes on kept-alive connections wait
 * for delayed ACKs (about 40 ms a response) and the server, not the crawler, sets the pace.
 *
 * <pre>java -cp target/minhbach.jar:target/test-classes \
 *     vn.minhbach.demo.BenchPortal 3000 [2026-11-28]</pre>
 */
public final class BenchPortal {

    /** The audit date the content is dated from, unless the command line gives one. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private BenchPortal() {
    }

    /** Starts a portal of about {@code pages} pages dated from {@code asOf}; close it to stop serving. */
    public static DemoServer start(int pages, LocalDate asOf) throws IOException {
        return DemoServer.start(PortalContent.generate(asOf, PortalContent.Size.ofPages(pages)),
                List.of(new LinkCheckerAllowed()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2 || !args[0].matches("[0-9]+")) {
            System.err.println("usage: BenchPortal PAGES [YYYY-MM-DD]");
            System.exit(2);
        }
        int pages = Integer.parseInt(args[0]);
        DemoServer server = start(pages, args.length > 1 ? LocalDate.parse(args[1]) : AS_OF);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("serving " + pages + " pages at " + server.portalUrl() + " " + server.onestopUrl());
        // the server's threads are daemons: keep the process alive until it is killed
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class LinkCheckerAllowed extends Filter {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            exchange.getResponseHeaders().set("LinkChecker", "unthrottled");
            chain.doFilter(exchange);
        }

        @Override
        public String description() {
            return "lets linkchecker check at full speed";
        }
    }
}
