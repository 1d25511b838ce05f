package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

class QaTest {

    /** Questions "question@asked@answered" separated by ";" (answered may be empty), in a Liferay list or a SharePoint grid. */
    private static String questions(boolean sharePoint, String spec) {
        List<String[]> rows = Arrays.stream(spec.split(";")).map(String::strip).map(q -> q.split("@", -1)).toList();
        int[] n = {0};
        if (sharePoint) {
            return "<table id=\"ctl00_gvHoiDap\"><tr><th>STT</th><th>Câu hỏi</th><th>Ngày gửi</th><th>Ngày trả lời</th></tr>"
                    + rows.stream().map(r -> "<tr><td>" + ++n[0] + "</td><td><a href=\"ChiTiet.aspx?ItemID=" + n[0] + "\">" + r[0]
                    + "</a></td><td>" + r[1] + "</td><td>" + r[2] + "</td></tr>").collect(Collectors.joining()) + "</table>";
        }
        return "<div class=\"portlet-body\">" + rows.stream().map(r -> "<div class=\"qa-item\"><a href=\"/hoi-dap/" + ++n[0] + "\">"
                + r[0] + "</a><p>Ngày hỏi: " + r[1] + "</p><p>Ngày trả lời: " + r[2] + "</p></div>")
                .collect(Collectors.joining()) + "</div>";
    }

    private static Sites portal(boolean sharePoint, String spec) {
        return Sites.portal().home(Html.page("Trang chủ", Html.nav("Hỏi - Đáp=/hoi-dap")))
                .page("/hoi-dap", Html.page("Hỏi đáp trực tuyến", "<h1>Hỏi đáp</h1>" + questions(sharePoint, spec)));
    }

    @ParameterizedTest(name = "{0} {2}: {3}")
    @CsvSource(delimiter = '^', textBlock = """
        false ^ Thủ tục cấp sổ đỏ như thế nào?@02/08/2026@30/08/2026; Xin giấy phép kinh doanh ở đâu?@10/03/2026@12/03/2026 ^ 2026-11-28 ^ PASS  ^ 30/08/2026 (90 ngày trước, trong hạn 90 ngày)
        true  ^ Thủ tục cấp sổ đỏ như thế nào?@02/08/2026@29/08/2026 ^ 2026-11-28 ^ STALE ^ 29/08/2026 (91 ngày trước, quá hạn 90 ngày)
        false ^ Thời hạn nộp thuế đất là khi nào?@20/11/2026@ ^ 2026-11-28 ^ PASS ^ 20/11/2026
        """)
    void newestAnswerDecides(boolean sharePoint, String spec, String asOf, Verdict verdict, String reason) {
        Finding finding = portal(sharePoint, spec).evaluate("qa.section", asOf);
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
    }

