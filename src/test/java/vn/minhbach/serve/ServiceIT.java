package vn.minhbach.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.FluentWait;
import picocli.CommandLine;
import vn.minhbach.cli.Main;
import vn.minhbach.config.DashboardConfig;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.store.AuditStore;
import vn.minhbach.testing.FixtureSite;

/**
 * The whole service as {@code minhbach serve} builds it, end to end: a fixture portal on WireMock, an H2
 * history in a temporary folder, a real SMTP server (GreenMail) and the dashboard on a free loopback port.
 * "Kiểm tra ngay" on the dashboard runs the scheduler's job; the audit is stored, listed, counted, e-mailed,
 * and reported on for its period.
 */
class ServiceIT {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private FixtureSite site;
    private Service service;

    @BeforeEach
    void startSite() {
        site = FixtureSite.start("liferay-like");
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.stop(Duration.ofSeconds(30));
        }
        site.close();
    }

    /** The fixture portal, never due in this test's lifetime, e-mailed to GreenMail, with a weekly digest. */
    private Path config(String dashboard) throws IOException {
        String yaml = """
                organisation: "UBND huyện Sơn Tịnh"
                sites:
                  portal: {url: "%s"}
                crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 4}
                schedule: {cron: "0 0 2 1 1 ? 2099"}
                store: {url: "%s", evidenceDir: "%s"}
                email:
                  smtp: {host: "127.0.0.1", port: %d, security: none}
                  from: "minhbach@sontinh.gov.vn"
                  to: ["tuphap@sontinh.gov.vn"]
                  weeklyDigest: true
                """.formatted(site.baseUri(), Served.h2(dir), dir.resolve("evidence"), SMTP.getSmtp().getPort()) + dashboard;
        Path file = dir.resolve("sontinh.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anAuditStartedOnTheDashboardIsStoredListedCountedMailedAndReported() throws Exception {
        Path file = config("");
        ServedConfig served = ServedConfig.load(file, Served.LOADER);
        ServeSettings settings = new ServeSettings(dir.resolve("reports"), Set.of(ReportFormat.JSON, ReportFormat.HTML),
                2, Duration.ofSeconds(30));
        service = Service.start(List.of(served), settings, Served.LOADER,
                new DashboardConfig("127.0.0.1", 0, null, null), name -> null);
        URI base = service.dashboard().orElseThrow();
        String portal = "/portals/" + served.key();
        ZoneId zone = served.config().timezone();

        ZonedDateTime digest = service.scheduler().nextDigest(served.key()).orElseThrow().atZone(zone);
        assertThat(digest.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(digest.toLocalTime()).hasToString("07:00");

        Matcher csrf = CSRF.matcher(get(base, portal).body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> pressed = post(base, portal + "/audit", "csrf=" + csrf.group(1));
        assertThat(pressed.statusCode()).isEqualTo(303);
        assertThat(get(base, portal).body()).contains("Đang kiểm tra…", "http-equiv=\"refresh\"");
        assertThat(post(base, portal + "/audit", "csrf=" + csrf.group(1)).statusCode())
                .as("a second press while it runs starts nothing").isEqualTo(303);

        AuditRecord audit;
        try (AuditStore store = AuditStore.open(served.config().store())) {
            audit = new FluentWait<>(store).withTimeout(Duration.ofSeconds(40)).pollingEvery(Duration.ofMillis(200))
                    .until(s -> s.list(served.key(), 10).stream().findFirst().orElse(null));
        }
        String page = new FluentWait<>(base).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100))
                .until(b -> {
                    String html = get(b, portal).body();
                    return html.contains("Đang kiểm tra…") ? null : html;
                });
        assertThat(page).contains("data-audit=\"", portal + "/audits/" + audit.id())
                .doesNotContain("Lần kiểm tra vừa rồi không hoàn tất");
        assertThat(get(base, portal + "/audits/" + audit.id()).statusCode()).isEqualTo(200);
        assertThat(Served.runs(Served.h2(dir), "sa")).singleElement()
                .satisfies(run -> assertThat(run.cause()).isEqualTo("REQUESTED"));

        String label = "config=\"" + served.key() + "\"";
        String metrics = new FluentWait<>(base).withTimeout(Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(100))
                .until(b -> {
                    String text = get(b, "/metrics").body();
                    return text.contains("minhbach_audit_duration_seconds_count{" + label + "} 1") ? text : null;
                });
        assertThat(metrics).contains("minhbach_audits_total{" + label + ",outcome=\"error\"} 0")
                .contains("minhbach_audit_failures_total{" + label + "} 0");
        long pages = sample(metrics, "minhbach_pages_fetched_total\\{" + Pattern.quote(label) + "}");
        assertThat(pages).isPositive();
        // The crawl counted its visits as it went: at least the pages the audit counted, and as many fetch times.
        assertThat(sample(metrics, "minhbach_crawl_pages_total\\{" + Pattern.quote(label) + ",outcome=\"fetched\"}"))
                .isGreaterThanOrEqualTo(pages)
                .isEqualTo(sample(metrics, "minhbach_crawl_fetch_duration_seconds_count\\{" + Pattern.quote(label) + "}"));
        assertThat(sample(metrics, "minhbach_crawl_bytes_total\\{" + Pattern.quote(label) + "}")).isPositive();

        MimeMessage summary = received(1).get(0);
        assertThat(summary.getSubject()).startsWith("[minhbach] UBND huyện Sơn Tịnh ");
        Multipart mixed = (Multipart) summary.getContent();
        assertThat(mixed.getBodyPart(1).getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("report.html");

        String year = String.valueOf(LocalDate.now(zone).getYear());
        HttpResponse<String> period = get(base, portal + "/period?p=" + year);
        assertThat(period.statusCode()).isEqualTo(200);
        Path written = dir.resolve("period");
        assertThat(cli("report", "-c", file.toString(), "--period", year, "-o", written.toString()).code).isZero();
        assertThat(period.body()).isEqualTo(Files.readString(written.resolve("period.html"), StandardCharsets.UTF_8))
                .contains("UBND huyện Sơn Tịnh");

        service.scheduler().digestNow(served.key());
        assertThat(received(2).get(1).getSubject()).startsWith("[minhbach] UBND huyện Sơn Tịnh: tuần ")
                .contains("1 lần kiểm tra");
    }

    @Test
    @Timeout(60)
    void aDashboardPortInUseStopsServeWithExitThree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path file = config("dashboard: {bind: \"127.0.0.1\", port: " + taken.getLocalPort() + "}\n");
            Cli run = cli("serve", "-c", file.toString(), "--reports", dir.resolve("reports").toString());
            assertThat(run.code).isEqualTo(3);
            assertThat(run.err).startsWith("error: the dashboard cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .hasLineCount(1);
        }
    }

    @Test
    @Timeout(60)
    void aDashboardLoginWhoseVariablesAreUnsetIsAConfigError() throws Exception {
        Path file = config("dashboard: {bind: \"0.0.0.0\", port: 1, userEnv: MINHBACH_TEST_UNSET_USER,"
                + " passwordEnv: MINHBACH_TEST_UNSET_PASSWORD}\n");
        Cli run = cli("serve", "-c", file.toString(), "--reports", dir.resolve("reports").toString());
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).startsWith("config error: " + file + ": dashboard.userEnv").hasLineCount(1);
    }

    private record Cli(int code, String err) {
    }

    private static Cli cli(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        cmd.setErr(new PrintWriter(err, true));
        return new Cli(cmd.execute(args), err.toString());
    }

    private static List<MimeMessage> received(int count) {
        return new FluentWait<>(SMTP).withTimeout(Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(100))
                .until(s -> s.getReceivedMessages().length >= count ? List.of(s.getReceivedMessages()) : null);
    }

    private static HttpResponse<String> get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    private static HttpResponse<String> post(URI base, String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long sample(String metrics, String series) {
        Matcher value = Pattern.compile("(?m)^" + series + " (\\d+)(?:\\.0)?$").matcher(metrics);
        assertThat(value.find()).as(series).isTrue();
        return Long.parseLong(value.group(1));
    }
}
