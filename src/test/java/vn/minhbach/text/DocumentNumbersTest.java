package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Luật 31/VBHN-VPQH hợp nhất Luật Xử lý vi phạm hành chính     | 31/VBHN-VPQH
            Luật 23/VBHN-VPQH Ban hành văn bản quy phạm pháp luật         | 23/VBHN-VPQH
            Số ký hiệu 101/2015/QH13 Ngày ban hành 27/11/2015             | 101/2015/QH13
            Nghị định số 42/2022/NĐ-CP ngày 24/6/2022                     | 42/2022/NĐ-CP
            Quyết định 12/2025/QĐ-UBND của UBND tỉnh                      | 12/2025/QĐ-UBND
            Thông tư 343/2016/TT-BTC                                      | 343/2016/TT-BTC
            Quyết định số 1234/QĐ-UBND                                    | 1234/QĐ-UBND
            Kế hoạch số 125/KH-UBND ngày 01/02/2026                       | 125/KH-UBND
            Chỉ thị 15/CT-TTg                                             | 15/CT-TTg
            Nghị quyết 05/2023/NQ-HĐND                                    | 05/2023/NQ-HĐND
            Thông tư liên tịch 20/2014/TTLT-BTC-BTP.                      | 20/2014/TTLT-BTC-BTP
            (Số:125/KH-UBND)                                              | 125/KH-UBND
            Luật 15/2012/QH13 và Luật 54/2014/QH13                        | 15/2012/QH13 54/2014/QH13
            Luật Tiếp cận thông tin 104/2016/QH13                         | 104/2016/QH13
            Công văn 56/TB–VPCP                                           | 56/TB-VPCP
            Ban hành kèm Quyết định 1022/QĐ-UBND; thay thế 12a/QĐ-UBND    | 1022/QĐ-UBND 12a/QĐ-UBND
            """)
    void findsDocumentNumbers(String text, String expected) {
        List<String> want = Arrays.asList(expected.split(" "));
        assertThat(DocumentNumbers.findAll(text)).isEqualTo(want);
        assertThat(DocumentNumbers.findAll(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(want);
        assertThat(DocumentNumbers.first(text.replace(' ', '\u00A0'))).contains(want.get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ngày xác thực: 07/12/2020
            01/10/2021 15:53
            giảm 1/2 mức phí
            diện tích 50/m2
            Điện thoại 0255.3714507
            phục vụ 24/7
            1.500.000 đồng
            http://vbpl.vn/123/ABC
            101.2015.QH13.doc
            phân loại 3/A
            trang 1/20
            quý 1/2026
            ''
            """)
    void findsNoDocumentNumber(String text) {
        assertThat(DocumentNumbers.findAll(text)).isEmpty();
        assertThat(DocumentNumbers.first(text)).isEmpty();
    }

    @Test
    void keepsRepeatsInOrder() {
        assertThat(DocumentNumbers.findAll("Luật 12/VBHN-VPQH ... Luật 12/VBHN-VPQH ... 04/VBHN-VPQH"))
                .containsExactly("12/VBHN-VPQH", "12/VBHN-VPQH", "04/VBHN-VPQH");
    }

    /** A chain of thousands of code segments overflowed the stack; at most eight are read after the first. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1/KH    | -UB   | 100000 | 1/KH-UB-UB-UB-UB-UB-UB-UB-UB
            12/2026 | /QĐ-A | 50000  | 12/2026/QĐ-A
            Số      | -     | 100000 | ''
            """)
    void longCodeChainsAreReadWithoutOverflow(String start, String unit, int repeats, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertThat(DocumentNumbers.findAll(start + unit.repeat(repeats))).isEqualTo(want);
    }
}
