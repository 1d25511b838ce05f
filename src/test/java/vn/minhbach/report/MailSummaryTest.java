package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;

/** The words of the e-mailed summary: subject, text and HTML bodies. */
class MailSummaryTest {
    private final AuditRun run = ReportFixture.run();
    private final Changes changes = new Changes("41", LocalDate.of(2026, 11, 27), List.of("qa.response-time"),
            List.of("contact.hotline"), List.of(new Changes.StillFailing("budget.execution", LocalDate.of(2026, 10, 16), 43)));

    @Test
    void theSubjectNamesTheOrganisationTheDateAndTheCountsInTheReportsWords() {
        assertThat(MailSummary.audit(run, changes).subject()).isEqualTo("[minhbach] UBND đặc khu Lý Sơn 28/11/2026: "
                + "3 Đạt, 1 Chưa cập nhật, 1 Không có, 3 Không đạt, 1 Không xác định, 1 Không áp dụng");
    }

    @Test
    void theTextLeadsWithTheChangesThenWhatFailsForHowLongWithLinks() {
        String text = MailSummary.audit(run, changes).text();
        assertThat(text).startsWith("UBND đặc khu Lý Sơn — kiểm tra ngày 28/11/2026\nĐiểm ");
        assertThat(text.indexOf("Thay đổi so với lần kiểm tra 27/11/2026:"))
                .isLessThan(text.indexOf("Các mục chưa đạt: 6"));
        assertThat(text).contains("Mới không đạt: 1\n  - qa.response-time — Thời gian trả lời câu hỏi: Không đạt\n")
                .contains("Đã khắc phục: 1\n  - contact.hotline — Đường dây nóng trên trang chủ: Đạt\n")
                .contains("budget.execution — Công khai tình hình thực hiện dự toán ngân sách: Chưa cập nhật, "
                        + "từ 16/10/2026 (43 ngày)")
                .contains("qa.response-time — Thời gian trả lời câu hỏi: Không đạt, mới, từ lần kiểm tra này")
                .contains("\n    https://lyson.quangngai.gov.vn/")
                .contains("report.html")
                // The reason with a line break stays on its line.
                .contains("Trang \"Hỏi đáp\" trả về 503, 3 lần thử; không thể kết luận")
                .doesNotContain("planning.annual-plan", "section.tax-and-life");
    }

    @Test
    void theHtmlShowsTheSameEscapedWithClickableLinksOnly() {
        Document html = Jsoup.parse(MailSummary.audit(run, changes).html());
        assertThat(html.select("h1").text()).isEqualTo("UBND đặc khu Lý Sơn — kiểm tra ngày 28/11/2026");
        assertThat(html.text()).contains("Mới không đạt: 1", "Đã khắc phục: 1", "Các mục chưa đạt: 6",
                "từ 16/10/2026 (43 ngày)");
        assertThat(html.select("script")).isEmpty();
        assertThat(html.text()).contains("<script>alert(\"x\")</script>");
        assertThat(html.select("a[href]")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("https://"));
    }

    @Test
    void withoutAPreviousAuditItSaysSo() {
        MailSummary.Rendered rendered = MailSummary.audit(run, null);
        assertThat(rendered.text()).contains("Chưa có lần kiểm tra trước để so sánh.")
                .doesNotContain("Thay đổi so với", "(43 ngày)");
        assertThat(Jsoup.parse(rendered.html()).text()).contains("Chưa có lần kiểm tra trước để so sánh.");
    }
}
