package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ngày xác thực: 07/12/2020                                   | 2020-12-07
            Ngày xác thực 07/12/2020 Ngày đăng công báo 26/03/2021      | 2020-12-07 2021-03-26
            Ngày ban hành 27/11/2015 Loại văn bản Bộ luật Ngày có hiệu lực 01/01/2018 Ngày đăng công báo 31/12/2015 | 2015-11-27 2018-01-01 2015-12-31
            01/10/2021 15:53                                            | 2021-10-01
            28/06/2022 08:31 AM                                         | 2022-06-28
            13:39 - 01/08/2022                                          | 2022-08-01
            Cập nhật lúc 08:30, Thứ Hai, 24/12/2022 (GMT+7)             | 2022-12-24
            Cập nhật lúc 00:47, Thứ Bảy, 24/12/2022 (GMT+7)             | 2022-12-24
            lúc 18:20:15 ngày 02/06/2023                                | 2023-06-02
            Ngày đăng bài: 27/10/2020                                   | 2020-10-27
            (08:15 05/03/2026)                                          | 2026-03-05
            Đăng ngày 5/3/2026                                          | 2026-03-05
            15-03-2026                                                  | 2026-03-15
            15.03.2026                                                  | 2026-03-15
            ngày 31 tháng 8 năm 2021                                    | 2021-08-31
            Hà Nội, ngày 24 tháng 6 năm 2022                            | 2022-06-24
            Quảng Ngãi, ngày 05 tháng 01 năm 2026                       | 2026-01-05
            ngày 05 tháng 01, năm 2026                                  | 2026-01-05
            2026-03-05                                                  | 2026-03-05
            Xuất bản 2026-03-05T08:00:00+07:00                          | 2026-03-05
            2026-03-04T20:00:00Z                                        | 2026-03-05
            (từ ngày 27/9-01/10/2021)                                   | 2021-09-27 2021-10-01
            từ 28/12 đến ngày 03/01/2022                                | 2021-12-28 2022-01-03
            Số: 125/KH-UBND ngày 01/02/2026                             | 2026-02-01
            Nghị định 42/2022/NĐ-CP ngày 24 tháng 6 năm 2022            | 2022-06-24
            Điện thoại: 0255.3714507 - Cập nhật 03/03/2026              | 2026-03-03
            Lượt xem: 1234 - 20/01/2026 - 10:05                         | 2026-01-20
            ngày 29/02/2024                                             | 2024-02-29
            hiệu lực từ 01/07/2026 đến 31/12/2030                       | 2026-07-01 2030-12-31
            Từ 01/10/2021-05/10/2021                                    | 2021-10-01 2021-10-05
            ngày 5 tháng 10 năm 2021 đến ngày 10 tháng 10 năm 2021      | 2021-10-05 2021-10-10
            """)
    void findsEveryDateInOrder(String text, String expected) {
        List<LocalDate> want = Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
        for (String variant : variants(text)) {
            assertThat(VietDates.findAll(variant)).as(variant).isEqualTo(want);
        }
        assertThat(VietDates.first(text)).contains(want.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            31/02/2021
            13/13/2021
            29/02/2023
            00/01/2021
            ngày 2 tháng 9 năm 1945
            12/12/1989
            01/01/2101
            0255.3714507
            (0255) 3 714 507
            125/KH-UBND
            42/2022/NĐ-CP
            101/2015/QH13
            1.500.000 đồng
            phiên bản 1.2.3
            giai đoạn 2021-2025
            tháng 11/2026
            quý 1/2026
            101.2015.QH13.doc
            /documents/12/10/2021/abc.pdf
            16/72/2020
            31/02/2024
            Showing 1 - 10 of 12 results
            Hiển thị 1 - 10 của 1250 kết quả
            Trang 1/2025
            """)
    void ignoresWhatIsNotADate(String text) {
        for (String variant : variants(text)) {
            assertThat(VietDates.findAll(variant)).as(variant).isEmpty();
        }
        assertThat(VietDates.first(text)).isEmpty();
    }

    @Test
    void stampsGiveWhereEachDateIsWritten() {
        String text = "Nguyễn Văn A (04/08/2016 08:32) - ngày 5 tháng 9 năm 2016";
        assertThat(VietDates.stamps(text)).extracting(VietDates.Stamp::date, VietDates.Stamp::start, VietDates.Stamp::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 8, 4), 14, 24),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 9, 5), 39, 57));
        assertThat(VietDates.stamps("1/2/2024")).singleElement().satisfies(s -> {
            assertThat(s.date()).isEqualTo(LocalDate.of(2024, 2, 1));
            assertThat(s.end()).isEqualTo(8);
        });
    }

    @Test
    void upperCaseWordDates() {
        assertThat(VietDates.findAll("NGÀY 05 THÁNG 01 NĂM 2026")).containsExactly(LocalDate.of(2026, 1, 5));
    }

    @Test
    void latestSkipsFutureDates() {
        String text = "Ban hành 01/02/2026, hiệu lực 15/02/2026 đến 31/12/2030; ngày 10/01/2026";
        assertThat(VietDates.latest(text, LocalDate.of(2026, 3, 1))).contains(LocalDate.of(2026, 2, 15));
        assertThat(VietDates.latest(text, LocalDate.of(2026, 1, 31))).contains(LocalDate.of(2026, 1, 10));
        assertThat(VietDates.latest(text, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(VietDates.findAll(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-05                          | 2026-03-05
            2026-03-05T08:00:00+07:00           | 2026-03-05
            ' 2026-03-05T08:00:00.123+0700 '    | 2026-03-05
            2026-03-04T18:00:00Z                | 2026-03-05
            2026-03-04T16:59:59Z                | 2026-03-04
            2026-03-05T08:00:00                 | 2026-03-05
            2026-03-05 08:00:00                 | 2026-03-05
            2026-03-05T23:30:00-05:00           | 2026-03-06
            05/03/2026 08:00                    | 2026-03-05
            2026-02-30                          | ''
            abc                                 | ''
            ''                                  | ''
            """)
    void parsesAttributeValues(String value, String expected) {
        Optional<LocalDate> want = expected.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(expected));
        assertThat(VietDates.parseIso(value)).isEqualTo(want);
    }

    @Test
    void readsTheSavedVbplSearchPageRowDates() {
        String row = "Luật 31/VBHN-VPQH hợp nhất Luật Xử lý vi phạm hành chính Thuộc tính Lược đồ Bản in "
                + "31.VBHN.VPQH.doc Ngày xác thực: 07/12/2020";
        assertThat(VietDates.findAll(row)).containsExactly(LocalDate.of(2020, 12, 7));
    }

    /** The text as written, decomposed (NFD), with NBSP spaces, and in upper case. */
    static List<String> variants(String text) {
        return List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD), text.replace(' ', '\u00A0'),
                text.toUpperCase(Locale.ROOT));
    }
}
