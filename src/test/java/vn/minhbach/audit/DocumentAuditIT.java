package vn.minhbach.audit;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.document.Fixtures;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.evidence.Shown;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.JsonReport;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.report.SchemaCheck;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.EvidenceIndex;
import vn.minhbach.store.EvidenceIndex.Kind;
import vn.minhbach.testing.Replies;

/**
 * An audit of a portal whose budget reports are behind "Tải về" links: the report within the size cap is fetched
 * once, read, and its facts reach the verdict and report.json; the one over {@code crawl.maxDocumentBytes} is not
 * read at all. With history, the report the verdict rests on is kept in the evidence archive as it was sent, and a
 * later audit asks the server whether it changed rather than downloading it again.
 */
class DocumentAuditIT {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
    private static final int CAP = 16 * 1024;
    private static final String ETAG = "\"bc-210-v1\"";

    @TempDir
    Path dir;
    private HttpServer server;
    private byte[] report;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private final AtomicInteger notModified = new AtomicInteger();
    private volatile boolean validated = true;

    @BeforeEach
    void start() throws IOException {
        report = Fixtures.bytes("text-report.pdf");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            // the crawl checks attachments with HEAD or a one-byte GET; only whole downloads are counted
            if (exchange.getRequestMethod().equals("GET") && !exchange.getRequestHeaders().containsKey("Range")) {
                requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            }
            switch (path) {
                case "/" -> html(exchange, "<h1>UBND huyện Lý Sơn</h1><a href='/cong-khai-ngan-sach'>Công khai ngân sách</a>");
                case "/cong-khai-ngan-sach" -> html(exchange, "<h1>Công khai ngân sách</h1><table>"
                        + "<tr><td>Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm 2026</td>"
                        + "<td>15/10/2026</td><td><a href='/files/bc-210.pdf'>Tải về</a></td></tr>"
                        + "<tr><td>Báo cáo tình hình thực hiện dự toán ngân sách quý I năm 2026</td>"
                        + "<td>10/04/2026</td><td><a href='/files/bc-quy-1.pdf'>Tải về</a></td></tr></table>");
                case "/files/bc-210.pdf" -> report(exchange);
                case "/files/bc-quy-1.pdf" -> chunked(exchange, 4 * CAP);
                default -> Replies.send(exchange, 404, "text/plain", new byte[0]);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aReportBehindATaiVeLinkIsReadAndShownInTheReport() throws Exception {
        AuditRun run = audit();
        Finding execution = run.items().stream().filter(f -> f.id().equals("budget.execution")).findFirst().orElseThrow();

        assertThat(execution.status()).as(Messages.vi().format(execution.reason())).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(execution.reason())).contains("Có báo cáo 9 tháng năm 2026 (15/10/2026)");
        assertThat(requests.get("/files/bc-210.pdf")).as("one download per audit").hasValue(1);
        assertThat(requests.get("/files/bc-quy-1.pdf")).hasValue(1);

        String json = JsonReport.toJson(run);
        assertThat(SchemaCheck.errors(json)).isEmpty();
        JsonNode evidence = null;
        for (JsonNode item : new ObjectMapper().readTree(json).get("items")) {
            if (item.get("id").asText().equals("budget.execution")) {
                evidence = item.get("evidence");
            }
        }
        assertThat(evidence).isNotNull();
        JsonNode read = evidence.get(0).get("document");
        assertThat(read.get("url").asText()).endsWith("/files/bc-210.pdf");
        assertThat(read.get("type").asText()).isEqualTo("pdf");
        assertThat(read.get("pages").asInt()).isEqualTo(1);
        assertThat(read.get("textLayer").asBoolean()).isTrue();
        assertThat(read.get("ocr").asBoolean()).isFalse();
        assertThat(read.get("encoding").asText()).isEqualTo("unicode");
        assertThat(read.get("number").asText()).isEqualTo("210/BC-UBND");
        assertThat(read.get("issued").asText()).isEqualTo("2026-10-14");
        assertThat(read.get("period").asText()).isEqualTo("2026-9M");
        assertThat(read.get("excerpt").asText()).contains("9 tháng năm 2026");
        // the file over the cap was not read: only its address is known
        JsonNode tooLarge = evidence.get(1).get("document");
        assertThat(tooLarge.get("url").asText()).endsWith("/files/bc-quy-1.pdf");
        List<String> fields = new ArrayList<>();
        tooLarge.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("url");
    }

    @Test
    void theReportAVerdictRestsOnIsKeptInTheEvidenceArchiveAsSent() throws Exception {
        AuditConfig config = historyConfig();

        AuditJob.Outcome outcome = auditWithHistory(config, AS_OF);

        assertThat(outcome.warning()).isNull();
        assertThat(outcome.history().documents()).isEqualTo(1);
        assertThat(requests.get("/files/bc-210.pdf")).as("kept from the one download").hasValue(1);
        URI pdf = URI.create(home() + "files/bc-210.pdf");
        try (AuditStore opened = AuditStore.open(config.store())) {
            List<Shown> kept = new EvidenceArchive(Path.of(config.store().evidenceDir()), opened.evidence())
                    .shownAll(outcome.auditId(), pdf);
            assertThat(kept).singleElement().satisfies(document -> {
                assertThat(document.kind()).isEqualTo(Kind.DOCUMENT);
                assertThat(document.response().body()).isEqualTo(report);
                assertThat(document.response().contentType()).isEqualTo("application/octet-stream");
                assertThat(document.response().status()).isEqualTo(200);
            });
            // the file over the cap was never whole, so nothing of it is kept
            assertThat(opened.evidence().captures(outcome.auditId())).extracting(EvidenceIndex.Capture::url,
                    EvidenceIndex.Capture::kind).contains(tuple(pdf, Kind.DOCUMENT))
                    .doesNotContain(tuple(URI.create(home() + "files/bc-quy-1.pdf"), Kind.DOCUMENT));
        }
    }

    @Test
    void aReportTheServerSaysIsUnchangedIsReadFromTheArchiveNotDownloadedAgain() throws Exception {
        AuditConfig config = historyConfig();

        AuditJob.Outcome first = auditWithHistory(config, AS_OF);
        AuditJob.Outcome second = auditWithHistory(config, AS_OF.plusDays(1));

        assertThat(second.warning()).isNull();
        assertThat(downloads).as("one full download in all").hasValue(1);
        assertThat(notModified).as("the second audit asked with the kept ETag").hasValue(1);
        assertThat(execution(second.run())).isEqualTo(execution(first.run()));
        assertThat(document(second.run())).isEqualTo(document(first.run()));
        assertThat(second.history().documents()).isEqualTo(1);
        URI pdf = URI.create(home() + "files/bc-210.pdf");
        try (AuditStore opened = AuditStore.open(config.store())) {
            EvidenceArchive archive = new EvidenceArchive(Path.of(config.store().evidenceDir()), opened.evidence());
            Shown before = archive.shownAll(first.auditId(), pdf).get(0);
            assertThat(archive.shownAll(second.auditId(), pdf)).singleElement().satisfies(document -> {
                assertThat(document.kind()).isEqualTo(Kind.DOCUMENT);
                assertThat(document.response().body()).isEqualTo(report);
                assertThat(document.response().etag()).isEqualTo(ETAG);
                assertThat(document.digest()).isEqualTo(before.digest());
                assertThat(document.warcFile()).isEqualTo(before.warcFile());
            });
        }
    }

    @Test
    void aReportWithoutValidatorsIsDownloadedAgainButNotArchivedTwice() throws Exception {
        validated = false;
        AuditConfig config = historyConfig();

        AuditJob.Outcome first = auditWithHistory(config, AS_OF);
        AuditJob.Outcome second = auditWithHistory(config, AS_OF.plusDays(1));

        assertThat(downloads).hasValue(2);
        assertThat(notModified).hasValue(0);
        assertThat(first.history().newRecords()).isPositive();
        assertThat(second.history().documents()).isEqualTo(1);
        assertThat(second.history().newRecords()).as("the same bytes are indexed, not written again").isZero();
        assertThat(document(second.run())).isEqualTo(document(first.run()));
    }

    private AuditJob.Outcome auditWithHistory(AuditConfig config, LocalDate asOf) throws Exception {
        return new AuditJob(auditor(), clock(), AuditStore::open)
                .run(config, asOf, true, dir.resolve("reports-" + asOf), Set.of(ReportFormat.JSON));
    }

    private AuditConfig historyConfig() throws ConfigException {
        return config("store: {url: \"jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath() + "\", evidenceDir: \""
                + dir.resolve("evidence").toAbsolutePath() + "\"}\n");
    }

    private static Finding execution(AuditRun run) {
        return run.items().stream().filter(f -> f.id().equals("budget.execution")).findFirst().orElseThrow();
    }

    /** The {@code document} object of the first evidence of budget.execution in report.json. */
    private static JsonNode document(AuditRun run) throws IOException {
        for (JsonNode item : new ObjectMapper().readTree(JsonReport.toJson(run)).get("items")) {
            if (item.get("id").asText().equals("budget.execution")) {
                return item.get("evidence").get(0).get("document");
            }
        }
        throw new AssertionError("no budget.execution in the report");
    }

    /**
     * The report, with an ETag unless {@link #validated} is off, answering 304 to a request that names it; whole
     * downloads are counted, not the crawl's checks of the link.
     */
    private void report(HttpExchange exchange) throws IOException {
        if (validated) {
            exchange.getResponseHeaders().set("ETag", ETAG);
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
        if (exchange.getRequestMethod().equals("GET") && !exchange.getRequestHeaders().containsKey("Range")) {
            downloads.incrementAndGet();
        }
        Replies.send(exchange, 200, "application/octet-stream", report);
    }

    private AuditRun audit() throws Exception {
        return auditor().run(config(""), AS_OF);
    }

    private AuditConfig config(String extra) throws ConfigException {
        String yaml = "organisation: \"UBND thử\"\nsites:\n  portal: {url: \"" + home() + "\"}\n"
                + "crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 2, maxDocumentBytes: " + CAP + "}\n" + extra;
        return new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml, "documents");
    }

    private String home() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static Clock clock() {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        return Clock.fixed(AS_OF.atTime(2, 0).atZone(zone).toInstant(), zone);
    }

    private static Auditor auditor() {
        return new Auditor(Checklist.defaults(), clock(), CrawlListener.NONE);
    }

    private static void html(HttpExchange exchange, String body) throws IOException {
        Replies.send(exchange, 200, "text/html; charset=utf-8", ("<html><head><title>Lý Sơn</title></head><body>"
                + body + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    /** A PDF-looking body sent without a length, so the fetch learns its size only by reading. */
    private static void chunked(HttpExchange exchange, int size) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[size]);
        } catch (IOException dropped) {
            // the client hangs up once it has read past the cap
        }
    }
}
