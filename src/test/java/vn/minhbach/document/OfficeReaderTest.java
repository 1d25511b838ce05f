package vn.minhbach.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.minhbach.document.DocumentType.DOC;
import static vn.minhbach.document.DocumentType.DOCX;
import static vn.minhbach.document.DocumentType.ODT;
import static vn.minhbach.document.DocumentType.XLS;
import static vn.minhbach.document.DocumentType.XLSX;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OfficeReaderTest {

    /**
     * Each fixture (src/test/resources/documents/README.md says how it was made): its kind told by content, the
     * encoding its text was in, its page count (null for none), and lines its text must hold, in Unicode NFC.
     */
    static Stream<Arguments> fixtures() {
        return Stream.of(
            arguments("plan.docx", DOCX, "unicode", 2, List.of("ỦY BAN NHÂN DÂN", "ĐẶC KHU LÝ SƠN", "Số: 125/KH-UBND",
                "Lý Sơn, ngày 20 tháng 01 năm 2026", "KẾ HOẠCH", "Phát triển kinh tế - xã hội năm 2026",
                "I. MỤC TIÊU")),
            arguments("budget.xlsx", XLSX, "tcvn3", null, List.of("Dự toán ngân sách năm 2026",
                "2\tChi thường xuyên\t30,250", "3\tDự phòng ngân sách\t850", "Tổng cộng\t43,600")),
            arguments("budget-tcvn3.xls", XLS, "tcvn3", null, List.of("Uỷ ban nhân dân đặc khu Lý Sơn",
                "Công khai tình hình thực hiện dự toán ngân sách quý I năm 2026", "Thu ngân sách\t9875.5")),
            arguments("tcvn3.doc", DOC, "tcvn3", 1, List.of("Uỷ ban nhân dân",
                "đặc khu Lý Sơn\tCộng hoà xã hội chủ nghĩa Việt Nam",
                "Số: 210/BC-UBND\tLý Sơn, ngày 14 tháng 10 năm 2026", "BÁO CÁO",
                "Tình hình thực hiện dự toán ngân sách 9 tháng năm 2026",
                "Thực hiện Nghị quyết của Hội đồng nhân dân đặc khu, ủy ban nhân dân báo cáo như sau:")),
            arguments("tcvn3-libreoffice.docx", DOCX, "tcvn3", null, List.of("Cộng hoà xã hội chủ nghĩa Việt Nam",
                "BÁO CÁO", "Thực hiện Nghị quyết của Hội đồng nhân dân đặc khu, ủy ban nhân dân báo cáo như sau:")),
            arguments("vni.docx", DOCX, "vni", null, List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 48/QĐ-UBND",
                "Lý Sơn, ngày 05 tháng 3 năm 2026", "QUYẾT ĐỊNH",
                "Về việc công bố công khai dự toán ngân sách năm 2026",
                "Căn cứ Luật Ngân sách nhà nước (Luật số 89/2025/QH15)")),
            arguments("tcvn3-nofont.docx", DOCX, "tcvn3", null, List.of("Uỷ ban nhân dân đặc khu Lý Sơn",
                "Số: 36/TB-UBND", "Lý Sơn, ngày 02 tháng 02 năm 2026",
                "Về việc công khai quyết toán ngân sách năm 2025",
                "Uỷ ban nhân dân đặc khu thông báo công khai số liệu quyết toán ngân sách địa phương năm 2025.")),
            arguments("land-use-plan.odt", ODT, "tcvn3", 1, List.of("ỦY BAN NHÂN DÂN ĐẶC KHU LÝ SƠN",
                "Số: 77/KH-UBND", "Lý Sơn, ngày 10 tháng 4 năm 2026", "KẾ HOẠCH", "Sử dụng đất năm 2026",
                "Diện tích đất nông nghiệp:\t1.250 ha")));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void readsEachFixture(String file, DocumentType type, String encoding, Integer pages, List<String> lines)
            throws IOException {
        byte[] body = fixture(file);
        assertThat(DocumentType.detect(body, file)).isEqualTo(type);

        DocumentText read = OfficeReader.read(body, type);

        assertThat(read.failure()).isNull();
        assertThat(read.read()).isTrue();
        assertThat(read.type()).isEqualTo(type);
        assertThat(read.encoding()).isEqualTo(encoding);
        assertThat(read.pages()).isEqualTo(pages);
        assertThat(read.textLayer()).isNull();
        assertThat(read.ocr()).isFalse();
        assertThat(Normalizer.isNormalized(read.text(), Normalizer.Form.NFC)).isTrue();
        assertThat(read.text().lines()).as(read.text()).containsAll(lines);
    }

    @Test
    void keepsTheHeadingTableInReadingOrder() throws IOException {
        String text = OfficeReader.read(fixture("plan.docx"), DocumentType.DOCX).text();
        assertThat(text.indexOf("Số: 125/KH-UBND")).isLessThan(text.indexOf("KẾ HOẠCH"));
        assertThat(text.indexOf("KẾ HOẠCH")).isLessThan(text.indexOf("I. MỤC TIÊU"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            corrupt.docx   | DOCX | Tệp hỏng hoặc không đúng định dạng DOCX
            corrupt.docx   | ODT  | Tệp hỏng hoặc không đúng định dạng ODT
            plan.docx      | DOC  | Tệp hỏng hoặc không đúng định dạng DOC
            plan.docx      | XLS  | Tệp hỏng hoặc không đúng định dạng XLS
            budget.xlsx    | DOCX | Tệp hỏng hoặc không đúng định dạng DOCX
            password.docx  | DOC  | Tệp được bảo vệ bằng mật khẩu
            password.docx  | DOCX | Tệp được bảo vệ bằng mật khẩu
            plan.docx      | PDF  | Không phải tệp Word, Excel hay ODT
            """)
    void failsWithAReasonAndNeverThrows(String file, DocumentType type, String reason) throws IOException {
        DocumentText read = OfficeReader.read(fixture(file), type);

        assertThat(read.read()).isFalse();
        assertThat(read.text()).isNull();
        assertThat(read.type()).isEqualTo(type);
        assertThat(read.failure()).startsWith(reason);
    }

    @Test
    void anEmptyOrTextlessBodyFails() {
        assertThat(OfficeReader.read(new byte[0], DocumentType.DOCX).failure()).isEqualTo("Tệp rỗng");
        assertThat(OfficeReader.read(new byte[] {'P', 'K', 3, 4, 0, 0}, DocumentType.XLSX).read()).isFalse();
    }

    @Test
    void readsNoMoreThanTheFirstPart() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 1; i <= 3_000; i++) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setText("§o¹n " + i + ": th¸ng n¨m");
                run.setFontFamily(".VnTime");
            }
            doc.write(body);
        }

        DocumentText read = OfficeReader.read(body.toByteArray(), DocumentType.DOCX);

        assertThat(read.text()).startsWith("Đoạn 1: tháng năm\nĐoạn 2: tháng năm\n");
        assertThat(read.text().length()).isBetween(OfficeReader.MAX_CHARS - 30, OfficeReader.MAX_CHARS);
        assertThat(read.text()).doesNotContain("Đoạn 3000");
        assertThat(read.encoding()).isEqualTo("tcvn3");
    }

    @Test
    void followsAFontSetOnlyOnTheStyles() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            CTFonts vnTime = CTFonts.Factory.newInstance();
            vnTime.setAscii(".VnTime");
            vnTime.setHAnsi(".VnTime");
            doc.createStyles().setDefaultFonts(vnTime);
            doc.createParagraph().createRun().setText("Sè: 125/KH-UBND");
            XWPFRun unicode = doc.createParagraph().createRun();
            unicode.setText("Lý Sơn, ngày 20 tháng 01 năm 2026");
            doc.write(body);
        }

        DocumentText read = OfficeReader.read(body.toByteArray(), DocumentType.DOCX);

        // the second run is already Unicode though drawn in .VnTime: it is left as it is
        assertThat(read.text()).isEqualTo("Số: 125/KH-UBND\nLý Sơn, ngày 20 tháng 01 năm 2026");
        assertThat(read.encoding()).isEqualTo("tcvn3");
    }

    @Test
    void aZipBombFails() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(body)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>".getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 8; i++) {
                zip.write(spaces);
            }
        }
        assertThat(body.size()).isLessThan(100_000);

        DocumentText read = OfficeReader.read(body.toByteArray(), DocumentType.DOCX);

        assertThat(read.read()).isFalse();
        assertThat(read.failure()).startsWith("Tệp hỏng hoặc không đúng định dạng DOCX")
            .containsIgnoringCase("zip bomb");
    }

    @Test
    void anOdtPartPastTheBoundIsNotParsed() throws IOException {
        byte[] odt = fixture("land-use-plan.odt");
        assertThat(OdtReader.read(odt, new RunText(100), 1 << 20)).isEqualTo(1);
        assertThatThrownBy(() -> OdtReader.read(odt, new RunText(100), 1_000))
            .isInstanceOf(IOException.class).hasMessageContaining("inflates past 1000 bytes");
    }

    static byte[] fixture(String name) {
        return Fixtures.bytes(name);
    }
}
