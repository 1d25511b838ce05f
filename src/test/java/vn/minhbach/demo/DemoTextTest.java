package vn.minhbach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Giới thiệu chung về huyện đảo Lý Sơn
            Ủy ban nhân dân huyện; Thuế và cuộc sống
            Hỏi – đáp về pháp luật · Kế hoạch sử dụng đất năm 2026
            ĐẤU THẦU - MUA SẮM CÔNG: ỷ ỹ ữ ự ằ ẳ ẵ ặ ề ể ễ ệ ồ ổ ỗ ộ ờ ở ỡ ợ
            """)
    void windows1258BytesDecodeBackToTheSameText(String text) {
        byte[] bytes = DemoText.windows1258(text);

        String decoded = new String(bytes, DemoText.WINDOWS_1258);

        assertThat(decoded).doesNotContain("?");
        assertThat(Normalizer.normalize(decoded, Normalizer.Form.NFC)).isEqualTo(text);
        assertThat(bytes).isNotEqualTo(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Kế hoạch phát triển kinh tế - xã hội năm 2026 | ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2026
            Đường dây nóng: 0255.3867.123                | duong-day-nong-0255-3867-123
            12/2026/QĐ-UBND                              | 12-2026-qd-ubnd
            """)
    void slugsAreAsciiWithDFolded(String title, String slug) {
        assertThat(DemoText.slug(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"Lý Sơn", "Thuế và cuộc sống", "Hỏi đáp"})
    void decomposedTextHasCombiningMarksButTheSameNfc(String text) {
        String nfd = DemoText.decomposed(text);

        assertThat(nfd).isNotEqualTo(text).matches(s -> s.codePoints().anyMatch(c -> Character.getType(c)
                == Character.NON_SPACING_MARK), "has combining marks");
        assertThat(Normalizer.normalize(nfd, Normalizer.Form.NFC)).isEqualTo(text);
    }
}
