package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.DocumentEvidence;

class DocumentLineTest {

    private static final URI URL = URI.create("https://lyson.quangngai.gov.vn/upload/vb.pdf");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case               | type | pages | text layer | ocr   | encoding | number      | issued     | period  | line
            everything, OCR      | pdf  | 1     | false      | true  | unicode  | 210/BC-UBND | 2026-10-14 | 2026-9M | Tài liệu PDF, 1 trang, số 210/BC-UBND, ngày 14/10/2026, kỳ 9 tháng năm 2026; bản quét đọc bằng OCR
            text PDF, no period  | pdf  | 2     | true       | false | unicode  | 125/KH-UBND | 2026-01-20 | -       | Tài liệu PDF, 2 trang, số 125/KH-UBND, ngày 20/01/2026
            scan without OCR     | pdf  | 1     | false      | false | -        | -           | -          | -       | Tài liệu PDF, 1 trang; bản quét không có lớp chữ, chưa đọc được
            TCVN3 Word 97        | doc  | 1     | -          | false | tcvn3    | 210/BC-UBND | -          | 2026-Q3 | Tài liệu DOC, 1 trang, số 210/BC-UBND, kỳ quý III năm 2026; chữ mã TCVN3 đã chuyển sang Unicode
            only the kind        | xlsx | -     | -          | false | unicode  | -           | -          | 2026    | Tài liệu XLSX, kỳ năm 2026
            kind unknown         | -    | -     | -          | -     | -        | -           | -          | -       | -
            """)
    void saysOnlyWhatWasRead(String name, String type, Integer pages, Boolean textLayer, Boolean ocr, String encoding,
                             String number, LocalDate issued, String period, String line) {
        DocumentEvidence document = new DocumentEvidence(URL, type, pages, textLayer, ocr, encoding, number, issued,
                period, null);

        assertThat(DocumentLine.of(document)).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026      | năm 2026
            2026-H1   | 6 tháng đầu năm 2026
            2026-H2   | 6 tháng cuối năm 2026
            2026-9M   | 9 tháng năm 2026
            2026-Q4   | quý IV năm 2026
            2026-11   | tháng 11/2026
            2021-2025 | giai đoạn 2021-2025
            """)
    void wordsThePeriod(String key, String words) {
        assertThat(DocumentLine.period(key)).isEqualTo(words);
    }

    @Test
    void noDocumentNoLine() {
        assertThat(DocumentLine.of(null)).isNull();
    }
}
