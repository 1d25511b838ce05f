package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.period.PeriodReport;

/**
 * period.docx, period.xlsx and report.xlsx opened as their readers open them: LibreOffice converts the Word draft
 * to PDF and text and each workbook to one CSV per sheet, and the results are read back, the PDF with PDFBox to
 * check the Decree 30 layout by the position of its text.
 */
class OfficeDocumentsIT {
    private static final float MM = 72f / 25.4f;

    @TempDir
    static Path dir;
    private static LibreOffice office;
    private static PeriodReport example;

    @BeforeAll
    static void setUp() {
        office = new LibreOffice(dir);
        example = PeriodExample.report();
    }

    @Test
    void theWordDraftPrintsOnA4InTheDecree30Layout() throws Exception {
        Path docx = Files.write(dir.resolve("period.docx"), PeriodDocx.render(example, null));
        Path pdf = office.convert(docx, "pdf", dir.resolve("pdf")).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(2f));
            assertThat(page.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(2f));
            Lines first = Lines.of(doc, 1);
            Line body = first.find("UBND HUYỆN LÝ SƠN");
            Line nation = first.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            Line motto = first.find("Độc lập - Tự do - Hạnh phúc");
            Line number = first.find("Số:");
            Line place = first.find("Lý Sơn, ngày 01 tháng 7 năm 2026");
            Line type = first.find("BÁO CÁO");
            // Issuing body top left, national title and motto top right on the same band.
            assertThat(nation.left()).isGreaterThan(body.right());
            assertThat(Math.abs(nation.top() - first.find("UBND TỈNH QUẢNG NGÃI").top())).isLessThan(6f);
            assertThat(motto.top()).isGreaterThan(nation.top());
            assertThat(number.centre()).isLessThan(page.getWidth() / 2);
            assertThat(place.left()).isGreaterThan(number.right());
            assertThat(type.top()).isGreaterThan(place.top());
            // The text area runs from 30 mm to 15 mm from the edges; the document type is centred on it.
            float textCentre = (30 * MM + page.getWidth() - 15 * MM) / 2;
            assertThat(Math.abs(type.centre() - textCentre)).isLessThan(6f);
            assertThat(first.find("Thực hiện Kế hoạch").left()).isGreaterThan(30 * MM);
            assertThat(first.text()).contains("Tiêu chí 1", "Tiêu chí 2", "Tiêu chí 3", "Tiêu chí 5",
                    "Tiêu chí 2.1", "95,7%", "69,3%");
            Lines last = Lines.of(doc, doc.getNumberOfPages());
            Line recipients = last.find("Nơi nhận:");
            Line signer = last.find("CHỦ TỊCH");
            assertThat(signer.left()).isGreaterThan(recipients.right());
        }
        Path txt = office.convert(docx, "txt:Text", dir.resolve("txt")).get(0);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("{{").contains("BÁO CÁO",
                "Kết quả công khai thông tin trên cổng thông tin điện tử 6 tháng đầu năm 2026",
                "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. ĐỀ XUẤT, KIẾN NGHỊ",
                "- Thời gian trả lời câu hỏi của doanh nghiệp, người dân (qa.response-time): không đạt 1 lần trong kỳ, "
                        + "dài nhất 01/05/2026 – 31/05/2026 (31 ngày, 31 ngày kiểm tra không đạt).",
                "Tỷ lệ đáp ứng chung của 6 mục theo dõi: 88,0%");
    }

    @Test
    void theEnglishWordDraftConvertsInTheSameLayout() throws Exception {
        Path docx = Files.write(dir.resolve("period-en.docx"), PeriodDocx.render(example, null, Lang.EN));
        Path pdf = office.convert(docx, "pdf", dir.resolve("pdf-en")).get(0);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Lines first = Lines.of(doc, 1);
            Line nation = first.find("SOCIALIST REPUBLIC OF VIETNAM");
            Line body = first.find("UBND HUYỆN LÝ SƠN");
            Line type = first.find("REPORT");
            assertThat(nation.left()).isGreaterThan(body.right());
            assertThat(type.top()).isGreaterThan(first.find("Lý Sơn, 1 Jul 2026").top());
            Lines last = Lines.of(doc, doc.getNumberOfPages());
            assertThat(last.find("CHAIRPERSON").left()).isGreaterThan(last.find("Recipients:").right());
        }
        Path txt = office.convert(docx, "txt:Text", dir.resolve("txt-en")).get(0);
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("{{", "BÁO CÁO", "KẾT QUẢ THỰC HIỆN", "Nơi nhận").contains(
                "PEOPLE'S COMMITTEE OF", "Independence - Freedom - Happiness", "No.:",
                "Results of information disclosure on the web portal: First half of 2026", "I. RESULTS",
                "II. SHORTCOMINGS AND LIMITATIONS", "III. PROPOSALS AND RECOMMENDATIONS", "Recipients:",
                "Overall compliance of the 6 items monitored: 88.0%", "Criterion 1: Publication of plans and planning");
    }

    @Test
    void thePeriodWorkbookHasTypedCellsPerItemCriterionAndMonth() throws Exception {
        Path xlsx = Files.write(dir.resolve("period.xlsx"), PeriodXlsx.render(example));
        List<Path> sheets = office.convert(xlsx, LibreOffice.CSV_ALL_SHEETS, dir.resolve("period-csv"));
        List<String> items = lines(sheet(sheets, "Mục"));
        assertThat(items).hasSize(1 + example.items().size());
        assertThat(items.get(0)).startsWith("Mã mục,Tiêu chí,Nội dung,Ngày đạt,Ngày được đánh giá,Tỷ lệ đạt");
        // Shown through the cell formats: a share as a percentage, dates as dd/mm/yyyy.
        assertThat(items).anySatisfy(l -> assertThat(l).startsWith(
                "budget.execution,3,Công khai tình hình thực hiện dự toán ngân sách,149,176,84.7%")
                .contains(",1,10/03/2026,05/04/2026,27,Không,"));
        List<String> criteria = lines(sheet(sheets, "Tiêu chí"));
        assertThat(criteria).contains("\"Tiêu chí 1: Công khai quy hoạch, kế hoạch\",2,337,352,95.7%",
                "Tổng cộng,6,929,1056,88.0%");
        List<String> months = lines(sheet(sheets, "Theo tháng"));
        assertThat(months).contains("Tổng cộng,,,02/2026,115,138,83.3%")
                .hasSize(1 + 6 * (1 + example.criteria().size() + example.items().size()));
        assertThat(lines(sheet(sheets, "Số liệu"))).contains(
                "onestop.online-rate,Tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến,Tỷ lệ thủ tục trực tuyến (%),"
                        + "06/2026,94,30");
    }

    @Test
    void theAuditWorkbookListsItemsBrokenLinksAndSiteFacts() throws Exception {
        var run = ReportFixture.run();
        Path xlsx = Files.write(dir.resolve("report.xlsx"), AuditXlsx.render(run));
        List<Path> sheets = office.convert(xlsx, LibreOffice.CSV_ALL_SHEETS, dir.resolve("audit-csv"));
        List<String> items = lines(sheet(sheets, "Mục"));
        assertThat(items).hasSizeGreaterThan(run.items().size());
        assertThat(items.get(0)).startsWith("Mã mục,Tiêu chí,Trang,Nội dung,Kết quả,Mã kết quả,Lý do,Yêu cầu,"
                + "Ngày mới nhất");
        String csv = Files.readString(sheet(sheets, "Mục"), StandardCharsets.UTF_8);
        for (var finding : run.items()) {
            assertThat(csv).contains(finding.id() + ",");
            if (finding.latest() != null) {
                assertThat(csv).contains(Labels.day(Messages.vi(), finding.latest()));
            }
        }
        String broken = Files.readString(sheet(sheets, "Liên kết hỏng"), StandardCharsets.UTF_8);
        for (var link : run.brokenLinks()) {
            assertThat(broken).contains(link.url().toString());
        }
        assertThat(lines(sheet(sheets, "Thông tin trang"))).contains(
                "Cổng thông tin điện tử," + ReportFixture.PORTAL + ",Số trang đã tải,412");
    }

    private static Path sheet(List<Path> files, String name) {
        return files.stream().filter(f -> f.getFileName().toString().endsWith("-" + name + ".csv")).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + name + " in " + files));
    }

    private static List<String> lines(Path csv) throws IOException {
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    /** A line of text on a page, with its bounds in points from the top left. */
    record Line(String text, float left, float right, float top) {
        float centre() {
            return (left + right) / 2;
        }
    }

    /**
     * The lines of one page. Glyphs are grouped by baseline and split where the gap between two of them is wider
     * than two of their heights (the two cells of a header band share a baseline), then put in composed form: with
     * some fonts LibreOffice draws a Vietnamese mark apart from its letter, and PDFBox's own grouping of such
     * glyphs depends on the font the system substitutes.
     */
    record Lines(List<Line> lines) {
        static Lines of(PDDocument doc, int page) throws IOException {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        glyphs.add(text);
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
            glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            List<List<TextPosition>> rows = new ArrayList<>();
            for (TextPosition glyph : glyphs) {
                List<TextPosition> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                if (row == null || glyph.getYDirAdj() - row.get(0).getYDirAdj() > row.get(0).getHeightDir() * 0.6f) {
                    rows.add(row = new ArrayList<>());
                }
                row.add(glyph);
            }
            List<Line> found = new ArrayList<>();
            for (List<TextPosition> row : rows) {
                row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                TextPosition first = row.get(0);
                TextPosition last = first;
                for (TextPosition glyph : row) {
                    float gap = glyph.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                    if (glyph != first && gap > 2 * Math.max(glyph.getHeightDir(), last.getHeightDir())) {
                        found.add(line(text, first, last));
                        text.setLength(0);
                        first = glyph;
                    } else if (glyph != first && gap > 0.15f * glyph.getHeightDir()) {
                        text.append(' ');
                    }
                    text.append(glyph.getUnicode());
                    last = glyph.getXDirAdj() + glyph.getWidthDirAdj() > last.getXDirAdj() + last.getWidthDirAdj()
                            ? glyph : last;
                }
                found.add(line(text, first, last));
            }
            return new Lines(found);
        }

        private static Line line(CharSequence text, TextPosition first, TextPosition last) {
            return new Line(Normalizer.normalize(text, Normalizer.Form.NFC).strip(), first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj());
        }

        Line find(String start) {
            return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting \"" + start + "\" in " + text()));
        }

        String text() {
            return String.join("\n", lines.stream().map(Line::text).toList());
        }
    }
}