    @Test
    void sectionPostsDecideWhenNoPairIsReadable() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Markup.LIFERAY.list("HỎI – ĐÁP",
                Html.rows("Trả lời kiến nghị của cử tri xã An Vĩnh về đường giao thông@10/11/2026")))).evaluate("qa.section", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(finding.reason())).contains("Bài mới nhất của chuyên mục hỏi - đáp");
    }

    @Test
    void sectionWithoutAnyDateIsUnknown() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Giải đáp=/giai-dap")))
                .page("/giai-dap", Html.page("Giải đáp", "<h1>Giải đáp</h1><p>Chưa có câu hỏi.</p>")).evaluate("qa.section", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void legalQaSectionIsNotTheCitizensQaSection() {
        Sites site = Sites.portal().home(Html.page("Trang chủ", Markup.PLAIN.list("Hỏi đáp pháp luật",
                Html.rows("Quy định về xử phạt vi phạm giao thông đường thủy@10/11/2026"))));
        assertThat(site.evaluate("qa.section", "2026-11-28").status()).isEqualTo(Verdict.MISSING);
        assertThat(site.evaluate("section.legal-qa", "2026-11-28").status()).isEqualTo(Verdict.PASS);
    }

    @Test
    void unreachedQaLinkIsUnknownForBothQaItems() {
        Sites site = Sites.portal().home(Html.page("Trang chủ", Html.nav("Hỏi đáp=/hd"))).unreached("/hd", 503, "Hỏi đáp");
        assertThat(site.evaluate("qa.section", "2026-11-28").status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(site.evaluate("qa.response-time", "2026-11-28").status()).isEqualTo(Verdict.UNKNOWN);
    }

    @ParameterizedTest(name = "{1}: {2} {3}")
    @CsvSource(delimiter = '^', textBlock = """
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2025@03/03/2025; Xin giấy phép kinh doanh ở đâu?@02/03/2025@05/03/2025; Thời hạn nộp thuế đất là khi nào?@03/03/2025@07/03/2025 ^ 2025-06-01 ^ PASS ^ 3.0
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2025@04/03/2025; Xin giấy phép kinh doanh ở đâu?@02/03/2025@06/03/2025; Thời hạn nộp thuế đất là khi nào?@03/03/2025@07/03/2025 ^ 2025-06-01 ^ FAIL ^ 4.0
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2024@04/03/2024; Xin giấy phép kinh doanh ở đâu?@02/03/2024@05/03/2024; Thời hạn nộp thuế đất là khi nào?@03/03/2024@07/03/2024; Đăng ký tạm trú cần giấy tờ gì?@04/03/2024@08/03/2024 ^ 2024-12-31 ^ PASS ^ 3.5
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2024@04/03/2024; Xin giấy phép kinh doanh ở đâu?@02/03/2024@05/03/2024; Thời hạn nộp thuế đất là khi nào?@03/03/2024@07/03/2024; Đăng ký tạm trú cần giấy tờ gì?@04/03/2024@08/03/2024 ^ 2025-01-01 ^ FAIL ^ 3.5
        """)
    void medianDaysAgainstTheTargetInForce(String spec, String asOf, Verdict verdict, double median) {
        Finding finding = portal(asOf.endsWith("01"), spec).evaluate("qa.response-time", asOf);
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(finding.figures()).containsEntry("medianDays", median);
        assertThat(finding.figures().get("answered")).isEqualTo(spec.split(";").length);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '^', textBlock = """
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2026@03/03/2026; Xin giấy phép kinh doanh ở đâu?@02/03/2026@05/03/2026 ^ Chỉ có 2 câu hỏi
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2024@03/03/2024; Xin giấy phép kinh doanh ở đâu?@02/03/2024@05/03/2024; Thời hạn nộp thuế đất là khi nào?@03/03/2024@04/03/2024 ^ Chỉ có 0 câu hỏi
        Thủ tục cấp sổ đỏ như thế nào?@01/03/2026@; Xin giấy phép kinh doanh ở đâu?@02/03/2026@; Thời hạn nộp thuế đất là khi nào?@03/03/2026@ ^ Chỉ có 0 câu hỏi
        """)
    void tooFewDatedQuestionsInTheLastYearIsUnknown(String spec, String reason) {
        Finding finding = portal(true, spec).evaluate("qa.response-time", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains(reason, "cần ít nhất 3");
    }

    @Test
    void workingDaysSkipWeekendsAndConfiguredHolidays() {
        // asked on Friday, answered on Tuesday: 4 calendar days, 2 working days
        String spec = "Thủ tục cấp sổ đỏ như thế nào?@06/03/2026@10/03/2026; Xin giấy phép kinh doanh ở đâu?@13/03/2026@17/03/2026; Thời hạn nộp thuế đất là khi nào?@20/03/2026@24/03/2026";
        Finding calendar = portal(false, spec).evaluate("qa.response-time", "2026-06-01");
        assertThat(calendar.status()).isEqualTo(Verdict.FAIL);
        assertThat(calendar.figures()).containsEntry("medianDays", 4.0).containsEntry("medianWorkingDays", 2.0);

        ChecklistConfig working = Configs.parameter("qa.response-time", ResponseTime.WORKING_DAYS, 1);
        assertThat(portal(false, spec).evaluate("qa.response-time", "2026-06-01", working).status()).isEqualTo(Verdict.PASS);

        ChecklistConfig holiday = new ChecklistConfig(working.items(),
                Set.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23)), Set.of());
        Finding withHoliday = portal(false, spec).evaluate("qa.response-time", "2026-06-01", holiday);
        assertThat(withHoliday.figures()).containsEntry("medianWorkingDays", 1.0);
    }

    @Test
    void evidenceShowsTheSlowestAnswersFirst() {
        Finding finding = portal(false, "Hỏi về lệ phí cấp căn cước công dân?@01/03/2026@02/03/2026; Hỏi về bồi thường giải phóng mặt bằng?@02/03/2026@12/03/2026;"
                + " Hỏi về chế độ cho người có công?@03/03/2026@06/03/2026").evaluate("qa.response-time", "2026-06-01");
        assertThat(finding.evidence()).first().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Hỏi về bồi thường giải phóng mặt bằng?");
            assertThat(Messages.vi().format(e.excerpt())).contains("10 ngày");
        });
        assertThat(finding.latest()).hasToString("2026-03-12");
    }

    @Test
    void noQuestionsAnywhereIsMissing() {
        assertThat(Sites.portal().home(Html.page("Trang chủ", "")).evaluate("qa.response-time", "2026-11-28").status())
                .isEqualTo(Verdict.MISSING);
    }

    @Test
    void targetCanBeOverridden() {
        String spec = "Thủ tục cấp sổ đỏ như thế nào?@01/03/2025@04/03/2025; Xin giấy phép kinh doanh ở đâu?@02/03/2025@06/03/2025; Thời hạn nộp thuế đất là khi nào?@03/03/2025@07/03/2025";
        assertThat(portal(false, spec).evaluate("qa.response-time", "2025-06-01",
                Configs.of("qa.response-time", new vn.minhbach.config.ItemOverride(null, List.of(),
                        vn.minhbach.config.ItemOverride.Selectors.NONE, List.of(), Map.of("target", 5.0)))).status())
                .isEqualTo(Verdict.PASS);
    }

    /** Liferay asset-publisher entries without labels: "Name (dd/mm/yyyy hh:mm)", a bold "Trả lời", "Unit (date)". */
    private static String unlabelled(String spec) {
        StringBuilder out = new StringBuilder("<div class=\"portlet-body\">");
        int n = 0;
        for (String q : spec.split(";")) {
            String[] r = q.strip().split("@", -1);
            out.append("<div class=\"asset-abstract\"><h3 class=\"asset-title\"><a href=\"/hoi-dap/-/asset_publisher/qa/content/")
                    .append(++n).append("\">").append(r[0]).append("</a></h3><p>Kính đề nghị Sở hướng dẫn cụ thể.</p><p>Nguyễn Văn ")
                    .append(n).append(" (").append(r[1]).append(" 08:32)</p><p><strong>Trả lời</strong></p>")
                    .append("<p>Sở hướng dẫn như sau: ông bà liên hệ bộ phận một cửa để được giải quyết.</p>")
                    .append("<p>Phòng Quản lý Báo chí &amp; Xuất bản (").append(r[2]).append(" 15:24)</p></div>");
        }
        return out.append("</div>").toString();
    }

    @Test
    void responseTimeMedianFromPairsWithoutLabels() {
        String spec = "Thủ tục cấp phép xuất bản bản tin?@04/08/2026@15/08/2026; Đăng ký tên miền cho xã?@1/9/2026@6/9/2026;"
                + " Cấp phép hạ tầng viễn thông thụ động?@03/10/2026@10/10/2026";
        Sites site = Sites.portal().home(Html.page("Trang chủ", Html.nav("Hỏi - Đáp=/hoi-dap")))
                .page("/hoi-dap", Html.page("Hỏi đáp", "<h1>Hỏi đáp</h1>" + unlabelled(spec)));

        Finding time = site.evaluate("qa.response-time", "2026-11-28");
        assertThat(time.status()).as(Messages.vi().format(time.reason())).isEqualTo(Verdict.FAIL);
        assertThat(time.figures()).containsEntry("medianDays", 7.0).containsEntry("answered", 3.0);
        Finding section = site.evaluate("qa.section", "2026-11-28");
        assertThat(section.status()).as(Messages.vi().format(section.reason())).isEqualTo(Verdict.PASS);
        assertThat(Messages.vi().format(section.reason())).contains("10/10/2026", "3 câu hỏi - đáp đọc được");
    }
}
