package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Text;

/** What the crawl noted about a site and why a link broke are said in the report's language. */
class CrawlWordsTest {
    private static final URI HOME = URI.create("https://lyson.quangngai.gov.vn/");
    private static final String SAME_BODY = "nhiều địa chỉ trả về cùng một trang nhỏ (trang chặn)";

    private static AuditRun run() {
        AuditRun base = ReportFixture.run();
        SiteSummary site = new SiteSummary(SiteRole.PORTAL, HOME, 40, 2, 1_000L, 0, false, 1,
                List.of(Text.of("report.crawl.homeMoved", HOME.toString(), "https://moi.quangngai.gov.vn/"),
                        Text.of("report.crawl.homeLinksOffSite")));
        List<BrokenLink> broken = List.of(new BrokenLink(URI.create(HOME + "a"), 200, SAME_BODY, List.of(HOME)),
                new BrokenLink(URI.create(HOME + "b"), null, "redirect loop", List.of(HOME)));
        return new AuditRun(base.organisation(), base.asOf(), base.startedAt(), base.finishedAt(), List.of(site),
                base.items(), broken, base.siteFacts());
    }

    @Test
    void englishReportsSayTheNotesAndWallsInEnglish() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(Messages.of(Lang.EN), run(), null));
        assertThat(json.at("/sites/0/notes/0").asText()).isEqualTo("the home page " + HOME
                + " moved to https://moi.quangngai.gov.vn/; the new host was crawled as part of the portal");
        assertThat(json.at("/sites/0/notes/1").asText()).startsWith("the home page has no link into the site");
        assertThat(json.at("/brokenLinks/0/error").asText())
                .isEqualTo("many addresses return the same small page (a block page)");
        assertThat(json.at("/brokenLinks/1/error").asText()).isEqualTo("redirect loop");
        assertThat(Jsoup.parse(HtmlReport.render(Messages.of(Lang.EN), run(), null, null)).text())
                .contains("the new host was crawled as part of the portal").doesNotContain("chuyển tới");
    }

    @Test
    void vietnameseReportsSayThemAsTheCrawlDid() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.toJson(run(), null));
        assertThat(json.at("/sites/0/notes/0").asText()).isEqualTo("trang chủ " + HOME
                + " chuyển tới https://moi.quangngai.gov.vn/; trang mới được thu thập như một phần của cổng");
        assertThat(json.at("/brokenLinks/0/error").asText()).isEqualTo(SAME_BODY);
    }
}
