package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

/** A page is evidence for an item only when its own labels (breadcrumb, title, h1) are about that item. */
class PageTopicTest {

    private static final String QA_PAGE = Html.page("Hỏi đáp - Sở Kế hoạch và Đầu tư",
            "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/hoi-dap\">Hỏi đáp</a></div><h1>Hỏi đáp</h1>"
                    + Markup.LIFERAY.list("Câu hỏi mới", Html.rows(
                            "Danh mục dự án kêu gọi đầu tư năm 2026 gồm những dự án nào?@20/11/2026;"
                            + "Thủ tục đăng ký dự án đầu tư công tại huyện?@18/11/2026")));

    private static Sites site() {
        return Sites.portal()
                .home(Html.page("Trang chủ - Sở Kế hoạch và Đầu tư", Html.nav("Hỏi đáp=/hoi-dap", "Tin tức=/tin-tuc")))
                .page("/hoi-dap", QA_PAGE)
                .page("/tin-tuc", Html.page("Tin tức - Sở Kế hoạch và Đầu tư", "<h1>Tin tức</h1>"
                        + Markup.PLAIN.list("Tin tức", Html.rows("Hội nghị tổng kết công tác năm 2026@25/11/2026"))));
    }

    @Test
    void aQaPageIsNotTheInvestmentListBecauseAQuestionMentionsInvestment() {
        Finding finding = site().evaluate("investment.projects", "2026-11-28");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.MISSING);
        assertThat(Messages.vi().format(finding.reason())).doesNotContain("năm 2026");
    }

    @Test
    void theInvestmentListItselfStillCountsOnTheSameSite() {
        Finding finding = site().page("/keu-goi-dau-tu", Html.page("Kêu gọi đầu tư - Sở Kế hoạch và Đầu tư",
                        "<h1>Kêu gọi đầu tư</h1>" + Markup.SHAREPOINT.list("Kêu gọi đầu tư",
                                Html.rows("Danh mục dự án kêu gọi đầu tư vào khu kinh tế Dung Quất@10/10/2026"))))
                .evaluate("investment.projects", "2026-11-28");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("10/10/2026").doesNotContain("gồm những dự án nào");
    }

    @Test
    void aSitesOwnNameInEveryTitleNamesNoSection() {
        // "Sở Kế hoạch và Đầu tư" is in every title; the news page is not an investment section
        Finding finding = Sites.portal()
                .home(Html.page("Trang chủ - Sở Kế hoạch và Đầu tư", Html.nav("Tin tức=/tin-tuc", "Giới thiệu=/gioi-thieu")))
                .page("/tin-tuc", Html.page("Tin tức - Sở Kế hoạch và Đầu tư", "<h1>Tin tức</h1>"
                        + Markup.PLAIN.list("Tin tức", Html.rows("Hội nghị tổng kết công tác năm 2026@25/11/2026"))))
                .page("/gioi-thieu", Html.page("Giới thiệu - Sở Kế hoạch và Đầu tư", "<h1>Giới thiệu</h1><p>Chức năng.</p>"))
                .evaluate("investment.projects", "2026-11-28");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.MISSING);
    }

    @Test
    void aPlanNamedInAQuestionIsNotThePlan() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Hỏi đáp=/hoi-dap")))
                .page("/hoi-dap", Html.page("Hỏi đáp", "<h1>Hỏi đáp</h1>" + Markup.PLAIN.list("Câu hỏi",
                        Html.rows("Kế hoạch phát triển kinh tế - xã hội năm 2026 có chỉ tiêu gì?@20/11/2026"))))
                .evaluate("planning.annual-plan", "2026-11-28");

        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.MISSING);
    }
}
