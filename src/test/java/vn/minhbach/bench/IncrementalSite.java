package vn.minhbach.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import vn.minhbach.testing.Replies;

/**
 * A generated portal of {@code n} pages for measuring incremental crawling: page 0 is the home page, page i
 * links to pages 10i+1 .. 10i+10 and home, so every page is reached within a few hops. Every page answers
 * with an ETag and a Last-Modified date and honours If-None-Match / If-Modified-Since with 304. A share of the
 * pages can be changed between audits; the server counts full responses, 304s and body bytes sent.
 * Control under {@code /__bench/}: {@code stats}, {@code reset}, {@code change?percent=5}.
 * Run {@code main(port, pages)} for the bench script, or {@link #start} from a test.
 */
public final class IncrementalSite implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final Instant EPOCH = Instant.parse("2026-01-05T01:00:00Z");
    private static final String[] TOPICS = {"Hỏi đáp", "Thủ tục hành chính", "Văn bản pháp luật",
        "Công khai ngân sách", "Quy hoạch, kế hoạch", "Tin tức sự kiện"};

    private final HttpServer server;
    private final ExecutorService threads;
    private final int pages;
    private final AtomicIntegerArray versions;
    private final Random random = new Random(20261128);
    private final LongAdder full = new LongAdder();
    private final LongAdder notModified = new LongAdder();
    private final LongAdder other = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    private IncrementalSite(int port, int pages) throws IOException {
        this.pages = pages;
        this.versions = new AtomicIntegerArray(pages);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        this.threads = Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.createContext("/__bench/", this::control);
        server.start();
    }

    public static IncrementalSite start(int port, int pages) throws IOException {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1, got " + pages);
        }
        return new IncrementalSite(port, pages);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: IncrementalSite PORT PAGES");
            System.exit(2);
        }
        IncrementalSite site = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        System.out.println("serving " + site.pages + " pages at " + site.home());
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
    }

    public URI home() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** What the server sent since the last reset. */
    public record Stats(long full, long notModified, long other, long bytes) {
        @Override
        public String toString() {
            return "full=" + full + " notModified=" + notModified + " other=" + other + " bytes=" + bytes;
        }
    }

    public Stats stats() {
        return new Stats(full.sum(), notModified.sum(), other.sum(), bytes.sum());
    }

    public void reset() {
        full.reset();
        notModified.reset();
        other.reset();
        bytes.reset();
    }

    /** Changes {@code percent} % of the pages (at least one), chosen at random but reproducibly; returns them. */
    public synchronized List<Integer> change(double percent) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        List<Integer> changed = all.subList(0, Math.max(1, (int) Math.round(pages * percent / 100))).stream()
                .sorted().toList();
        changed.forEach(versions::incrementAndGet);
        return changed;
    }

    public static String path(int page) {
        return page == 0 ? "/" : "/p/" + page + ".html";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            int page = page(exchange.getRequestURI().getPath());
            if (page < 0 || !exchange.getRequestMethod().equals("GET")) {
                other.increment();
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            int version = versions.get(page);
            String etag = "\"" + page + "-" + version + "\"";
            Instant modified = EPOCH.plusSeconds(86_400L * version + page);
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified));
            if (unchanged(exchange, etag, modified)) {
                notModified.increment();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            byte[] body = html(page, version).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            full.increment();
            bytes.add(body.length);
        }
    }

    private static boolean unchanged(HttpExchange exchange, String etag, Instant modified) {
        String match = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (match != null) {
            return match.equals(etag);
        }
        String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (since != null) {
            try {
                return !modified.isAfter(ZonedDateTime.parse(since, HTTP_DATE).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private int page(String path) {
        if (path.equals("/")) {
            return 0;
        }
        if (path.startsWith("/p/") && path.endsWith(".html")) {
            try {
                int page = Integer.parseInt(path.substring(3, path.length() - 5));
                return page > 0 && page < pages ? page : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    /** A page of about 6 KB: title, date, topic links on the home page, children links and some text. */
    private String html(int page, int version) {
        LocalDate date = LocalDate.of(2026, 1, 5).plusDays(version * 7L + page % 300);
        StringBuilder html = new StringBuilder(8192)
                .append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(page == 0 ? "Cổng thông tin điện tử xã Thử Nghiệm" : "Tin số " + page)
                .append("</title></head><body><header><a href=\"/\">Trang chủ</a></header><main><h1>")
                .append(page == 0 ? "Trang chủ" : "Thông báo số " + page + "/TB-UBND").append("</h1>")
                .append("<p class=\"date\">Ngày đăng: ").append(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date))
                .append("</p><p>Phiên bản ").append(version).append(".</p><ul>");
        if (page == 0) {
            for (int t = 0; t < TOPICS.length && t + 1 < pages; t++) {
                html.append("<li><a href=\"").append(path(t + 1)).append("\">").append(TOPICS[t]).append("</a></li>");
            }
        }
        for (int child = 10 * page + 1; child <= 10 * page + 10 && child < pages; child++) {
            html.append("<li><a href=\"").append(path(child)).append("\">Thông báo số ").append(child)
                    .append("</a></li>");
        }
        html.append("</ul>");
        for (int p = 0; p < 12; p++) {
            html.append("<p>Ủy ban nhân dân xã thông báo đến toàn thể nhân dân về việc thực hiện kế hoạch số ")
                    .append(page).append('-').append(p).append(" năm 2026, đề nghị các thôn, tổ dân phố phối hợp.</p>");
        }
        return html.append("</main><footer>UBND xã Thử Nghiệm. Điện thoại: 0255 3812 345</footer></body></html>")
                .toString();
    }

    private void control(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String answer;
            if (path.equals("/__bench/stats")) {
                answer = stats().toString();
            } else if (path.equals("/__bench/reset")) {
                reset();
                answer = "reset";
            } else if (path.equals("/__bench/change") && query != null && query.startsWith("percent=")) {
                answer = "changed " + change(Double.parseDouble(query.substring(8))).size() + " pages";
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Replies.send(exchange, 200, "text/plain; charset=utf-8", (answer + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
