package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Báo cáo năm 2026                                             | YEAR/2026/0/2026-01-01/2026-12-31
            Dự toán cả năm 2025                                          | YEAR/2025/0/2025-01-01/2025-12-31
            Kế hoạch quý I năm 2026                                      | QUARTER/2026/1/2026-01-01/2026-03-31
            Báo cáo quý 1/2026                                           | QUARTER/2026/1/2026-01-01/2026-03-31
            Báo cáo Quý III-2026                                         | QUARTER/2026/3/2026-07-01/2026-09-30
            Quý IV/2025                                                  | QUARTER/2025/4/2025-10-01/2025-12-31
            Báo cáo quý 2 năm 2026                                       | QUARTER/2026/2/2026-04-01/2026-06-30
            Số liệu Q3/2026                                              | QUARTER/2026/3/2026-07-01/2026-09-30
            Báo cáo 6 tháng đầu năm 2026                                 | HALF_YEAR/2026/1/2026-01-01/2026-06-30
            Báo cáo sáu tháng đầu năm 2026                               | HALF_YEAR/2026/1/2026-01-01/2026-06-30
            Tình hình 6 tháng năm 2026                                   | HALF_YEAR/2026/1/2026-01-01/2026-06-30
            Kế hoạch 6 tháng cuối năm 2026                               | HALF_YEAR/2026/2/2026-07-01/2026-12-31
            Công khai dự toán 06 tháng đầu năm 2025                      | HALF_YEAR/2025/1/2025-01-01/2025-06-30
            Báo cáo 9 tháng năm 2026                                     | NINE_MONTHS/2026/0/2026-01-01/2026-09-30
            Ước thực hiện 9 tháng đầu năm 2026                           | NINE_MONTHS/2026/0/2026-01-01/2026-09-30
            Báo cáo tháng 11 năm 2026                                    | MONTH/2026/11/2026-11-01/2026-11-30
            Lịch công tác tháng 2/2024                                   | MONTH/2024/2/2024-02-01/2024-02-29
            Kế hoạch giai đoạn 2021 - 2025                               | MULTI_YEAR/2021/0/2021-01-01/2025-12-31
            Quy hoạch 2021-2030                                          | MULTI_YEAR/2021/0/2021-01-01/2030-12-31
            Chiến lược giai đoạn 2026–2030                               | MULTI_YEAR/2026/0/2026-01-01/2030-12-31
            Kế hoạch đầu tư công 5 năm 2021 - 2025                       | MULTI_YEAR/2021/0/2021-01-01/2025-12-31
            Kế hoạch từ năm 2026 đến năm 2030                            | MULTI_YEAR/2026/0/2026-01-01/2030-12-31
            Năm học 2025-2026                                            | MULTI_YEAR/2025/0/2025-01-01/2026-12-31
            Công khai dự toán ngân sách năm 2026 và quyết toán năm 2024  | YEAR/2026/0/2026-01-01/2026-12-31; YEAR/2024/0/2024-01-01/2024-12-31
            Báo cáo quý I và kế hoạch quý II năm 2026                    | QUARTER/2026/2/2026-04-01/2026-06-30
            Quyết định ngày 31 tháng 8 năm 2021 về kế hoạch năm 2022     | YEAR/2022/0/2022-01-01/2022-12-31
            Báo cáo 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2026 | HALF_YEAR/2026/2/2026-07-01/2026-12-31
            """)
    void findsPeriodsInTitles(String title, String expected) {
        for (String variant : VietDatesTest.variants(title)) {
            assertThat(render(Periods.findAll(variant))).as(variant).isEqualTo(expected);
        }
        assertThat(render(Periods.first(title).stream().toList())).isEqualTo(expected.split("; ")[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Quyết định 42/2022/NĐ-CP
            Số 125/KH-UBND ngày 01/02/2026
            Quy định về quy hoạch đô thị
            Kế hoạch tháng 13/2026
            Cách mạng tháng Tám năm 1945
            Giai đoạn 2025-2021
            Phòng 2021
            Hà Nội, ngày 24 tháng 6 năm 2022
            Hướng dẫn quý I
            ''
            """)
    void findsNoPeriod(String title) {
        for (String variant : VietDatesTest.variants(title)) {
            assertThat(Periods.findAll(variant)).as(variant).isEmpty();
        }
        assertThat(Periods.first(title)).isEmpty();
    }

    @Test
    void periodKnowsItsDays() {
        Period q = Period.quarter(2026, 1);
        assertThat(q.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(Period.multiYear(2021, 2025).lastYear()).isEqualTo(2025);
        assertThat(Period.year(2026).lastYear()).isEqualTo(2026);
    }

    private static String render(List<Period> periods) {
        return periods.stream()
                .map(p -> p.kind() + "/" + p.year() + "/" + p.number() + "/" + p.start() + "/" + p.end())
                .collect(Collectors.joining("; "));
    }
}
