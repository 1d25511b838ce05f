package vn.minhbach.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Builds the default period report template shipped in the jar (src/main/resources/.../period-template.docx) in
 * the layout of Decree 30/2020/NĐ-CP, Appendix I: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right,
 * Times New Roman; the issuing body and its parent top left, the national title and motto top right, the number
 * under the body and the place and date under the motto; the document type and subject centred; the body at
 * 14 pt; recipients bottom left and the signer bottom right. Run by {@link PeriodDocxTest} with
 * {@code -Dminhbach.updateGolden=true}.
 */
final class PeriodTemplateBuilder {
    private static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point, and the text width between the margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MM = 57;
    private static final int TEXT_WIDTH = A4_WIDTH - 30 * MM - 15 * MM;

    private PeriodTemplateBuilder() {
    }

    static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = build(); OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }

    static XWPFDocument build() {
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        letterhead(doc);
        centred(doc, "BÁO CÁO", 14, true, false, 240, 0);
        centred(doc, "Kết quả công khai thông tin trên cổng thông tin điện tử {{period}}", 14, true, false, 0, 0);
        centred(doc, "(Theo Kế hoạch số 125/KH-UBND)", 14, false, true, 0, 0);
        centred(doc, "________", 14, true, false, 0, 240);
        body(doc, "Thực hiện Kế hoạch số 125/KH-UBND, {{organisation}} báo cáo kết quả theo dõi việc công khai thông "
                + "tin trên cổng thông tin điện tử {{period}} ({{range}}) như sau:");
        heading(doc, "I. KẾT QUẢ THỰC HIỆN");
        body(doc, "1. Dữ liệu theo dõi: {{audits}} lần kiểm tra tự động, {{auditedDays}} trong số {{elapsedDays}} "
                + "ngày của kỳ có kết quả kiểm tra. {{coverage}}");
        body(doc, "{{coverageDetails.text}}");
        body(doc, "2. Tỷ lệ đáp ứng chung của {{itemCount}} mục theo dõi: {{overallPercent}} (số ngày đạt trên số "
                + "ngày được đánh giá: {{overallDays}}).");
        body(doc, "3. Kết quả theo từng tiêu chí của Chỉ số PCI:");
        table(doc, new String[] {"TT", "Tiêu chí", "Số mục", "Tỷ lệ đạt", "Ngày đạt/ngày đánh giá"},
                new String[] {"{{criteria.no}}", "{{criteria.heading}}", "{{criteria.items}}",
                        "{{criteria.percent}}", "{{criteria.days}}"}, new int[] {7, 38, 12, 18, 25});
        body(doc, "4. Kết quả từng mục:");
        table(doc, new String[] {"TT", "Nội dung", "Tiêu chí", "Tỷ lệ đạt", "Ngày đạt/ngày đánh giá", "Số liệu"},
                new String[] {"{{items.no}}", "{{items.title}}", "{{items.criterion}}", "{{items.percent}}",
                        "{{items.days}}", "{{items.figures}}"}, new int[] {6, 30, 13, 12, 14, 25});
        heading(doc, "II. TỒN TẠI, HẠN CHẾ");
        body(doc, "Trong kỳ có {{lapsedItems}} mục không được công khai đầy đủ, đúng hạn trong một thời gian:");
        body(doc, "- {{lapses.line}}");
        heading(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ");
        XWPFParagraph proposal = body(doc, "(Cơ quan ghi đề xuất, kiến nghị tại đây.)");
        proposal.getRuns().get(0).setItalic(true);
        body(doc, "Trên đây là báo cáo kết quả công khai thông tin trên cổng thông tin điện tử {{period}} của "
                + "{{organisation}}./.");
        signature(doc);
        return doc;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(20 * MM));
        margins.setBottom(BigInteger.valueOf(20 * MM));
        margins.setLeft(BigInteger.valueOf(30 * MM));
        margins.setRight(BigInteger.valueOf(15 * MM));
        margins.setHeader(BigInteger.valueOf(10 * MM));
        margins.setFooter(BigInteger.valueOf(10 * MM));
    }

    private static void letterhead(XWPFDocument doc) {
        XWPFTable table = borderless(doc, 2, new int[] {38, 62});
        XWPFTableCell left = table.getRow(0).getCell(0);
        line(first(left), "UBND TỈNH QUẢNG NGÃI", 13, false, false);
        line(left.addParagraph(), "{{organisationUpper}}", 13, true, false);
        line(left.addParagraph(), "_______", 13, true, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(right), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        line(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        line(right.addParagraph(), "________________________", 14, true, false);
        line(first(table.getRow(1).getCell(0)), "Số:       /BC-UBND", 13, false, false);
        line(first(table.getRow(1).getCell(1)), "Lý Sơn, ngày {{day}} tháng {{month}} năm {{year}}", 14, false, true);
    }

    private static void signature(XWPFDocument doc) {
        XWPFTable table = borderless(doc, 1, new int[] {45, 55});
        // The signer stays on one page with the recipients.
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph to = first(left);
        to.setAlignment(ParagraphAlignment.LEFT);
        run(to, "Nơi nhận:", 12, true, true);
        for (String recipient : new String[] {"- Phòng Tư pháp (để tổng hợp);", "- Lưu: VT."}) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(right), "TM. ỦY BAN NHÂN DÂN", 14, true, false);
        line(right.addParagraph(), "CHỦ TỊCH", 14, true, false);
        for (int i = 0; i < 4; i++) {
            line(right.addParagraph(), "", 14, false, false);
        }
        line(right.addParagraph(), "(Họ và tên người ký)", 14, true, false);
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows, int[] percents) {
        XWPFTable table = doc.createTable(rows, percents.length);
        table.removeBorders();
        table.setTableAlignment(TableRowAlign.CENTER);
        width(table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW(), TEXT_WIDTH);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < percents.length; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
                width(w, TEXT_WIDTH * percents[c] / 100);
            }
        }
        return table;
    }

    private static void table(XWPFDocument doc, String[] headers, String[] cells, int[] percents) {
        XWPFTable table = doc.createTable(2, headers.length);
        width(table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW(), TEXT_WIDTH);
        for (int c = 0; c < headers.length; c++) {
            XWPFTableCell head = table.getRow(0).getCell(c);
            width(head.getCTTc().addNewTcPr().addNewTcW(), TEXT_WIDTH * percents[c] / 100);
            line(first(head), headers[c], 12, true, false);
            XWPFTableCell cell = table.getRow(1).getCell(c);
            width(cell.getCTTc().addNewTcPr().addNewTcW(), TEXT_WIDTH * percents[c] / 100);
            XWPFParagraph p = first(cell);
            p.setAlignment(c == 1 || c == headers.length - 1 && headers.length > 5 ? ParagraphAlignment.LEFT
                    : ParagraphAlignment.CENTER);
            run(p, cells[c], 12, false, false);
        }
        table.getRow(0).setRepeatHeader(true);
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void width(CTTblWidth width, int twips) {
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }

    private static void line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    private static void centred(XWPFDocument doc, String text, int size, boolean bold, boolean italic, int before,
                                int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        run(p, text, size, bold, italic);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc, text);
        p.getRuns().get(0).setBold(true);
    }

    private static XWPFParagraph body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(10 * MM);
        p.setSpacingBefore(60);
        p.setSpacingAfter(60);
        run(p, text, 14, false, false);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
