package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

class FreshSectionTest {

    /** A portal whose section page lists the rows under its own heading, next to a fresh "Tin mới" sidebar. */
    private static Sites section(Markup markup, String label, String rows) {
        String sidebar = Markup.PLAIN.list("Tin mới", Html.rows("Đặc khu Lý Sơn tổ chức lễ hội đua thuyền truyền thống@27/11/2026"))
                .replace("/bai-viet/", "/tin-moi/");
        return Sites.portal()
                .home(Html.page("Trang chủ", Html.nav("Trang chủ=/", label + "=/chuyen-muc")))
                .page("/chuyen-muc", Html.page(label + " - Cổng thông tin điện tử",
                        "<h1>" + label + "</h1>" + markup.list(label, Html.rows(rows)) + "<aside>" + sidebar + "</aside>"));
    }

    @ParameterizedTest(name = "{0} {1} {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
        tender.notices        | LIFERAY    | Đấu thầu - Mua sắm công        | Thông báo mời thầu gói thầu xây dựng kè chắn sóng@01/10/2026 | 2026-11-28 | PASS  | 01/10/2026 (58 ngày trước, trong hạn 180 ngày)
        tender.notices        | SHAREPOINT | THÔNG TIN ĐẤU THẦU             | Kết quả lựa chọn nhà thầu gói thầu số 3@01/05/2026            | 2026-11-28 | STALE | quá hạn 180 ngày
        tender.notices        | PLAIN      | Kế hoạch lựa chọn nhà thầu     | Phê duyệt kế hoạch lựa chọn nhà thầu dự án đường@01/06/2026  | 2026-11-28 | PASS  | 01/06/2026 (180 ngày trước
        tender.notices        | CARDS      | Đấu thầu                       | Phê duyệt kế hoạch lựa chọn nhà thầu dự án đường@31/05/2026  | 2026-11-28 | STALE | 181 ngày trước
        investment.projects   | LIFERAY    | Dự án kêu gọi đầu tư           | Danh mục dự án kêu gọi đầu tư năm 2026@15/01/2026            | 2026-11-28 | PASS  | năm 2026
        investment.projects   | SHAREPOINT | Mời gọi đầu tư                 | Danh mục dự án mời gọi đầu tư giai đoạn 2021 - 2025@01/03/2021 | 2026-11-28 | STALE | quá hạn 365 ngày
        investment.projects   | PLAIN      | Xúc tiến đầu tư                | Thông tin dự án khu du lịch sinh thái Hang Câu@10/01/2026    | 2026-11-28 | PASS  | 10/01/2026
        section.tax-and-life  | CARDS      | Thuế và cuộc sống              | Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025@20/03/2026 | 2026-09-16 | PASS  | 180 ngày trước
        section.tax-and-life  | LIFERAY    | THUẾ VÀ CUỘC SỐNG              | Hướng dẫn quyết toán thuế thu nhập cá nhân năm 2025@20/03/2026 | 2026-09-17 | STALE | 181 ngày trước
        section.legal-qa      | SHAREPOINT | Hỏi – đáp về pháp luật         | Người dân hỏi về thủ tục đăng ký khai sinh cho con@02/11/2026 | 2026-11-28 | PASS  | 02/11/2026
        section.legal-qa      | PLAIN      | Hỏi đáp pháp luật              | Quy định về xử phạt vi phạm hành chính trong giao thông@02/01/2026 | 2026-11-28 | STALE | 02/01/2026
        section.business-info | LIFERAY    | Doanh nghiệp cần biết          | Chính sách hỗ trợ doanh nghiệp nhỏ và vừa năm 2026@05/11/2026 | 2026-11-28 | PASS  | 05/11/2026
        section.business-info | CARDS      | Các thông tin doanh nghiệp cần biết | Thông báo về việc gia hạn nộp thuế giá trị gia tăng@05/01/2026 | 2026-11-28 | STALE | 05/01/2026
        """)
    void newestPostOfTheSectionDecides(String id, Markup markup, String label, String rows, String asOf, Verdict verdict,
                                       String reason) {
        Finding finding = section(markup, label, rows).evaluate(id, asOf);
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
        assertThat(finding.evidence()).extracting(e -> e.url().getPath()).doesNotContain("/tin-moi/1");
    }

    @Test
    void homePageBlockUnderTheSectionHeadingCounts() {
        String block = Markup.CARDS.list("THUẾ VÀ CUỘC SỐNG", Html.rows("Hướng dẫn đăng ký thuế hộ kinh doanh@12/11/2026"))
                + Markup.PLAIN.list("Tin tức - sự kiện", Html.rows("Hội nghị tổng kết công tác năm 2025@27/11/2026"));
        Finding finding = Sites.portal().home(Html.page("Trang chủ", block)).evaluate("section.tax-and-life", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).hasToString("2026-11-12");
    }

    @Test
    void decomposedAndUpperCaseLabelsMatch() {
        String label = Normalizer.normalize("HỎI – ĐÁP VỀ PHÁP LUẬT", Normalizer.Form.NFD);
        Finding finding = section(Markup.PLAIN, label, "Hỏi về thời hạn cấp giấy chứng nhận quyền sử dụng đất@20/11/2026")
                .evaluate("section.legal-qa", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
    }

    @Test
    void postPageInTheSectionCountsByItsBreadcrumbAndDate() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/bai\">Bài viết</a>"))
                .page("/bai", Html.post("Hỏi đáp pháp luật", "Quy định mới về cấp đổi căn cước cho người dân",
                        "Cập nhật lúc 08:30, Thứ Hai, 23/11/2026 (GMT+7)"))
                .evaluate("section.legal-qa", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).hasToString("2026-11-23");
    }

    @Test
    void postPagesInAPathTrailCountAndTheSectionLinkBesideTheirDateIsNoPost() {
        String trail = "<div class=\"path\">Trang chủ &gt; <a href=\"/chuyen-muc\">Hỏi – đáp về pháp luật</a></div>";
        String list = "<div class=\"path\">Trang chủ &gt; Hỏi – đáp về pháp luật</div><table><tr><td>"
                + "<a href=\"/bai-2\">Hỏi: Thời hiệu khởi kiện tranh chấp thừa kế là bao lâu?</a> <span>(20/11/2026)</span></td></tr>"
                + "<tr><td><a href=\"/bai-1\">Hỏi: Hôn nhân thực tế có được công nhận không?</a> <span>(24/12/2025)</span></td></tr></table>";
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/chuyen-muc\">Hỏi đáp</a>"))
                .page("/chuyen-muc", Html.page("Hỏi – đáp về pháp luật - UBND huyện", list))
                .page("/bai-1", Html.page("Hỏi: Hôn nhân thực tế có được công nhận không? - UBND huyện",
                        "<table><tr><td>" + trail + "<span>24/12/2025</span><p>Đáp: được công nhận khi đủ điều kiện.</p></td></tr></table>"))
                .evaluate("section.legal-qa", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).hasToString("2026-11-20");
        assertThat(finding.evidence()).extracting(Evidence::title).doesNotContain("Hỏi – đáp về pháp luật");
    }

    @Test
    void aLinkToTheNationalProcurementSystemCountsForTenders() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ",
                "<a href=\"https://muasamcong.mpi.gov.vn/\"><img alt=\"banner\"></a>")).evaluate("tender.notices", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("muasamcong");
    }

    @Test
    void tenderSectionWithoutDatesIsJudgedByItsPresence() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Đấu thầu=/dau-thau")))
                .page("/dau-thau", Html.page("Đấu thầu", "<h1>Đấu thầu</h1><ul><li><a href=\"/g1\">Gói thầu số 1 xây dựng trường học</a></li></ul>"))
                .evaluate("tender.notices", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("không đọc được ngày đăng", "có mặt");
    }

    @Test
    void otherSectionWithoutDatesIsUnknown() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Doanh nghiệp cần biết=/dn")))
                .page("/dn", Html.page("Doanh nghiệp cần biết", "<h1>Doanh nghiệp cần biết</h1><p>Đang cập nhật</p>"))
                .evaluate("section.business-info", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(finding.evidence()).extracting(e -> e.url().getPath()).contains("/dn");
    }

    @ParameterizedTest
    @CsvSource({"503, HTTP 503", "0, timeout", "-1, robots.txt", "-2, giới hạn trang"})
    void unreachedLinkNamedForTheSectionIsUnknownNotMissing(int status, String why) {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Thuế và cuộc sống=/thue")))
                .unreached("/thue", status, "Thuế và cuộc sống")
                .evaluate("section.tax-and-life", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains(Sites.PORTAL + "thue", why);
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(Messages.vi().format(e.excerpt())).contains(why));
    }

    @Test
    void crawlLimitWithNothingFoundIsUnknown() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).limitReached()
                .evaluate("section.business-info", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("giới hạn trang");
    }

    @Test
    void innerAppShellWithNothingFoundIsUnknown() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/app\">Ứng dụng</a>"))
                .page("/app", "<html><body><div id=\"root\"></div><script src=\"/a.js\"></script></body></html>")
                .evaluate("section.tax-and-life", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("JavaScript");
    }

    @Test
    void nothingFoundOnAFullyCrawledSiteIsMissing() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Giới thiệu=/gt")))
                .page("/gt", Html.page("Giới thiệu", "<h1>Giới thiệu</h1>")).evaluate("section.tax-and-life", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.MISSING);
        assertThat(Messages.vi().format(finding.reason())).contains("2 trang");
        assertThat(finding.evidence()).extracting(e -> e.url().toString()).containsExactly(Sites.PORTAL);
    }

    @Test
    void configuredSelectorsReadAnUnusualLayout() {
        String odd = "<div class=\"x-feed\"><div class=\"x-it\"><span class=\"x-t\">Giải đáp vướng mắc về hóa đơn điện tử</span>"
                + "<em class=\"x-d\">20261120</em><b class=\"x-d2\">20/11/2026</b></div></div>";
        Sites site = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/feed\">Chuyên mục</a>"))
                .page("/feed", Html.page("Chuyên mục", odd));
        assertThat(site.evaluate("section.tax-and-life", "2026-11-28").status()).isEqualTo(Verdict.MISSING);
        Finding configured = site.evaluate("section.tax-and-life", "2026-11-28", Configs.selectors("section.tax-and-life",
                Sites.PORTAL + "feed", ".x-it", ".x-t", ".x-d2"));
        assertThat(configured.status()).isEqualTo(Verdict.PASS);
        assertThat(configured.latest()).hasToString("2026-11-20");
    }

    @Test
    void configuredUrlThatFailedIsUnknown() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).unreached("/thue-cs", 500)
                .evaluate("section.tax-and-life", "2026-11-28", Configs.urls("section.tax-and-life", Sites.PORTAL + "thue-cs"));
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("HTTP 500", "địa chỉ cấu hình");
    }

    @Test
    void configuredUrlMakesAnUnnamedPageTheSection() {
        Sites site = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/cm-12\">Chuyên mục 12</a>"))
                .page("/cm-12", Html.page("Chuyên mục 12", Markup.LIFERAY.list("Chuyên mục 12",
                        Html.rows("Hướng dẫn kê khai lệ phí môn bài năm 2026@10/11/2026"))));
        assertThat(site.evaluate("section.tax-and-life", "2026-11-28").status()).isEqualTo(Verdict.MISSING);
        assertThat(site.evaluate("section.tax-and-life", "2026-11-28",
                Configs.urls("section.tax-and-life", Sites.PORTAL + "cm-12")).status()).isEqualTo(Verdict.PASS);
    }

    @Test
    void maxAgeDaysCanBeOverridden() {
        Sites site = section(Markup.PLAIN, "Thuế và cuộc sống", "Hướng dẫn quyết toán thuế thu nhập cá nhân@20/03/2026");
        assertThat(site.evaluate("section.tax-and-life", "2026-11-28").status()).isEqualTo(Verdict.STALE);
        assertThat(site.evaluate("section.tax-and-life", "2026-11-28",
                Configs.parameter("section.tax-and-life", FreshSection.MAX_AGE, 365)).status()).isEqualTo(Verdict.PASS);
    }

    @Test
    void datesAfterTheAuditDateAreIgnored() {
        Finding finding = section(Markup.SHAREPOINT, "Thuế và cuộc sống",
                "Lịch tập huấn chính sách thuế mới tháng 12@10/12/2026; Hướng dẫn quyết toán thuế năm 2025@02/01/2026")
                .evaluate("section.tax-and-life", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.STALE);
        assertThat(finding.latest()).hasToString("2026-01-02");
    }
}
