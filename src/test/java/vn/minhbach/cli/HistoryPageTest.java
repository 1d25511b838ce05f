package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.document.Fixtures;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.model.AuditRun;
import vn.minhbach.store.AuditStore;

/**
 * {@code history --evidence} and {@code --page} on an audit that kept a rendered page, the JSON answers of an
 * API address and a PDF behind a link, archived directly (no crawl, no browser).
 */
class HistoryPageTest {
    private static final URI PAGE = URI.create("https://dichvucong.xathunghiem.gov.vn/");
    private static final URI ROUTE = URI.create("https://dichvucong.xathunghiem.gov.vn/#/thu-tuc");
    private static final URI PLAIN = URI.create("https://xathunghiem.gov.vn/gioi-thieu");
    private static final URI API = URI.create("https://dichvucong.xathunghiem.gov.vn/api/thu-tuc");
    private static final String SHELL = "<html><body><app-root></app-root></body></html>";
    private static final String DOM = "<html><head></head><body><app-root><h1>Thủ tục hành chính</h1></app-root></body></html>";
    private static final String FIRST = "{\"data\":[{\"ten\":\"Đăng ký khai sinh\"}],\"totalPages\":2}";
    private static final String SECOND = "{\"data\":[{\"ten\":\"Chứng thực bản sao\"}],\"totalPages\":2}";
    private static final URI REPORT = URI.create("https://xathunghiem.gov.vn/files/bc-210.pdf");
    private static final Instant NIGHT = Instant.parse("2026-11-27T19:00:00Z");

    @TempDir
    Path dir;
    private Path config;
    private String audit;
    private byte[] pdf;

    @BeforeEach
    void keepEvidence() throws Exception {
        pdf = Fixtures.bytes("text-report.pdf");
        config = Files.writeString(dir.resolve("c.yaml"), "organisation: X\nsites:\n  onestop: {url: \"" + PAGE
                + "\"}\nstore: {url: \"jdbc:h2:file:" + dir.resolve("db/minhbach").toAbsolutePath()
                + "\", evidenceDir: \"" + dir.resolve("evidence").toAbsolutePath() + "\"}\n");
        AuditConfig loaded = Configs.load(config);
        try (AuditStore store = AuditStore.open(loaded.store())) {
            OffsetDateTime at = NIGHT.atOffset(ZoneOffset.ofHours(7));
            audit = store.save("0123456789abcdef", "f".repeat(64), new AuditRun("X", LocalDate.of(2026, 11, 28), at,
                    at.plusMinutes(5), List.of(), List.of(), List.of(), List.of()));
            new EvidenceArchive(Path.of(loaded.store().evidenceDir()), store.evidence()).keep(audit, List.of(
                    new EvidenceArchive.Page(PAGE, html(PAGE, SHELL), NIGHT,
                            new EvidenceArchive.Rendered(DOM, ROUTE, NIGHT.plusSeconds(2))),
                    new EvidenceArchive.Page(PLAIN, html(PLAIN, "<p>Giới thiệu</p>"), NIGHT)), List.of(
                    new EvidenceArchive.Answer(API, "POST", "{\"page\":1}", FIRST, NIGHT.plusSeconds(3)),
                    new EvidenceArchive.Answer(API, "POST", "{\"page\":2}", SECOND, NIGHT.plusSeconds(4))), List.of(
                    new EvidenceArchive.Document(REPORT, new RawResponse(REPORT, REPORT, 200, "OK",
                            List.of(new RawResponse.Header("Content-Type", "application/octet-stream")), pdf, false,
                            NIGHT.plusSeconds(5)))));
        }
    }

    @Test
    void theEvidenceListSaysWhatEachCaptureIs() {
        CliRun list = history("--evidence", audit);

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).hasSize(6).anySatisfy(line -> assertThat(line).endsWith("document " + REPORT))
                .anySatisfy(line -> assertThat(line).endsWith("rendered " + PAGE))
                .anySatisfy(line -> assertThat(line).endsWith("page     " + PAGE))
                .filteredOn(line -> line.endsWith("api      " + API)).hasSize(2);
    }

    @Test
    void aRenderedPagePrintsAsSentAndSaysARenderingWasKept() {
        CliRun page = history("--page", audit, PAGE.toString());

        assertThat(page.exitCode()).as(page.err()).isZero();
        assertThat(page.out()).isEqualTo(SHELL);
        assertThat(page.err()).contains(PAGE + " in audit " + audit + ": HTTP 200")
                .contains("the browser rendered it too (at " + ROUTE + "): add --rendered to print that")
                .containsPattern("sha256 [0-9a-f]{64} in 2026/11/minhbach-" + audit + "-\\d{14}\\.warc\\.gz at offset 0");
    }

    @Test
    void withRenderedItPrintsTheDomTheBrowserShowed() {
        CliRun page = history("--page", audit, PAGE.toString(), "--rendered");

        assertThat(page.exitCode()).as(page.err()).isZero();
        assertThat(page.out()).isEqualTo(DOM);
        assertThat(page.err()).contains("as the browser rendered it at " + ROUTE + ", " + NIGHT.plusSeconds(2))
                .containsPattern("sha256 [0-9a-f]{64} in \\S+ at offset [1-9]\\d*");
    }

    @Test
    void anApiAddressPrintsItsJsonAnswersInTheOrderTheyCame() {
        CliRun api = history("--page", audit, API.toString());

        assertThat(api.exitCode()).as(api.err()).isZero();
        assertThat(api.out()).isEqualTo(FIRST + System.lineSeparator() + SECOND + System.lineSeparator());
        assertThat(api.err()).contains("JSON answer 1 of 2 to POST {\"page\":1}")
                .contains("JSON answer 2 of 2 to POST {\"page\":2}");
    }

    @Test
    void aDocumentIsWrittenOutByteForByteAndStandardErrorSaysWhatItIs() throws NoSuchAlgorithmException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == HistoryCommand.class ? type.cast(new HistoryCommand(file))
                        : CommandLine.defaultFactory().create(type);
            }
        };

        CliRun document = CliRun.of(factory, "history", "-c", config.toString(), "--page", audit, REPORT.toString());

        assertThat(document.exitCode()).as(document.err()).isZero();
        assertThat(file.toByteArray()).isEqualTo(pdf);
        assertThat(document.out()).isEmpty();
        assertThat(document.err()).contains(REPORT + " in audit " + audit + ": document, application/octet-stream, "
                        + pdf.length + " bytes, HTTP 200, fetched " + NIGHT.plusSeconds(5))
                .containsPattern("sha256 " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))
                        + " in 2026/11/minhbach-" + audit + "-\\d{14}\\.warc\\.gz at offset [1-9]\\d*");
    }

    @Test
    void renderedIsRefusedWhereNoRenderingWasKept() {
        CliRun plain = history("--page", audit, PLAIN.toString(), "--rendered");
        CliRun alone = history("--rendered");

        assertThat(plain.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(plain.err()).contains("audit " + audit + " kept no rendering of " + PLAIN + "; drop --rendered");
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(alone.err()).contains("--rendered goes with --page ID URL");
    }

    private CliRun history(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "history";
        all[1] = "-c";
        all[2] = config.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    private static RawResponse html(URI url, String body) {
        return new RawResponse(url, url, 200, "OK",
                List.of(new RawResponse.Header("Content-Type", "text/html; charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8), false, NIGHT);
    }
}
