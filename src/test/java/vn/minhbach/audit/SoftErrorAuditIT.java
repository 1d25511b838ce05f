package vn.minhbach.audit;

import vn.minhbach.i18n.Messages;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.HtmlReport;
import vn.minhbach.report.JsonReport;
import vn.minhbach.report.SchemaCheck;
import vn.minhbach.testing.Firewall;
import vn.minhbach.testing.FixtureSite;

/**
 * Audits of portals behind walls and of portals the crawl could barely read: what could not be read is
 * UNKNOWN with its reason, never MISSING; only what the home page itself shows may be MISSING.
 */
class SoftErrorAuditIT {

    /** Items judged on the home page alone (checklist.md: "on the home page"), which a thin crawl still decides. */
    private static final Set<String> HOME_ONLY = Set.of("contact.hotline", "onestop.hotline");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @ValueSource(strings = {"F5", "MAINTENANCE", "BROWSER_CHECK", "LOGIN"})
    void aPortalAnsweringOnlyAWallHasEveryItemUnknown(String wall) throws Exception {
        String page = (String) Firewall.class.getField(wall).get(null);
        try (Firewall firewall = Firewall.everywhere(page)) {
            AuditRun run = audit(firewall.url("/"), AS_OF);

            assertThat(run.items()).allSatisfy(f -> assertThat(f.status()).as(f.id())
                    .isIn(Verdict.UNKNOWN, Verdict.NOT_APPLICABLE));
            assertThat(run.items()).filteredOn(f -> f.status() == Verdict.UNKNOWN).isNotEmpty()
                    .allSatisfy(f -> assertThat(Messages.vi().format(f.reason())).contains("chỉ trả về trang chặn"));
            SiteSummary portal = run.sites().get(0);
            assertThat(portal.pagesFetched()).isZero();
            assertThat(portal.pagesWalled()).isEqualTo(1);
            assertThat(SchemaCheck.errors(JsonReport.toJson(run))).isEmpty();
        }
    }

    @Test
    void aWallRisingAfterThirtyRequestsTurnsNothingMissing() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like");
             Firewall firewall = Firewall.before(site.baseUri(), 31, Integer.MAX_VALUE, Firewall.F5)) {
            AuditRun run = audit(firewall.url("/"), site.asOf());
            Map<String, Finding> byId = run.items().stream().collect(Collectors.toMap(Finding::id, f -> f));

            SoftAssertions soft = new SoftAssertions();
            site.expected().forEach((id, verdict) -> soft.assertThat(byId.get(id).status().name())
                    .as("%s: %s", id, byId.get(id).reason()).isIn(verdict, "UNKNOWN"));
            soft.assertThat(run.items()).as("nothing is MISSING behind a wall")
                    .noneMatch(f -> f.status() == Verdict.MISSING);
            soft.assertThat(Messages.vi().format(byId.get("tender.notices").reason())).contains("bị chặn");
            SiteSummary portal = run.sites().get(0);
            soft.assertThat(portal.pagesWalled()).isPositive();
            String json = JsonReport.toJson(run);
            soft.assertThat(new ObjectMapper().readTree(json).at("/sites/0/pagesWalled").asInt())
                    .isEqualTo(portal.pagesWalled());
            soft.assertThat(SchemaCheck.errors(json)).isEmpty();
            soft.assertThat(HtmlReport.render(run, null)).contains("Trang bị chặn");
            soft.assertAll();
        }
    }

    @Test
    void aWallThatLowersLeavesTheVerdictsAsWithout() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like");
             Firewall firewall = Firewall.before(site.baseUri(), 31, 50, Firewall.F5)) {
            AuditRun run = audit(firewall.url("/"), site.asOf());

            assertThat(firewall.rejected()).isEqualTo(20);
            assertThat(run.sites().get(0).pagesWalled()).isZero();
            SoftAssertions soft = new SoftAssertions();
            run.items().stream().filter(f -> site.expected().containsKey(f.id())).forEach(f -> soft.assertThat(
                    f.status().name()).as("%s: %s", f.id(), f.reason()).isEqualTo(site.expected().get(f.id())));
            soft.assertAll();
        }
    }

    @Test
    void aSavedSharePointHomeWithAStaleBaseAndMostPages404ShowsNothingMissingBeyondTheHomePage() throws Exception {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            StringBuilder menu = new StringBuilder();
            List<String> sections = List.of("Giới thiệu", "Tin tức sự kiện", "Văn bản pháp luật", "Hỏi đáp",
                    "Công khai ngân sách", "Đấu thầu", "Quy hoạch - Kế hoạch", "Thu hút đầu tư", "Thủ tục hành chính",
                    "Doanh nghiệp cần biết", "Thuế và cuộc sống", "Hỏi đáp pháp luật");
            for (int i = 0; i < sections.size(); i++) {
                menu.append("<li><a href='Pages/muc-").append(i).append(".aspx'>").append(sections.get(i))
                        .append("</a></li>");
            }
            server.stubFor(get(urlEqualTo("/")).willReturn(html("<html><head><title>UBND huyện Sơn Tịnh</title>"
                    + "<base href='http://sontinh.old-host.vn/'></head><body><h1>Cổng thông tin điện tử huyện Sơn"
                    + " Tịnh</h1><ul>" + menu + "</ul><div class=footer>UBND huyện Sơn Tịnh. Địa chỉ: 01 Trần Hưng"
                    + " Đạo.</div></body></html>")));
            server.stubFor(get(urlEqualTo("/Pages/muc-0.aspx")).willReturn(html("<h1>Giới thiệu</h1><p>Huyện Sơn"
                    + " Tịnh có 11 xã.</p>")));
            AuditRun run = audit(URI.create("http://127.0.0.1:" + server.port() + "/"), AS_OF);

            SiteSummary portal = run.sites().get(0);
            assertThat(portal.pagesFetched()).isEqualTo(2);
            assertThat(portal.notes())
                    .anySatisfy(note -> assertThat(Messages.vi().format(note)).contains("<base href>"));
            assertThat(run.items()).filteredOn(f -> f.status() == Verdict.MISSING)
                    .allSatisfy(f -> assertThat(HOME_ONLY).as(f.id() + ": " + f.reason()).contains(f.id()));
            assertThat(run.items()).filteredOn(f -> f.id().equals("tender.notices")).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(Verdict.UNKNOWN));
            assertThat(run.items()).filteredOn(f -> f.id().equals("planning.five-year-plan")).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(Verdict.UNKNOWN));
        } finally {
            server.stop();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
    }

    private static AuditRun audit(URI portal, LocalDate asOf) throws Exception {
        String yaml = "organisation: \"UBND thử\"\nsites:\n  portal: {url: \"" + portal + "\"}\n"
                + "crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 4}\n";
        AuditConfig config = new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml, "soft-errors");
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        Clock clock = Clock.fixed(asOf.atTime(2, 0).atZone(zone).toInstant(), zone);
        return new Auditor(Checklist.defaults(), clock, CrawlListener.NONE).run(config, asOf);
    }
}
