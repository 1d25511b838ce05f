package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

class BudgetExecutionTest {
    private static final String ID = "budget.execution";

    private static Sites portalWith(Markup markup, String rows) {
        return Sites.portal()
                .home(Html.page("Trang chủ", Html.nav("Trang chủ=/", "Công khai tài chính - ngân sách=/ngan-sach")))
                .page("/ngan-sach", Html.page("Công khai tài chính - ngân sách",
                        markup.list("Công khai tài chính - ngân sách", Html.rows(rows))));
    }

    @ParameterizedTest(name = "{2} {0}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        LIFERAY    | Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026@14/07/2026 | 2026-11-28 | STALE | Thiếu báo cáo 9 tháng năm 2026 (hạn 15/10/2026); báo cáo mới nhất: 6 tháng đầu năm 2026 (14/07/2026)
        SHAREPOINT | Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026@14/07/2026 | 2026-10-15 | PASS  | kỳ đến hạn gần nhất: 6 tháng đầu năm 2026 (hạn 15/07/2026)
        PLAIN      | Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026@14/07/2026 | 2026-10-16 | STALE | Thiếu báo cáo 9 tháng năm 2026 (hạn 15/10/2026)
        CARDS      | Công khai thực hiện thu, chi ngân sách 9 tháng năm 2026@12/10/2026             | 2026-11-28 | PASS  | 9 tháng năm 2026 (12/10/2026)
        LIFERAY    | Công khai thực hiện dự toán ngân sách quý III năm 2025@10/10/2025              | 2025-12-31 | PASS  | kỳ đến hạn gần nhất: quý III (9 tháng) năm 2025
        SHAREPOINT | Công khai thực hiện dự toán ngân sách quý III năm 2025@10/10/2025              | 2026-01-15 | PASS  | kỳ đến hạn gần nhất: 9 tháng năm 2025
        LIFERAY    | Công khai thực hiện dự toán ngân sách quý III năm 2025@10/10/2025              | 2026-01-16 | STALE | Thiếu báo cáo cả năm 2025 (hạn 15/01/2026)
        SHAREPOINT | Công khai tình hình thực hiện dự toán ngân sách năm 2025@14/01/2026             | 2026-04-15 | PASS  | năm 2025 (14/01/2026)
        PLAIN      | Công khai tình hình thực hiện dự toán ngân sách năm 2025@14/01/2026             | 2026-04-16 | STALE | Thiếu báo cáo 3 tháng năm 2026 (hạn 15/04/2026)
        PLAIN      | Công khai tình hình thực hiện dự toán ngân sách quý I năm 2025@10/04/2025       | 2025-04-16 | PASS  | quý I năm 2025
        PLAIN      | Công khai tình hình thực hiện dự toán ngân sách quý I năm 2025@10/04/2025       | 2025-07-16 | STALE | Thiếu báo cáo 6 tháng đầu năm 2025 (hạn 15/07/2025)
        CARDS      | Báo cáo tình hình thực hiện ngân sách 9 tháng năm 2026@13/10/2026; Công khai tình hình thực hiện dự toán ngân sách quý I năm 2026@10/04/2026 | 2026-10-20 | PASS | 9 tháng năm 2026
        LIFERAY    | Công khai tình hình thực hiện dự toán ngân sách của đặc khu@10/04/2026            | 2026-10-20 | UNKNOWN | không ghi kỳ báo cáo
        LIFERAY    | Công khai dự toán ngân sách năm 2026@02/01/2026                                   | 2026-10-20 | MISSING | Không thấy báo cáo tình hình thực hiện
        """)
    void latestPeriodWhoseDeadlineHasPassedMustBeThere(Markup markup, String rows, String asOf, Verdict verdict,
                                                       String reason) {
        Finding finding = portalWith(markup, rows).evaluate(ID, asOf);
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-04-15, 2025-12, 2026-01-15",
        "2026-04-16, 2026-03, 2026-04-15",
        "2026-07-15, 2026-03, 2026-04-15",
        "2026-07-16, 2026-06, 2026-07-15",
        "2026-10-16, 2026-09, 2026-10-15",
        "2027-01-16, 2026-12, 2027-01-15",
        "2026-01-15, 2025-09, 2025-10-15",
    })
    void duePeriodOnTheAuditDate(LocalDate asOf, String end, LocalDate deadline) {
        var due = BudgetExecution.due(asOf, 15);
        assertThat(due.end()).hasToString(end);
        assertThat(due.deadline()).isEqualTo(deadline);
    }

    @Test
    void staleFindingNamesWhatIsExpectedAndTheNewestEvidence() {
        Finding finding = portalWith(Markup.LIFERAY, "Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026@14/07/2026;"
                + "Công khai tình hình thực hiện dự toán ngân sách quý I năm 2026@12/04/2026").evaluate(ID, "2026-11-28");
        assertThat(Messages.vi().format(finding.expected())).isEqualTo("báo cáo 9 tháng năm 2026, hạn 15/10/2026");
        assertThat(finding.latest()).hasToString("2026-07-14");
        assertThat(finding.evidence()).extracting(Evidence::title).first().asString().contains("6 tháng đầu năm 2026");
        assertThat(finding.rule().version()).isEqualTo("2026-01-01..");
    }

    @Test
    void dueDaysCanBeOverridden() {
        Sites site = portalWith(Markup.PLAIN, "Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026@14/07/2026");
        assertThat(site.evaluate(ID, "2026-10-20").status()).isEqualTo(Verdict.STALE);
        assertThat(site.evaluate(ID, "2026-10-20", Configs.parameter(ID, BudgetExecution.DUE_DAYS, 30)).status())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void reportDatedAfterTheAuditDateStillCountsByItsPeriodButShowsNoDate() {
        Finding finding = portalWith(Markup.PLAIN, "Công khai tình hình thực hiện dự toán ngân sách 9 tháng năm 2026@12/12/2026")
                .evaluate(ID, "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).isNull();
    }

    @Test
    void staleReasonWarnsWhenAPageThatMayHoldTheReportFailed() {
        Finding finding = portalWith(Markup.LIFERAY, "Công khai tình hình thực hiện dự toán ngân sách 6 tháng đầu năm 2026@14/07/2026")
                .unreached("/ngan-sach?page=2", 503, "Công khai ngân sách - trang 2").evaluate(ID, "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.STALE);
        assertThat(Messages.vi().format(finding.reason())).endsWith("Lưu ý: không tải được " + Sites.PORTAL + "ngan-sach?page=2 (HTTP 503), nơi có thể"
                + " có bản mới hơn.");
    }
}
