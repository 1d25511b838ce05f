package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.config.DashboardConfig;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/**
 * The dashboard's language: {@code dashboard.lang} over the browser's, and a stored audit's reasons said in the
 * page's language from the messages the store keeps.
 */
class DashboardLanguageIT {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    /** A reason as the checks give one: a message with a day and a nested message. */
    private static final Text REASON = Text.of("web.portal.running-since", LocalDate.of(2026, 1, 5))
            .then(Text.plain(" ")).then(Text.of("web.period.missing", Text.of("report.verdict.STALE")));

    @TempDir
    static Path dir;
    static AuditStore store;
    static Portal portal;
    static BackgroundAuditTrigger trigger;

    @BeforeAll
    static void saveAnAudit() throws Exception {
        AuditConfig config = new ConfigLoader(Checklist.defaults().parameterNames()).parse(
                "organisation: \"UBND xã Tịnh Kỳ\"\nsites:\n  portal: {url: \"https://tinhky.example.vn/\"}\n"
                        + "store: {url: \"jdbc:h2:file:" + dir.resolve("history").toAbsolutePath()
                        + "\", evidenceDir: \"" + dir.resolve("evidence").toAbsolutePath() + "\"}\n", "test");
        store = AuditStore.open(config.store());
        portal = Portal.of(config, store);
        OffsetDateTime started = OffsetDateTime.of(DAY, LocalTime.of(2, 0), ZoneOffset.ofHours(7));
        Finding item = new Finding("site.contact", "10", SiteRole.PORTAL, "Thông tin liên hệ", Verdict.STALE, REASON,
                null, null, null, Map.of(), List.of());
        store.save(ConfigKeys.of(config), ConfigKeys.fingerprint(config), new AuditRun(config.organisation(), DAY,
                started, started.plusMinutes(5), List.of(), List.of(item), List.of(), List.of()));
        trigger = new BackgroundAuditTrigger(p -> {
            throw new IllegalStateException("no audit in this test");
        }, new Metrics(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        trigger.close();
        store.close();
    }

    private static Dashboard start(Lang lang) throws Exception {
        return Dashboard.start(new DashboardConfig("127.0.0.1", 0, null, null, lang), List.of(portal), trigger,
                new Metrics(), PeriodReportSource.NONE, name -> null);
    }

    @Test
    void storedReasonsAreSaidInTheBrowsersLanguage() throws Exception {
        try (Dashboard dashboard = start(null)) {
            String english = Http.get(dashboard.uri(), "/portals/" + portal.key(), "Accept-Language", "en").body();
            assertThat(english).contains("<html lang=\"en\">",
                    "Started at 5 Jan 2026. The page reloads itself; the results appear when the audit is done."
                            + " No report for the period Stale", ">Stale<", "28 Nov 2026",
                    "28 Nov 2026 02:05:00 (UTC+07:00)")
                    .doesNotContain("Bắt đầu lúc", "Chưa cập nhật", "28/11/2026");
            String vietnamese = Http.get(dashboard.uri(), "/portals/" + portal.key()).body();
            assertThat(vietnamese).contains("<html lang=\"vi\">", "Bắt đầu lúc 05/01/2026. Trang tự tải lại; kết quả"
                    + " sẽ hiện khi kiểm tra xong. Chưa có báo cáo kỳ Chưa cập nhật", "28/11/2026 02:05:00 (UTC+07:00)")
                    .doesNotContain("Started at");
        }
    }

    @Test
    void dashboardLangOverridesTheBrowser() throws Exception {
        try (Dashboard dashboard = start(Lang.EN)) {
            HttpResponse<String> page = Http.get(dashboard.uri(), "/portals/" + portal.key(),
                    "Accept-Language", "vi-VN,vi;q=0.9");
            assertThat(page.headers().firstValue("Vary")).as("the page does not depend on the header").isEmpty();
            assertThat(page.body()).contains("<html lang=\"en\">", "Audit now", "Started at 5 Jan 2026.")
                    .doesNotContain("Kiểm tra ngay");
            assertThat(Http.get(dashboard.uri(), "/portals/" + portal.key() + "/period").body())
                    .contains("Period reports", "Year 2026", "November 2026");
        }
        try (Dashboard dashboard = start(Lang.VI)) {
            assertThat(Http.get(dashboard.uri(), "/portals/" + portal.key(), "Accept-Language", "en").body())
                    .contains("<html lang=\"vi\">", "Kiểm tra ngay").doesNotContain("Audit now");
        }
    }
}
