package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.FluentWait;
import vn.minhbach.config.DashboardConfig;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;

/** The dashboard over HTTP, on a real H2 history of the liferay-like fixture site. */
class DashboardIT {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

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
    void startPageLeadsToThePortalWithItsItemsTrendAndHistory() throws Exception {
        HttpResponse<String> start = Http.get(base, "/");
        assertThat(start.statusCode()).isEqualTo(303);
        assertThat(start.headers().firstValue("Location")).contains(fx.portalPath());

        HttpResponse<String> page = Http.get(base, fx.portalPath());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'").doesNotContain("script-src"));
        String html = page.body();
        // Another test may have added an audit: count what the store holds.
        List<AuditRecord> audits = fx.store.list(fx.portal.key(), 100);
        AuditRun latest = fx.store.load(audits.get(0).id()).orElseThrow();
        assertThat(count(html, "data-item=\"")).isEqualTo(latest.items().size());
        for (Finding item : latest.items()) {
            assertThat(html).contains("data-item=\"" + item.id() + "\" data-verdict=\"" + item.status() + "\"");
        }
        assertThat(html).contains("UBND huyện Sơn Tịnh").contains("Kiểm tra ngay").contains("Đạt")
                .doesNotContain("<script").doesNotContain("http-equiv=\"refresh\"");
        assertThat(count(html, "data-audit=\"")).isEqualTo(audits.size()).isGreaterThanOrEqualTo(3);
        fx.auditIds.forEach(id -> assertThat(html).contains("href=\"" + fx.portalPath() + "/audits/" + id + "\""));
        assertThat(html).contains("<svg id=\"xu-huong\"");
        assertThat(count(html, "<circle ")).isEqualTo(audits.size());
        assertThat(html).contains("href=\"" + fx.portalPath() + "/period\"");
    }

    @Test
    void aBrowserAskingForEnglishGetsTheEnglishPages() throws Exception {
        HttpResponse<String> page = Http.get(base, fx.portalPath(), "Accept-Language", "en-GB,en;q=0.9,vi;q=0.5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Vary")).hasValue("Accept-Language");
        assertThat(page.body()).contains("<html lang=\"en\">", "Audit now", "Results of the latest audit",
                        "Audit history", "Score trend", "Period reports", ">Pass<", "Government web portal: ")
                .doesNotContain("Kiểm tra ngay", "Lịch sử kiểm tra", "Xu hướng điểm", ">Đạt<", "Ngày kiểm tra");
        assertThat(page.body()).containsPattern("Score of \\d+ audits, from \\d{1,2} [A-Z][a-z]{2} \\d{4} \\(\\d+\\.\\d%\\)");

