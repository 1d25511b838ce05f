package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    /** No OCR engine: an empty PATH finds no tesseract. */
    private static final Ocr NO_OCR = Ocr.probe(Map.of("PATH", ""));

    @Test
    void aTextPdfGivesItsLinesInNfc() {
        DocumentText read = PdfReader.read(Fixtures.bytes("text-report.pdf"), NO_OCR);

        assertThat(read.failure()).isNull();
        assertThat(read.type()).isEqualTo(DocumentType.PDF);
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.textLayer()).isTrue();
        assertThat(read.ocr()).isFalse();
        assertThat(read.encoding()).isEqualTo("unicode");
        assertThat(read.text()).contains("UBND HUYỆN LÝ SƠN", "Số: 210/BC-UBND", "Lý Sơn, ngày 14 tháng 10 năm 2026",
                "BÁO CÁO\nTình hình thực hiện dự toán ngân sách 9 tháng năm 2026", "6 tháng cuối năm 2026");
        assertThat(read.text()).as("the line drawn from decomposed (NFD) text comes back composed")
                .contains(nfc("năm 2026, Ủy ban nhân dân huyện báo cáo tình hình thực hiện như sau:"));
        assertThat(Normalizer.isNormalized(read.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(read.text()).doesNotContain("  ").doesNotContain("\n\n");
    }

    @Test
    void aScanWithoutOcrSaysWhyItWasNotRead() {
        DocumentText read = PdfReader.read(Fixtures.bytes("scan-report.pdf"), NO_OCR);

        assertThat(read.read()).isFalse();
        assertThat(read.text()).isNull();
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.textLayer()).isFalse();
        assertThat(read.ocr()).isFalse();
        assertThat(read.failure()).startsWith("bản quét (không có lớp chữ), không đọc được vì")
                .contains("tesseract-ocr", "tesseract-ocr-vie");
    }

    @Test
    void aScanSwitchedOffSaysSo() {
        DocumentText read = PdfReader.read(Fixtures.bytes("scan-report.pdf"), Ocr.none("OCR đã tắt trong cấu hình"));

        assertThat(read.failure()).endsWith("không đọc được vì OCR đã tắt trong cấu hình");
    }

    @Test
    void onlyTheFirstPagesAreRead() {
        DocumentText read = PdfReader.read(Fixtures.bytes("five-pages.pdf"), NO_OCR);

        assertThat(read.pages()).isEqualTo(5);
        assertThat(read.textLayer()).isTrue();
        assertThat(read.text()).contains("Trang số 1 của báo cáo", "Trang số 2 của báo cáo", "Trang số 3 của báo cáo")
                .doesNotContain("Trang số 4").doesNotContain("Trang số 5");
        assertThat(PdfReader.FIRST_PAGES).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            password.pdf | tệp PDF có mật khẩu, không mở được để đọc
            corrupt.pdf  | tệp PDF hỏng, không đọc được: Page tree root must be a dictionary
            """)
    void unreadableFilesFailWithTheirReason(String fixture, String failure) {
        DocumentText read = PdfReader.read(Fixtures.bytes(fixture), NO_OCR);

        assertThat(read.failure()).isEqualTo(failure);
        assertThat(read.text()).isNull();
        assertThat(read.type()).isEqualTo(DocumentType.PDF);
    }

    @Test
    void bytesThatAreNoPdfFailWithoutThrowing() {
        assertThat(PdfReader.read(new byte[0], NO_OCR).failure()).isEqualTo("tệp PDF rỗng");
        assertThat(PdfReader.read(null, NO_OCR).failure()).isEqualTo("tệp PDF rỗng");
        assertThat(PdfReader.read("<html>Không tìm thấy</html>".getBytes(StandardCharsets.UTF_8), NO_OCR).failure())
                .startsWith("tệp PDF hỏng, không đọc được: ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            spaces inside a line collapse         | "Số:   210/BC-UBND\\t ngày"       | "Số: 210/BC-UBND ngày"
            no-break and zero-width spaces        | "Lý\\u00a0Sơn\\u200b  ngày"       | "Lý Sơn ngày"
            blank lines and edges go              | "  BÁO CÁO \\n\\n \\r\\n Tình hình " | "BÁO CÁO\\nTình hình"
            decomposed diacritics are composed    | "HUYE\\u0302\\u0323N"             | "HUYỆN"
            """)
    void normalisation(String name, String raw, String expected) {
        assertThat(PdfReader.normalise(unescape(raw))).isEqualTo(unescape(expected));
    }

    @Test
    void normalisationKeepsAtMostTheCap() {
        String line = "ngân sách ".repeat(5_000);

        assertThat(PdfReader.normalise(line)).hasSize(PdfReader.MAX_CHARS);
    }

    @Test
    void pagesRenderAt300DpiUnlessThatWouldBeTooManyPixels() {
        assertThat(PdfReader.scale(PDRectangle.A4)).isEqualTo(300f / 72f);
        PDRectangle poster = new PDRectangle(14_400, 14_400);
        float scale = PdfReader.scale(poster);
        assertThat((double) poster.getWidth() * poster.getHeight() * scale * scale)
                .isLessThanOrEqualTo(PdfReader.MAX_PIXELS * 1.001);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
