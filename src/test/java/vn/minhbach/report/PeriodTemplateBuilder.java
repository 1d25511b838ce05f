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
import vn.minhbach.i18n.Lang;

/**
 * Builds the default period report templates shipped in the jar (src/main/resources/.../period-template.docx and
 * its English twin period-template_en.docx) in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right,
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

    /** The fixed wording of a template, in one language. */
    private record Words(String parent, String national, String motto, String number, String placeDate, String type,
                         String subject, String basis, String intro, String results, String data, String overall,
                         String criteria, String[] criteriaHeaders, String items, String[] itemHeaders,
                         String shortcomings, String lapsed, String proposals, String proposal, String closing,
                         String recipients, String[] recipientLines, String signerBody, String signerTitle,
                         String signerName) {
    }

    private static final Words VIETNAMESE = new Words("UBND TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số:       /BC-UBND", "Lý Sơn, ngày {{day}} tháng {{month}} năm {{year}}",
            "BÁO CÁO", "Kết quả công khai thông tin trên cổng thông tin điện tử {{period}}",
            "(Theo Kế hoạch số 125/KH-UBND)",
            "Thực hiện Kế hoạch số 125/KH-UBND, {{organisation}} báo cáo kết quả theo dõi việc công khai thông "
                    + "tin trên cổng thông tin điện tử {{period}} ({{range}}) như sau:",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Dữ liệu theo dõi: {{audits}} lần kiểm tra tự động, {{auditedDays}} trong số {{elapsedDays}} "
                    + "ngày của kỳ có kết quả kiểm tra. {{coverage}}",
            "2. Tỷ lệ đáp ứng chung của {{itemCount}} mục theo dõi: {{overallPercent}} (số ngày đạt trên số "
                    + "ngày được đánh giá: {{overallDays}}).",
            "3. Kết quả theo từng tiêu chí của Chỉ số PCI:",
            new String[] {"TT", "Tiêu chí", "Số mục", "Tỷ lệ đạt", "Ngày đạt/ngày đánh giá"},
            "4. Kết quả từng mục:",
            new String[] {"TT", "Nội dung", "Tiêu chí", "Tỷ lệ đạt", "Ngày đạt/ngày đánh giá", "Số liệu"},
            "II. TỒN TẠI, HẠN CHẾ",
            "Trong kỳ có {{lapsedItems}} mục không được công khai đầy đủ, đúng hạn trong một thời gian:",
            "III. ĐỀ XUẤT, KIẾN NGHỊ", "(Cơ quan ghi đề xuất, kiến nghị tại đây.)",
            "Trên đây là báo cáo kết quả công khai thông tin trên cổng thông tin điện tử {{period}} của "
                    + "{{organisation}}./.",
            "Nơi nhận:", new String[] {"- Phòng Tư pháp (để tổng hợp);", "- Lưu: VT."}, "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH", "(Họ và tên người ký)");

    private static final Words ENGLISH = new Words("PEOPLE'S COMMITTEE OF QUẢNG NGÃI PROVINCE",
            "SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness", "No.:       /BC-UBND",
            "Lý Sơn, {{reportDate}}", "REPORT",
            "Results of information disclosure on the web portal: {{periodTitle}}", "(Under Plan No. 125/KH-UBND)",
            "In implementation of Plan No. 125/KH-UBND, {{organisation}} reports as follows on the monitoring of "
                    + "the information disclosed on its web portal in the period {{periodTitle}} ({{range}}):",
            "I. RESULTS",
            "1. Monitoring data: {{audits}} automatic audits; {{auditedDays}} of the {{elapsedDays}} days of the "
                    + "period have audit results. {{coverage}}",
            "2. Overall compliance of the {{itemCount}} items monitored: {{overallPercent}} (days passing of the "
                    + "days assessed: {{overallDays}}).",
            "3. Results by criterion of the PCI index:",
            new String[] {"No.", "Criterion", "Items", "Share passing", "Days passing/assessed"},
            "4. Results by item:",
            new String[] {"No.", "Item", "Criterion", "Share passing", "Days passing/assessed", "Figures"},
            "II. SHORTCOMINGS AND LIMITATIONS",
            "In the period, {{lapsedItems}} items were for a time not disclosed fully or on time:",
            "III. PROPOSALS AND RECOMMENDATIONS", "(The office writes its proposals and recommendations here.)",
            "The above is the report of {{organisation}} on the results of information disclosure on its web "
                    + "portal in the period {{periodTitle}}./.",
            "Recipients:", new String[] {"- Justice Office (for compilation);", "- Archive: VT."},
            "ON BEHALF OF THE PEOPLE'S COMMITTEE", "CHAIRPERSON", "(Full name of the signer)");

    /** The Vietnamese template. */
    static void write(Path file) throws IOException {
        write(file, Lang.VI);
    }

    static void write(Path file, Lang lang) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = build(lang); OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }

    /** The Vietnamese template. */
    static XWPFDocument build() {
        return build(Lang.VI);
    }

    /** The template in {@code lang}: the same layout, fixed wording and placeholders in that language. */
    static XWPFDocument build(Lang lang) {
        Words w = lang == Lang.EN ? ENGLISH : VIETNAMESE;
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        letterhead(doc, w);
        centred(doc, w.type(), 14, true, false, 240, 0);
        centred(doc, w.subject(), 14, true, false, 0, 0);
        centred(doc, w.basis(), 14, false, true, 0, 0);
        centred(doc, "________", 14, true, false, 0, 240);
        body(doc, w.intro());
        heading(doc, w.results());
        body(doc, w.data());
        body(doc, "{{coverageDetails.text}}");
        body(doc, w.overall());
        body(doc, w.criteria());
        table(doc, w.criteriaHeaders(),
                new String[] {"{{criteria.no}}", "{{criteria.heading}}", "{{criteria.items}}",
                        "{{criteria.percent}}", "{{criteria.days}}"}, new int[] {7, 38, 12, 18, 25});
        body(doc, w.items());
        table(doc, w.itemHeaders(),
                new String[] {"{{items.no}}", "{{items.title}}", "{{items.criterion}}", "{{items.percent}}",
                        "{{items.days}}", "{{items.figures}}"}, new int[] {6, 30, 13, 12, 14, 25});
        heading(doc, w.shortcomings());
        body(doc, w.lapsed());
        body(doc, "- {{lapses.line}}");
        heading(doc, w.proposals());
        XWPFParagraph proposal = body(doc, w.proposal());
        proposal.getRuns().get(0).setItalic(true);
        body(doc, w.closing());
        signature(doc, w);
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

    private static void letterhead(XWPFDocument doc, Words w) {
        XWPFTable table = borderless(doc, 2, new int[] {38, 62});
        XWPFTableCell left = table.getRow(0).getCell(0);
        line(first(left), w.parent(), 13, false, false);
        line(left.addParagraph(), "{{organisationUpper}}", 13, true, false);
        line(left.addParagraph(), "_______", 13, true, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(right), w.national(), 12, true, false);
        line(right.addParagraph(), w.motto(), 14, true, false);
        line(right.addParagraph(), "________________________", 14, true, false);
        line(first(table.getRow(1).getCell(0)), w.number(), 13, false, false);
        line(first(table.getRow(1).getCell(1)), w.placeDate(), 14, false, true);
    }

    private static void signature(XWPFDocument doc, Words w) {
        XWPFTable table = borderless(doc, 1, new int[] {45, 55});
        // The signer stays on one page with the recipients.
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph to = first(left);
        to.setAlignment(ParagraphAlignment.LEFT);
        run(to, w.recipients(), 12, true, true);
        for (String recipient : w.recipientLines()) {
            XWPFParagraph p = left.addParagraph();
            p.setAlignment(ParagraphAlignment.LEFT);
            run(p, recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        line(first(right), w.signerBody(), 14, true, false);
        line(right.addParagraph(), w.signerTitle(), 14, true, false);
        for (int i = 0; i < 4; i++) {
            line(right.addParagraph(), "", 14, false, false);
        }
        line(right.addParagraph(), w.signerName(), 14, true, false);
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
