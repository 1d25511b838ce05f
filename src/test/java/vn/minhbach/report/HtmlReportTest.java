package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.DocumentEvidence;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;

class HtmlReportTest {

    private final String html = HtmlReport.render(ReportFixture.run());
    private final Document doc = Jsoup.parse(html);

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches("report.html", html);
    }

    @Test
    void isVietnameseAndReadsOnAPhone() {
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.selectFirst("meta[name=viewport]").attr("content")).contains("width=device-width");
        assertThat(doc.select("style").html()).contains("@media print", "@media (max-width:600px)");
    }

    @Test
    void isSelfContained() {
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link")).isEmpty();
        assertThat(doc.select("img, iframe, object, embed, video, audio, source")).isEmpty();
        assertThat(doc.select("style").html()).doesNotContain("@import", "url(");
        assertThat(doc.select("[style]").eachAttr("style")).noneMatch(s -> s.contains("url("));
    }

    @Test
    void onlyEvidenceLinksLeaveThePage() {
        Set<String> evidence = ReportFixture.items().stream().flatMap(f -> f.evidence().stream())
                .map(Evidence::url).map(URI::toString).collect(Collectors.toSet());
        List<String> hrefs = doc.select("[href]").eachAttr("href");
        assertThat(hrefs).isNotEmpty();
        assertThat(hrefs).allSatisfy(href -> assertThat(href.startsWith("#") || evidence.contains(href))
                .as("href %s", href).isTrue());
        assertThat(doc.select("[src]")).isEmpty();
    }

    @Test
    void everyItemIsShownWithItsVerdictAndReason() {
        for (Finding finding : ReportFixture.items()) {
            Element item = doc.selectFirst("article.item[data-id=" + finding.id() + "]");
            assertThat(item).as(finding.id()).isNotNull();
            assertThat(item.hasClass(finding.status().name())).isTrue();
            assertThat(item.selectFirst(".badge").text()).isEqualTo(Labels.verdict(Messages.vi(), finding.status()));
            assertThat(item.selectFirst("h3").text()).contains(finding.title());
            assertThat(item.selectFirst(".reason").wholeText()).isEqualTo(Messages.vi().format(finding.reason()));
            assertThat(item.text()).contains(finding.rule().version());
        }
    }

    @Test
    void groupsItemsByCriterionInOrderOfFirstAppearance() {
        List<String> headings = doc.select("section.criterion > h2").eachText();
        assertThat(headings).containsExactly("Tiêu chí 1: Công khai quy hoạch, kế hoạch",
                "Tiêu chí 2: Công khai văn bản pháp luật", "Tiêu chí 3: Công khai ngân sách", "Mục III.5: Đường dây nóng",
                "Tiêu chí 5, 10: Tiếp nhận và giải đáp ý kiến; Chất lượng cổng thông tin",
                "Tiêu chí 5: Tiếp nhận và giải đáp ý kiến", "Tiêu chí 2.1: Thủ tục hành chính trực tuyến",
                "Tiêu chí 10: Chất lượng cổng thông tin");
        assertThat(doc.select("section#tieu-chi-3 article").eachAttr("data-id"))
                .containsExactly("budget.execution", "budget.final-accounts");
        assertThat(doc.select("section#tieu-chi-2-1 article").eachAttr("data-id"))
                .containsExactly("onestop.online-rate", "onestop.status-lookup");
        assertThat(doc.select("nav a").eachAttr("href")).contains("#tieu-chi-5-10", "#tieu-chi-iii-5");
    }

    @Test
    void summaryTableListsEveryItemWithItsVerdictAndALinkToIt() {
        List<Element> rows = doc.select("section#tom-tat table.summary tbody tr");
        List<Finding> items = ReportFixture.items();
        assertThat(rows).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
            Finding finding = items.get(i);
            Element link = rows.get(i).selectFirst("td a");
            assertThat(link.attr("href")).isEqualTo("#muc-" + finding.id());
            assertThat(doc.getElementById("muc-" + finding.id())).as(finding.id()).isNotNull();
            assertThat(link.text()).isEqualTo(finding.title());
            assertThat(rows.get(i).selectFirst(".badge").text()).isEqualTo(Labels.verdict(Messages.vi(), finding.status()));
        }
        assertThat(doc.select("section#tom-tat th[scope=rowgroup]").eachText())
                .containsExactlyElementsOf(doc.select("section.criterion > h2").eachText());
    }

    @ParameterizedTest
    @CsvSource({
            "PASS, Đạt: 3",
            "STALE, Chưa cập nhật: 1",
            "MISSING, Không có: 1",
            "FAIL, Không đạt: 3",
            "UNKNOWN, Không xác định: 1",
            "NOT_APPLICABLE, Không áp dụng: 1"
    })
    void headerCountsEachVerdictInColour(String verdict, String text) {
        Element count = doc.selectFirst("ul.counts li." + verdict + " .badge");
        assertThat(count.text()).isEqualTo(text);
        assertThat(count.attr("style")).contains("background:#");
    }

    @Test
    void headerShowsOrganisationDateScoreAndTimesInTheStartOffset() {
        String header = doc.selectFirst("header").text();
        assertThat(header).contains("UBND đặc khu Lý Sơn", "28/11/2026", "33,3%",
                "28/11/2026 02:00:00 (UTC+07:00)", "28/11/2026 02:03:10 (UTC+07:00)");
        assertThat(doc.title()).contains("UBND đặc khu Lý Sơn", "28/11/2026");
    }

    @Test
    void escapesEverything() {
        assertThat(html).doesNotContain("<script", "<img", "<b>QPPL");
        assertThat(html).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 1022");
        assertThat(doc.selectFirst("article[data-id=contact.hotline] .excerpt").text())
                .startsWith("<img src=x onerror=alert(1)>");
        assertThat(doc.selectFirst("article[data-id=legal.documents] .evidence a").text())
                .isEqualTo("Văn bản <b>QPPL</b> & chỉ đạo điều hành");
    }

    @Test
    void evidenceShowsTitleAndDateAndOnlyWebLinksAreClickable() {
        Element evidence = doc.selectFirst("article[data-id=budget.execution] .evidence li");
        assertThat(evidence.selectFirst("a").attr("href"))
                .isEqualTo("https://lyson.quangngai.gov.vn/ngan-sach/6-thang-2026");
        assertThat(evidence.text()).contains("6 tháng đầu năm 2026", "(14/07/2026)");
        Element missing = doc.selectFirst("article[data-id=budget.final-accounts]");
        assertThat(missing.select(".evidence a")).hasSize(1);
        assertThat(missing.select(".evidence li").get(1).text()).isEqualTo("javascript:alert(1)");
        assertThat(missing.selectFirst(".evidence-label").text()).isEqualTo("Nơi đã tìm:");
        assertThat(doc.selectFirst("article[data-id=budget.execution] .evidence-label").text())
                .isEqualTo("Bằng chứng:");
    }

    @Test
    void showsFiguresExpectedLatestAndBasis() {
        Element rate = doc.selectFirst("article[data-id=onestop.online-rate]");
        assertThat(rate.select(".figures tr").eachText()).containsExactly("Tỷ lệ thủ tục trực tuyến (%) 72,31",
                "Số thủ tục trực tuyến 47", "Số thủ tục niêm yết 65");
        Element stale = doc.selectFirst("article[data-id=budget.execution]");
        assertThat(stale.text()).contains("Yêu cầu: báo cáo 9 tháng năm 2026, hạn 15/10/2026",
                "Bản mới nhất: 14/07/2026", "Căn cứ: TT 343/2016/TT-BTC Điều 14",
                "Quy tắc áp dụng: 2017-01-01..2025-12-31");
        assertThat(doc.selectFirst("article[data-id=section.tax-and-life]").text()).doesNotContain("Yêu cầu:");
    }

    @Test
    void listsBrokenLinksWithThePagesLinkingThem() {
        List<Element> rows = doc.select("#lien-ket-hong tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("upload/vb-30.pdf", "HTTP 404", "van-ban?page=1", "van-ban?page=2");
        assertThat(rows.get(1).text()).contains("tt?a=1&b=2", "Hết thời gian chờ (timeout)");
    }

    @Test
    void showsSiteFactsPerSite() {
        Element facts = doc.selectFirst("#thong-tin-trang");
        assertThat(facts.select("h3").eachText()).containsExactly(
                "Cổng thông tin điện tử: https://lyson.quangngai.gov.vn/",
                "Một cửa điện tử / Dịch vụ công: https://motcualyson.quangngai.gov.vn/");
        List<String> portal = facts.select("table.facts").get(0).select("tr").eachText();
        assertThat(portal).contains("Số trang đã tải 412", "Dung lượng đã tải 17,4 MB", "HTTPS Có",
                "sitemap.xml Không", "Thời gian phản hồi (trung vị) 850 ms", "Điện thoại 0255.3867.555");
        List<String> onestop = facts.select("table.facts").get(1).select("tr").eachText();
        assertThat(onestop).contains("Dừng do giới hạn thu thập Có", "Người chịu trách nhiệm Không thấy",
                "Thời gian phản hồi (trung vị) Không đo được");
    }

    @Test
    void evidenceRestingOnADocumentShowsWhatWasReadOfIt() {
        URI pdf = URI.create(ReportFixture.PORTAL + "upload/bc-210.pdf");
        DocumentEvidence read = new DocumentEvidence(pdf, "pdf", 1, false, true, "unicode", "210/BC-UBND",
                LocalDate.of(2026, 10, 14), "2026-9M", null);
        Finding finding = ReportFixture.finding("budget.nine-months", "3", SiteRole.PORTAL,
                "Báo cáo thực hiện dự toán 9 tháng", Verdict.PASS, "Có báo cáo 9 tháng năm 2026", null, null,
                new RuleRef(List.of("TT 343/2016/TT-BTC Điều 14"), "2017-01-01.."), java.util.Map.of(),
                List.of(Evidence.of(pdf, "Báo cáo số 210/BC-UBND", null).with(read),
                        Evidence.of(URI.create(ReportFixture.PORTAL + "ngan-sach"), "Công khai ngân sách", null)));
        AuditRun fixture = ReportFixture.run();
        List<Finding> items = new ArrayList<>(fixture.items());
        items.add(finding);
        AuditRun run = new AuditRun(fixture.organisation(), fixture.asOf(), fixture.startedAt(),
                fixture.finishedAt(), fixture.sites(), items, fixture.brokenLinks(), fixture.siteFacts());

        Element item = Jsoup.parse(HtmlReport.render(run)).selectFirst("article.item[data-id=budget.nine-months]");

        assertThat(item.select(".evidence li .document").eachText()).containsExactly(
                "Tài liệu PDF, 1 trang, số 210/BC-UBND, ngày 14/10/2026, kỳ 9 tháng năm 2026; bản quét đọc bằng OCR");
        assertThat(doc.select(".evidence .document")).as("the fixture's evidence rests on no document").isEmpty();
    }
}
