package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One entry point for every kind of document: it tells the kind and never throws. */
class DocumentsTest {
    private static final Ocr NO_OCR = Ocr.none("not needed");

    @ParameterizedTest
    @CsvSource({
        "text-report.pdf, bc-210.pdf, PDF, ",
        "corrupt.pdf, bc-210.pdf, PDF, ",
        "plan.docx, ke-hoach.docx, DOCX, ",
        "budget.xlsx, du-toan.xlsx, XLSX, ",
        "land-use-plan.odt, kh-sdd.odt, ODT, ",
        "budget-tcvn3.xls, download.aspx?file=du-toan.xls, XLS, ",
        "page.html, bc-210.pdf, UNKNOWN, không phải tệp văn bản đọc được",
        "empty, x.pdf, UNKNOWN, không phải tệp văn bản đọc được"})
    void readsByContent(String fixture, String name, DocumentType type, String failure) {
        byte[] body = switch (fixture) {
            case "page.html" -> "<html><body>Không tìm thấy</body></html>".getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            default -> Fixtures.bytes(fixture);
        };

        DocumentText text = Documents.read(body, name, NO_OCR);

        assertThat(text.type()).isEqualTo(type);
        if (failure != null) {
            assertThat(text.failure()).isEqualTo(failure);
        }
        if (fixture.equals("text-report.pdf")) {
            assertThat(text.read()).isTrue();
            assertThat(DocumentFacts.of(text).periodKey()).isEqualTo("2026-9M");
        }
        if (fixture.endsWith("x") || fixture.endsWith(".odt") || fixture.endsWith(".xls")) {
            assertThat(text.read()).as(text.failure()).isTrue();
        }
        if (fixture.equals("corrupt.pdf")) {
            assertThat(text.read()).isFalse();
            assertThat(text.failure()).isNotBlank();
        }
    }
}
