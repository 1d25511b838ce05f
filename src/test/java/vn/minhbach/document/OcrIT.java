package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scanned report read by the real Tesseract with its Vietnamese data. */
class OcrIT {

    @BeforeAll
    static void needsTesseract() {
        assumeTrue(Ocr.system().available(), () -> "needs tesseract-ocr and tesseract-ocr-vie: " + Ocr.system().why());
    }

    @Test
    void aScanIsReadByOcr() {
        DocumentText read = PdfReader.read(Fixtures.bytes("scan-report.pdf"), Ocr.system());

        assertThat(read.failure()).isNull();
        assertThat(read.ocr()).isTrue();
        assertThat(read.textLayer()).isFalse();
        assertThat(read.pages()).isEqualTo(1);
        // OCR may misread a letter here and there; the number, the subject and the date line carry the facts.
        assertThat(read.text()).contains("ngân sách").containsAnyOf("210/BC-UBND", "210/BC").contains("Lý Sơn")
                .containsPattern("ngày 14 tháng 10 năm 2026");
    }

    @Test
    void aTextPdfIsNotGivenToOcr() {
        DocumentText read = PdfReader.read(Fixtures.bytes("text-report.pdf"), Ocr.system());

        assertThat(read.ocr()).isFalse();
        assertThat(read.textLayer()).isTrue();
    }
}
