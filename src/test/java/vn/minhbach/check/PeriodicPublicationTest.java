package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

class PeriodicPublicationTest {

    private static Sites portalWith(Markup markup, String section, String rows) {
        return Sites.portal()
                .home(Html.page("Trang chủ", Html.nav("Trang chủ=/", section + "=/chuyen-muc")))
                .page("/chuyen-muc", Html.page(section, "<h1>" + section + "</h1>" + markup.list(section, Html.rows(rows))));
    }

    @ParameterizedTest(name = "{0} {3} {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
        planning.annual-plan | LIFERAY    | Kế hoạch phát triển kinh tế - xã hội năm 2026@15/01/2026             | 2026-11-28 | PASS  | năm 2026
        planning.annual-plan | SHAREPOINT | Kế hoạch phát triển KT-XH năm 2025@10/01/2025                         | 2026-01-31 | PASS  | còn trong thời hạn đến 31/01/2026
        planning.annual-plan | PLAIN      | Kế hoạch phát triển KT-XH năm 2025@10/01/2025                         | 2026-02-01 | STALE | Chưa thấy kế hoạch phát triển kinh tế - xã hội năm 2026; bản mới nhất: năm 2025
        planning.annual-plan | CARDS      | KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026@20/12/2025               | 2026-02-01 | PASS  | năm 2026
        planning.annual-plan | PLAIN      | Báo cáo tình hình KT-XH năm 2025 và kế hoạch phát triển kinh tế - xã hội năm 2026@22/12/2025 | 2026-05-01 | PASS | năm 2026
        planning.annual-plan | LIFERAY    | Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025@01/03/2021 | 2026-05-01 | MISSING | Không thấy
        planning.annual-plan | LIFERAY    | Kế hoạch phát triển kinh tế - xã hội của đặc khu@01/03/2026           | 2026-05-01 | UNKNOWN | không ghi năm
        planning.land-use    | LIFERAY    | Quyết định phê duyệt kế hoạch sử dụng đất năm 2025@20/01/2025          | 2026-03-31 | PASS  | còn trong thời hạn đến 31/03/2026
        planning.land-use    | SHAREPOINT | Quyết định phê duyệt kế hoạch sử dụng đất năm 2025@20/01/2025          | 2026-04-01 | STALE | năm 2026
        planning.land-use    | PLAIN      | Quy hoạch sử dụng đất đến năm 2030 và kế hoạch sử dụng đất năm 2026@02/02/2026 | 2026-04-01 | PASS | năm 2026
        planning.five-year-plan | LIFERAY | Kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2021 - 2025@01/03/2021 | 2024-09-01 | PASS | giai đoạn 2021 - 2025
        planning.five-year-plan | CARDS   | Kế hoạch phát triển KT-XH 5 năm 2021-2025@01/03/2021                  | 2026-06-30 | PASS  | còn trong thời hạn đến 30/06/2026
        planning.five-year-plan | PLAIN   | Kế hoạch phát triển KT-XH 5 năm 2021-2025@01/03/2021                  | 2026-07-01 | STALE | bản mới nhất: giai đoạn 2021 - 2025
        planning.five-year-plan | SHAREPOINT | Kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 - 2030@10/01/2026 | 2026-07-01 | PASS | giai đoạn 2026 - 2030
        budget.estimate      | SHAREPOINT | Công khai dự toán ngân sách năm 2026@30/12/2025                        | 2026-11-28 | PASS  | năm 2026
        budget.estimate      | LIFERAY    | Công khai số liệu dự toán ngân sách địa phương năm 2025@05/01/2025     | 2026-01-31 | PASS  | còn trong thời hạn
        budget.estimate      | PLAIN      | Công khai số liệu dự toán ngân sách địa phương năm 2025@05/01/2025     | 2026-02-01 | STALE | năm 2026
        budget.estimate      | PLAIN      | Công khai tình hình thực hiện dự toán ngân sách quý I năm 2026@10/04/2026 | 2026-05-01 | MISSING | Không thấy công khai dự toán
        budget.final-accounts | LIFERAY   | Công khai quyết toán ngân sách năm 2024@20/08/2025                     | 2026-11-28 | PASS  | năm 2024
        budget.final-accounts | CARDS     | Công khai quyết toán ngân sách năm 2023@20/08/2024                     | 2026-01-01 | STALE | Chưa thấy công khai quyết toán ngân sách năm 2024
        budget.final-accounts | SHAREPOINT | Công khai quyết toán ngân sách năm 2023@20/08/2024                    | 2025-12-31 | PASS  | năm 2023
        """)
    void editionDueOnTheAuditDate(String id, Markup markup, String rows, String asOf, Verdict verdict, String reason) {
        Finding finding = portalWith(markup, "Công khai - Kế hoạch", rows).evaluate(id, asOf);
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
    }

    @ParameterizedTest
    @CsvSource({"NFD", "NFC"})
    void decomposedTitlesMatchAsComposedOnes(Normalizer.Form form) {
        String title = Normalizer.normalize("Kế hoạch sử dụng đất năm 2026", form);
        Finding finding = portalWith(Markup.PLAIN, "Đất đai", title + "@01/02/2026").evaluate("planning.land-use", "2026-06-01");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).hasToString("2026-02-01");
        assertThat(finding.evidence()).first().satisfies(e -> assertThat(e.url()).hasToString(Sites.PORTAL + "bai-viet/1"));
    }

    @Test
    void postPageAloneCountsWithItsOwnDate() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/kh\">Kế hoạch năm</a>"))
                .page("/kh", Html.post("Quy hoạch - Kế hoạch", "Kế hoạch phát triển kinh tế - xã hội năm 2026",
                        "Ngày đăng: 08/01/2026"))
                .evaluate("planning.annual-plan", "2026-03-01");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.latest()).hasToString("2026-01-08");
        assertThat(Messages.vi().format(finding.expected())).contains("năm 2026");
    }

    @Test
    void graceMonthsCanBeOverridden() {
        Sites site = portalWith(Markup.PLAIN, "Kế hoạch", "Kế hoạch phát triển KT-XH năm 2025@10/01/2025");
        assertThat(site.evaluate("planning.annual-plan", "2026-02-15",
                Configs.parameter("planning.annual-plan", PeriodicPublication.GRACE, 2)).status()).isEqualTo(Verdict.PASS);
        assertThat(site.evaluate("planning.annual-plan", "2026-02-15").status()).isEqualTo(Verdict.STALE);
    }

    @Test
    void overridePatternAcceptsALocalTitle() {
        Sites site = portalWith(Markup.LIFERAY, "Kế hoạch", "Nghị quyết về nhiệm vụ năm 2026 của đặc khu@10/01/2026");
        assertThat(site.evaluate("planning.annual-plan", "2026-03-01").status()).isEqualTo(Verdict.MISSING);
        assertThat(site.evaluate("planning.annual-plan", "2026-03-01",
                Configs.pattern("planning.annual-plan", "nghi quyet ve nhiem vu nam \\d{4}")).status())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void missingNamesWhereItLooked() {
        Finding finding = portalWith(Markup.PLAIN, "Quy hoạch - Kế hoạch", "Thông báo lịch tiếp công dân tháng 3@01/03/2026")
                .evaluate("planning.annual-plan", "2026-03-10");
        assertThat(finding.status()).isEqualTo(Verdict.MISSING);
        assertThat(finding.evidence()).extracting(e -> e.url().toString())
                .contains(Sites.PORTAL, Sites.PORTAL + "chuyen-muc");
        assertThat(finding.evidence()).allSatisfy(e -> assertThat(Messages.vi().format(e.excerpt())).startsWith("Đã tìm"));
    }
}
