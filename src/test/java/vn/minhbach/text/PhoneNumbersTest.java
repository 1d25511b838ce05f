package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Điện thoại: 0255.3714507                        | 02553714507:LANDLINE
            (0255) 3 714 507                                | 02553714507:LANDLINE
            ĐT: 0255 3714 507                               | 02553714507:LANDLINE
            Tel: +84 255 3714507                            | 02553714507:LANDLINE
            ĐT: 024.38256789                                | 02438256789:LANDLINE
            Fax: 028-3829-1234                              | 02838291234:LANDLINE
            Hotline: 0905.123.456                           | 0905123456:MOBILE
            +84 905 123 456                                 | 0905123456:MOBILE
            84905123456                                     | 0905123456:MOBILE
            (+84) 905 123 456                               | 0905123456:MOBILE
            0084 905 123 456                                | 0905123456:MOBILE
            Di động 0905-123-456                            | 0905123456:MOBILE
            Zalo 0355123456                                 | 0355123456:MOBILE
            Đường dây nóng: 0255.1022                       | 02551022:HOTLINE_1022
            Cà Mau: 0290 1022                               | 02901022:HOTLINE_1022
            Gọi 1022 để được hỗ trợ                         | 1022:HOTLINE_1022
            Tổng đài 1800 1091                              | 18001091:TOLL_FREE_1800
            Miễn phí 1800.599.920                           | 1800599920:TOLL_FREE_1800
            Tổng đài 1900 1234                              | 19001234:PREMIUM_1900
            Hỗ trợ: 1900.123.456                            | 1900123456:PREMIUM_1900
            Điện thoại: 0255.3714507 - Fax: 0255.3714508    | 02553714507:LANDLINE; 02553714508:LANDLINE
            0255.3714507 0905123456                         | 02553714507:LANDLINE; 0905123456:MOBILE
            Đường dây nóng: 0255.1022 hoặc 1022             | 02551022:HOTLINE_1022; 1022:HOTLINE_1022
            ĐT 0255.3714507 ngày 24/12/2022 số 125/KH-UBND  | 02553714507:LANDLINE
            ĐT: 0255.3822.123/3822.456                      | 02553822123:LANDLINE
            ĐT (0255)3822123                                | 02553822123:LANDLINE
            Phone: +84-255-3822-123                         | 02553822123:LANDLINE
            Hotline 19001234, 1800 6606                     | 19001234:PREMIUM_1900; 18006606:TOLL_FREE_1800
            """)
    void findsPhoneNumbers(String text, String expected) {
        for (String variant : List.of(text, Normalizer.normalize(text, Normalizer.Form.NFD), text.replace(' ', '\u00A0'))) {
            assertThat(render(PhoneNumbers.findAll(variant))).as(variant).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ngày 01/10/2021
            24.12.2022
            08:30 24/12/2022
            125/KH-UBND
            42/2022/NĐ-CP
            Giá 1.500.000 đồng
            giá 1.900.000 đồng
            năm 2026
            Mã bưu chính 570000
            giai đoạn 2021-2025
            Quyết định 1022/QĐ-UBND
            Văn bản số 1022
            MST: 0305123456
            Số tài khoản: 0905123456
            0123456789
            12345678901
            Phòng 1900
            Lượt xem: 19001
            090512345678
            Ký hiệu 1022/2024
            Năm 2024 có 1.022 hồ sơ
            """)
    void findsNoPhoneNumber(String text) {
        assertThat(PhoneNumbers.findAll(text)).isEmpty();
    }

    @Test
    void keepsTheWrittenForm() {
        assertThat(PhoneNumbers.findAll("Liên hệ (0255) 3 714 507.")).singleElement()
                .extracting(PhoneNumber::raw).isEqualTo("(0255) 3 714 507");
        assertThat(PhoneNumbers.findAll("Hotline: 0905.123.456, fax 0255.3714508")).extracting(PhoneNumber::raw)
                .containsExactly("0905.123.456", "0255.3714508");
        assertThat(PhoneNumbers.findAll(null)).isEmpty();
    }

    private static String render(List<PhoneNumber> numbers) {
        return numbers.stream().map(p -> p.digits() + ":" + p.kind()).collect(Collectors.joining("; "));
    }

    /**
     * A long run of digit groups ("1.2.3.…" in a table of figures) overflowed the stack: the run's pattern is
     * matched one stack frame deeper for each group. A run is now read at most 64 groups at a time.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12.            | 100000 | 0
            1-2-           | 100000 | 0
            1 1            | 100000 | 0
            (1) +2.        | 50000  | 0
            0905.123.456 - | 20     | 20
            """)
    void longRunsOfDigitGroupsAreReadWithoutOverflow(String unit, int repeats, int numbers) {
        assertThat(PhoneNumbers.findAll(unit.repeat(repeats) + " x")).hasSize(numbers);
    }
}
