package vn.minhbach.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrProbeTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path bin;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'eng\\nosd\\nvie' | OK      | có dữ liệu vie (eng, osd, vie)
            'eng\\nosd'       | WARNING | không có dữ liệu vie (có: eng, osd)
            """)
    void tesseractWithOrWithoutItsVietnameseData(String languages, Check.Status vietnamese, String found)
            throws Exception {
        FakePrograms.write(bin, "tesseract", """
                if [ "$1" = --version ]; then printf 'tesseract 5.3.0\\n leptonica-1.82.0\\n'; exit 0; fi
                echo 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):'
                printf '%s\\n'
                """.formatted(languages));

        List<Check> checks = OcrProbe.probe(FakePrograms.pathOf(bin), TIMEOUT);

        assertThat(checks.get(0)).isEqualTo(Check.ok(OcrProbe.ENGINE, "tesseract 5.3.0 (" + bin.resolve("tesseract") + ")"));
        assertThat(checks.get(1).status()).isEqualTo(vietnamese);
        assertThat(checks.get(1).found()).isEqualTo(found);
        if (vietnamese == Check.Status.WARNING) {
            assertThat(checks.get(1).line()).contains("Hậu quả: chữ tiếng Việt trong bản scan được nhận dạng kém")
                    .endsWith("Cách sửa: sudo apt-get install tesseract-ocr-vie");
        }
    }

    @Test
    void noTesseractMeansScannedPdfsStayUnread() {
        List<Check> checks = OcrProbe.probe(FakePrograms.pathOf(bin), TIMEOUT);

        assertThat(checks).extracting(Check::status).containsExactly(Check.Status.MISSING, Check.Status.SKIPPED);
        assertThat(checks.get(0).line()).isEqualTo("THIẾU     Tesseract (OCR)          không tìm thấy trên PATH."
                + " Hậu quả: tệp PDF scan đính kèm không đọc được: mục dựa vào chúng là UNKNOWN (chưa đọc được nội"
                + " dung văn bản). Cách sửa: sudo apt-get install tesseract-ocr tesseract-ocr-vie");
    }

    @Test
    void aTesseractThatDoesNotAnswerInTimeCountsAsMissing() throws Exception {
        FakePrograms.write(bin, "tesseract", "exec /bin/sleep 30");

        List<Check> checks = OcrProbe.probe(FakePrograms.pathOf(bin), Duration.ofMillis(300));

        assertThat(checks.get(0).status()).isEqualTo(Check.Status.MISSING);
        assertThat(checks.get(0).found()).endsWith("nhưng không trả lời --version");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'List of available languages in "/usr/share/tessdata/" (3):\\neng\\nosd\\nvie\\n' | eng,osd,vie
            'List of available languages (2):\\r\\nvie\\r\\nchi_sim\\r\\n'                   | vie,chi_sim
            'Error opening data file /x/eng.traineddata\\nvie'                                 | vie
            """)
    void languagesOfListLangs(String listing, String languages) {
        assertThat(OcrProbe.languages(listing.replace("\\r", "\r").replace("\\n", "\n")))
                .containsExactly(languages.split(","));
    }
}
