package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hoà                       | hòa
            Hoà Bình                  | Hòa Bình
            thuỷ lợi                  | thủy lợi
            Uỷ ban nhân dân           | Ủy ban nhân dân
            UỶ BAN NHÂN DÂN           | ỦY BAN NHÂN DÂN
            sức khoẻ                  | sức khỏe
            xoá bỏ                    | xóa bỏ
            tuỳ theo                  | tùy theo
            hoạ sĩ                    | họa sĩ
            loè loẹt                  | lòe loẹt
            Thuỷ.                     | Thủy.
            quý I                     | quý I
            Quỳnh                     | Quỳnh
            hoàng hôn                 | hoàng hôn
            ngoài trời                | ngoài trời
            thuyết minh               | thuyết minh
            thuở xưa                  | thuở xưa
            hòa giải                  | hòa giải
            Hỏi – đáp                 | Hỏi - đáp
            Hỏi — đáp                 | Hỏi - đáp
            '  Văn   bản  '           | Văn bản
            """)
    void normalizesSpellingDashesAndSpaces(String input, String expected) {
        assertThat(VietText.normalize(input)).isEqualTo(expected);
        assertThat(VietText.normalize(Normalizer.normalize(input, Normalizer.Form.NFD))).isEqualTo(expected);
    }

    @Test
    void normalizesUnicodeSpacesAndInvisibleCharacters() {
        assertThat(VietText.normalize("\tHỏi\u00A0\u00A0đáp\u2009pháp\u202Fluật\r\n")).isEqualTo("Hỏi đáp pháp luật");
        assertThat(VietText.normalize("a\u2212b\u2012c\u2010d\u2011e")).isEqualTo("a-b-c-d-e");
        assertThat(VietText.normalize("Văn\u200Bbản\uFEFF")).isEqualTo("Vănbản");
        assertThat(VietText.normalize(null)).isEmpty();
    }

    /**
     * Normalising twice gives what normalising once gave: an invisible char between a letter and its mark used to
     * stay between them through NFC (leaving "y" + U+0301), and a second tone mark after "hoà" let the respelled
     * tone compose on the second pass.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ngày\u200B\u0301     | ngàý
            hoa\uFEFF\u0300      | hòa
            Đa\u00AD\u0323i      | Đại
            tha\u200D\u0301ng    | tháng
            hoà\u0301           | hoà\u0301
            """)
    void composesMarksAcrossInvisibleCharacters(String input, String expected) {
        assertThat(VietText.normalize(input)).isEqualTo(expected);
        assertThat(VietText.normalize(VietText.normalize(input))).isEqualTo(expected);
        assertThat(VietText.fold(VietText.fold(input))).isEqualTo(VietText.fold(input));
    }

    /** A mark with no letter before it is dropped by folding, and used to leave its spaces doubled. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0 \u0301               | 0
            \u0301 IVđNĐ-CP        | ivdnd-cp
            Hỏi \u0301 đáp         | hoi dap
            a \u0323\u0301 \u0300 b | a b
            """)
    void foldingDropsStrayMarksWithTheirSpaces(String input, String expected) {
        assertThat(VietText.fold(input)).isEqualTo(expected);
        assertThat(VietText.fold(VietText.fold(input))).isEqualTo(expected);
    }

    @Test
    void nfdInputBecomesNfc() {
        String nfc = "Ủy ban nhân dân tỉnh Quảng Ngãi";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(VietText.normalize(nfd)).isEqualTo(nfc);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hỏi – Đáp                         | hoi - dap
            Uỷ ban                            | uy ban
            Ủy ban                            | uy ban
            ĐỒNG ĐĂNG                         | dong dang
            Công khai tài chính - ngân sách   | cong khai tai chinh - ngan sach
            ÐỒNG                              | dong
            Thủ tục hành chính                | thu tuc hanh chinh
            """)
    void foldsDiacriticsAndCase(String input, String expected) {
        assertThat(VietText.fold(input)).isEqualTo(expected);
        assertThat(VietText.fold(Normalizer.normalize(input, Normalizer.Form.NFD))).isEqualTo(expected);
    }

    @Test
    void foldsNullToEmpty() {
        assertThat(VietText.fold(null)).isEmpty();
        assertThat(VietText.key(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Hỏi - đáp                               | hoi dap                        | true
            Hỏi – đáp                               | hoi dap                        | true
            Hỏi đáp                                 | hoi dap                        | true
            HỎI-ĐÁP                                 | hoi dap                        | true
            Chuyên mục Hỏi đáp pháp luật            | hỏi đáp                        | true
            VĂN BẢN PHÁP LUẬT                       | văn bản pháp luật              | true
            Ủy ban nhân dân tỉnh                    | uỷ ban                         | true
            Công khai tài chính – ngân sách         | công khai tài chính ngân sách  | true
            Đấu thầu - Mua sắm công                 | dau thau mua sam cong          | true
            Văn bản QPPL                            | văn bản qppl                   | true
            thuesomething                           | thue                           | false
            Thuế thu nhập                           | thue thu nhap ca nhan          | false
            Hỏi đáp                                 | hoi dap phap luat              | false
            Văn bản                                 | ban van                        | false
            Thời gian                               | thoi gia                       | false
            abc                                     | ''                             | false
            ''                                      | abc                            | false
            """)
    void matchesFoldedWordsWithAnySeparator(String haystack, String needle, boolean expected) {
        assertThat(VietText.containsFolded(haystack, needle)).isEqualTo(expected);
        String nfd = Normalizer.normalize(haystack, Normalizer.Form.NFD).replace(' ', '\u00A0');
        assertThat(VietText.containsFolded(nfd, needle)).isEqualTo(expected);
    }

    @Test
    void containsKeyFindsLaterOccurrenceOnWordBoundary() {
        assertThat(VietText.containsKey("thuesomething va thue", "thue")).isTrue();
        assertThat(VietText.containsKey(VietText.key("Hỏi – đáp"), VietText.key("HỎI ĐÁP"))).isTrue();
    }

    @Test
    void isSpaceIsWhitespaceOrSpaceChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(VietText.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void isNfcAgreesWithTheNormalizerOnPunctuationAfterAnyLetter() {
        String letters = "aAeEoOuUyYdĐơưăâêôạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ ";
        for (char c = '\u2000'; c <= '\u2070'; c++) {
            for (int i = 0; i < letters.length(); i++) {
                String text = letters.charAt(i) + String.valueOf(c) + "x";
                assertThat(VietText.isNfc(text)).as("U+%04X", (int) c)
                        .isEqualTo(Normalizer.isNormalized(text, Normalizer.Form.NFC));
            }
        }
    }
}