        int year = fx.site.asOf().getYear();
        HttpResponse<String> periods = Http.get(base, fx.portalPath() + "/period", "Accept-Language", "en");
        assertThat(periods.body()).contains("<html lang=\"en\">", "Year " + year, "Second half of " + year,
                "Q4 " + year, "November " + year).doesNotContain("Năm " + year);
        HttpResponse<String> missing = Http.get(base, "/favicon.ico", "Accept-Language", "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Not found", "There is no page at this address.", ">Back<");
        assertThat(Http.get(base, fx.portalPath() + "/period?p=nam-nay", "Accept-Language", "en").body())
                .contains("Invalid period");
    }

    @Test
    void vietnameseStaysTheDefault() throws Exception {
        for (String[] headers : List.of(new String[0], new String[] {"Accept-Language", "fr-FR,de;q=0.8"},
                new String[] {"Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8"})) {
            HttpResponse<String> page = Http.get(base, fx.portalPath(), headers);
            assertThat(page.headers().firstValue("Vary")).hasValue("Accept-Language");
            assertThat(page.body()).contains("<html lang=\"vi\">", "Kiểm tra ngay", "Lịch sử kiểm tra")
                    .doesNotContain("Audit now", "Audit history");
        }
        assertThat(Http.get(base, "/favicon.ico").body()).contains("Không tìm thấy", "Quay lại");
    }

    @Test
    void storedReportsAreServedOnlyForTheirPortal() throws Exception {
        HttpResponse<String> report = Http.get(base, fx.portalPath() + "/audits/" + fx.auditIds.get(1));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Báo cáo kiểm tra công khai thông tin").contains("UBND huyện Sơn Tịnh")
                .contains("Thay đổi so với lần kiểm tra");
        assertThat(Http.get(base, fx.portalPath() + "/audits/999").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/portals/0123456789abcdef/audits/" + fx.auditIds.get(0)).statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsOkJsonWithoutLogin() throws Exception {
        HttpResponse<String> health = Http.get(base, "/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).contains("application/json");
        JsonNode json = new ObjectMapper().readTree(health.body());
        assertThat(json.get("status").asText()).isEqualTo("ok");
        assertThat(json.get("portals").asInt()).isEqualTo(1);
    }

    @Test
    void metricsAreInThePrometheusTextFormat() throws Exception {
        HttpResponse<String> metrics = Http.get(base, "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).contains("text/plain; version=0.0.4; charset=utf-8");
        Promtool.assertValid(metrics.body());
        assertThat(metrics.body()).contains("minhbach_audits_total{config=\"" + fx.portal.key() + "\",outcome=\"error\"} ")
                .contains("# TYPE minhbach_audit_duration_seconds summary").contains("# TYPE jvm_threads_current gauge");
    }

    @Test
    void auditNowNeedsTheFormTokenThenRunsInTheBackgroundAndIsCounted() throws Exception {
        String path = fx.portalPath() + "/audit";
        assertThat(Http.post(base, path, "csrf=wrong").statusCode()).isEqualTo(403);
        String token = token(Http.get(base, fx.portalPath()).body());
        assertThat(Http.post(base, path, "csrf=" + token, "Origin", "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(Http.get(base, path).statusCode()).isEqualTo(405);
        int before = fx.store.list(fx.portal.key(), 100).size();

        HttpResponse<String> started = Http.post(base, path, "csrf=" + token, "Origin", base.toString().replaceAll("/$", ""));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.headers().firstValue("Location")).contains(fx.portalPath());

        new FluentWait<>(fx.store).withTimeout(Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(200))
                .until(store -> store.list(fx.portal.key(), 100).size() == before + 1
                        && !fx.trigger.status(fx.portal.key()).running());
        assertThat(fx.trigger.status(fx.portal.key()).lastFailure()).isNull();
        String metrics = Http.get(base, "/metrics").body();
        String label = "config=\"" + fx.portal.key() + "\"";
        assertThat(metrics).contains("minhbach_audits_total{" + label + ",outcome=\"not_all_pass\"} 1.0\n")
                .contains("minhbach_audit_duration_seconds_count{" + label + "} 1\n")
                .contains("minhbach_audit_failures_total{" + label + "} 0.0\n");
        assertThat(metrics).containsPattern("minhbach_pages_fetched_total\\{" + Pattern.quote(label) + "\\} [1-9]\\d*\\.0\n");
    }

    @Test
    void periodPagesListTheCoveredPeriodsAndAskTheSource() throws Exception {
        HttpResponse<String> list = Http.get(base, fx.portalPath() + "/period");
        assertThat(list.statusCode()).isEqualTo(200);
        int year = fx.site.asOf().getYear();
        assertThat(list.body()).contains("Năm " + year).contains("?p=" + year + "-H2").contains("?p=" + year + "-Q4")
                .contains("?p=" + year + "-11");
        assertThat(Http.get(base, fx.portalPath() + "/period?p=" + year + "-H2").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, fx.portalPath() + "/period?p=nam-nay").statusCode()).isEqualTo(400);
        assertThat(list.body()).contains(fx.portalPath() + "/period.docx?p=" + year + "-H2",
                fx.portalPath() + "/period.xlsx?p=" + year + "-H2");
        assertThat(Http.get(base, fx.portalPath() + "/period.docx?p=" + year + "-H2").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, fx.portalPath() + "/period.xlsx?p=nam-nay").statusCode()).isEqualTo(400);
        try (Dashboard stored = Dashboard.start(new DashboardConfig("127.0.0.1", 0, null, null), List.of(fx.portal),
                fx.trigger, fx.metrics, new StorePeriodReports(java.time.Clock.systemUTC()), name -> null)) {
            HttpResponse<byte[]> docx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(stored.uri().resolve(fx.portalPath() + "/period.docx?p=" + year)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.statusCode()).isEqualTo(200);
            assertThat(docx.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"period-" + year + ".docx\"");
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.body()))) {
                assertThat(new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText())
                        .contains("BÁO CÁO", fx.portal.config().organisation().toUpperCase(java.util.Locale.forLanguageTag("vi-VN")));
            }
        }

        PeriodReportSource source = (portal, period, lang) -> period.equals("2026-H2")
                ? Optional.of("<!DOCTYPE html><title>ky</title><p>Báo cáo " + portal.config().organisation() + " " + period)
                : Optional.empty();
        try (Dashboard other = Dashboard.start(new DashboardConfig("127.0.0.1", 0, null, null), List.of(fx.portal),
                fx.trigger, fx.metrics, source, name -> null)) {
            HttpResponse<String> report = Http.get(other.uri(), fx.portalPath() + "/period?p=2026-H2");
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).contains("Báo cáo UBND huyện Sơn Tịnh 2026-H2");
        }
    }

    @Test
    void unknownAddressesAreNotFound() throws Exception {
        assertThat(Http.get(base, "/portals/zzz").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/portals/0123456789abcdef").statusCode()).isEqualTo(404);
        assertThat(Http.get(base, "/favicon.ico").statusCode()).isEqualTo(404);
        assertThat(Http.post(base, "/health", "").statusCode()).isEqualTo(405);
    }

    @Test
    void beyondLoopbackEveryPageButHealthAsksForTheLogin() throws Exception {
        Map<String, String> env = Map.of("DASH_USER", "thanhtra", "DASH_PASSWORD", "mật khẩu dài");
        DashboardConfig open = new DashboardConfig("0.0.0.0", 0, "DASH_USER", "DASH_PASSWORD");
        try (Dashboard dashboard = Dashboard.start(open, List.of(fx.portal), fx.trigger, fx.metrics,
                PeriodReportSource.NONE, env::get)) {
            URI local = URI.create("http://127.0.0.1:" + dashboard.port() + "/");
            for (String path : List.of(fx.portalPath(), "/metrics", fx.portalPath() + "/audits/" + fx.auditIds.get(0))) {
                HttpResponse<String> anonymous = Http.get(local, path);
                assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
                assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains(Login.CHALLENGE);
                assertThat(Http.get(local, path, "Authorization", Http.basic("thanhtra", "sai")).statusCode())
                        .as(path).isEqualTo(401);
                assertThat(Http.get(local, path, "Authorization", Http.basic("thanhtra", "mật khẩu dài")).statusCode())
                        .as(path).isEqualTo(200);
            }
            assertThat(Http.post(local, fx.portalPath() + "/audit", "csrf=x").statusCode()).isEqualTo(401);
            assertThat(Http.get(local, "/health").statusCode()).isEqualTo(200);

            // Guessing: after the limit of wrong logins even the right one is turned away for a while.
            for (int i = 0; i < FailedLogins.LIMIT; i++) {
                assertThat(Http.get(local, "/", "Authorization", Http.basic("thanhtra", "đoán " + i)).statusCode())
                        .isEqualTo(401);
            }
            HttpResponse<String> blocked = Http.get(local, "/", "Authorization", Http.basic("thanhtra", "mật khẩu dài"));
            assertThat(blocked.statusCode()).isEqualTo(429);
            assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
            assertThat(Http.get(local, "/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void beyondLoopbackWithoutTheLoginInTheEnvironmentItDoesNotStart() {
        DashboardConfig open = new DashboardConfig("0.0.0.0", 0, "DASH_USER", "DASH_PASSWORD");
        assertThatThrownBy(() -> Dashboard.start(open, List.of(fx.portal), fx.trigger, fx.metrics,
                PeriodReportSource.NONE, Map.of("DASH_USER", "u")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("dashboard.passwordEnv names the environment variable DASH_PASSWORD, which is not set or empty");
    }

    static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page has the audit-now form").isTrue();
        return m.group(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
