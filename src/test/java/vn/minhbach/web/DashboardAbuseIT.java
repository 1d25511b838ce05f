package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * The dashboard under bad requests, sent as raw bytes so nothing on the client side tidies them: malformed
 * paths, huge headers, bad query values, wrong form tokens, and 1,000 requests at once. None may answer 500 or
 * show a stack trace, and the threads and the heap of the process must come back to where they were.
 */
class DashboardAbuseIT {
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    /**
     * What a stack trace looks like in a body: a frame, a "Caused by", an exception with its message, a class of the
     * application. (The JDK's server itself answers an unparsable path with "400 ... URISyntaxException thrown": the
     * name of an exception, no trace, before any handler of the dashboard runs.)
     */
    private static final Pattern TRACE = Pattern.compile(
            "\\bat [a-z]+\\.[\\w.$]+\\(|Caused by|[A-Z]\\w*(Exception|Error): |vn\\.minhbach\\.|java\\.lang\\.");

    @TempDir
    static Path dir;
    static DashboardFixture fx;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        fx = DashboardFixture.start(dir);
        base = fx.dashboard.uri();
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void malformedPathsAndBadQueryValuesAreTurnedAwayPolitely() throws Exception {
        String portal = fx.portalPath();
        List<String> targets = List.of("/%zz", "/%", "/%00", "/portals/%2e%2e/%2e%2e/etc/passwd", "/../../etc/passwd",
                "//", "/portals/", "/portals/zzzzzzzzzzzzzzzz", portal + "/audits/99999999999999999999",
                portal + "/audits/-1", portal + "/audits/%ff", portal + "/audits/1;drop", portal + "/%c0%ae%c0%ae/",
                "/" + "a".repeat(60_000), portal + "/period?p=2026-13", portal + "/period?p=9999999999999999999",
                portal + "/period?p=2026-12-31..2026-01-01", portal + "/period?p=%ff%fe", portal + "/period?p=%00",
                portal + "/period?p=" + "9".repeat(20_000), portal + "/period?p=2026&p=2027", portal + "/period?=&&=",
                "/metrics?x=%", "/health?%%%", "*", "http://evil.example/", "/\u1ec7");
        for (String target : targets) {
            assertPolite(target, send("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
        }
        for (String line : List.of("GET\r\n", "BREW / HTTP/1.1", "GET / HTTP/9.9", "\u0000\u0001\u0002",
                "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5", "POST " + portal + "/audit HTTP/1.1\r\nHost: x\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")) {
            assertPolite(line, send(line + "\r\nConnection: close\r\n\r\n"));
        }
    }

    @Test
    void hugeHeadersAreTurnedAwayPolitely() throws Exception {
        assertPolite("one huge header", send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(1 << 20)
                + "\r\nConnection: close\r\n\r\n"));
        StringBuilder many = new StringBuilder("GET /metrics HTTP/1.1\r\nHost: x\r\n");
        for (int i = 0; i < 5_000; i++) {
            many.append("X-H").append(i).append(": ").append(i).append("\r\n");
        }
        assertPolite("5,000 headers", send(many.append("Connection: close\r\n\r\n").toString()));
        assertPolite("a huge cookie", send("GET " + fx.portalPath() + " HTTP/1.1\r\nHost: x\r\nCookie: "
                + "c=".repeat(200_000) + "\r\nConnection: close\r\n\r\n"));
        assertPolite("a huge authorization", send("GET / HTTP/1.1\r\nHost: x\r\nAuthorization: Basic "
                + "QQ".repeat(100_000) + "\r\nConnection: close\r\n\r\n"));
    }

    @Test
    void wrongFormTokensAreRefusedWithoutAnAudit() throws Exception {
        String path = fx.portalPath() + "/audit";
        String page = send("GET " + fx.portalPath() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the portal page carries a form token").isTrue();
        String good = token.group(1);
        int before = fx.store.list(fx.portal.key(), 100).size();
        List<String> bodies = List.of("", "csrf=", "csrf=wrong", "csrf=" + good.substring(1), "csrf=" + good + "x",
                "csrf=" + "A".repeat(100_000), "csrf=%zz%", "csrf=" + good.toLowerCase() + "&csrf=" + good,
                "\u0000\u00ff\u00fe", "csrf=" + good.replace('A', 'B').replace('a', 'b') + "0");
        for (String body : bodies) {
            byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
            String answer = send("POST " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n"
                    + body);
            assertPolite("POST " + body.substring(0, Math.min(40, body.length())), answer);
            assertThat(status(answer)).as(body.substring(0, Math.min(40, body.length()))).isIn(400, 403, 413);
        }
        assertThat(fx.trigger.status(fx.portal.key()).running()).isFalse();
        assertThat(fx.store.list(fx.portal.key(), 100)).hasSize(before);
    }

    @Test
    void aThousandRequestsAtOnceLeaveNoThreadsOrHeapBehind() throws Exception {
        // Warm up, so classes loaded and pools filled once do not count as growth.
        burst(50);
        int threadsBefore = liveThreads();
        long heapBefore = heapAfterGc();

        List<String> answers = burst(1_000);

        assertThat(answers).hasSize(1_000);
        long answered = answers.stream().filter(a -> status(a) > 0).count();
        assertThat(answered).as("requests answered").isGreaterThan(0);
        answers.forEach(answer -> assertPolite("one of 1,000", answer));
        // The dashboard's pool is fixed: once the clients are gone, the thread count comes back.
        new FluentWait<>(threadsBefore).withTimeout(Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(100))
                .until(before -> liveThreads() <= before + 2);
        assertThat(heapAfterGc()).as("live heap after the burst, bytes")
                .isLessThan(heapBefore + 64L * 1024 * 1024);
    }

    private List<String> burst(int requests) throws Exception {
        String[] paths = {fx.portalPath(), "/metrics", "/health", fx.portalPath() + "/period", "/%zz"};
        ExecutorService clients = Executors.newFixedThreadPool(100);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String path = paths[i % paths.length];
                futures.add(clients.submit(() -> send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")));
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void assertPolite(String what, String answer) {
        assertThat(status(answer)).as(what + " -> " + head(answer)).isNotEqualTo(500);
        assertThat(TRACE.matcher(answer).find()).as(what + " shows no stack trace: " + head(answer)).isFalse();
    }

    private static String head(String answer) {
        return answer.substring(0, Math.min(200, answer.length())).replaceAll("\\s+", " ");
    }

    /** The status of a raw answer, or 0 when the server closed the connection without one. */
    private static int status(String answer) {
        Matcher m = STATUS.matcher(answer);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Sends raw bytes and reads the answer until the server closes; a reset connection is an empty answer. */
    private static String send(String request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.UTF_8));
                out.flush();
                socket.shutdownOutput();
            } catch (IOException refusedMidway) {
                // The server may close on a request it will not read to the end; what it said is read below.
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) != -1 && answer.size() < 4 << 20) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // A reset after (or instead of) the answer: keep what came.
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
