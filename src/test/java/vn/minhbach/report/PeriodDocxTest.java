package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.i18n.Lang;

/**
 * period.docx filled from the default template, read back with POI. With {@code -Dminhbach.updateGolden=true}
 * the default template is rebuilt into src/main/resources and the examples in docs/examples are rewritten.
 */
class PeriodDocxTest {
    static final Path TEMPLATE = Path.of("src", "main", "resources", "vn", "minhbach", "report",
            PeriodDocx.DEFAULT_TEMPLATE);
    static final Path TEMPLATE_EN = TEMPLATE.resolveSibling(PeriodDocx.DEFAULT_TEMPLATE_EN);
    static final Path EXAMPLES = Path.of("docs", "examples");

    @TempDir
    Path dir;

    @Test
    void theShippedTemplateIsTheBuiltOne() throws Exception {
        if (Boolean.getBoolean("minhbach.updateGolden")) {
            PeriodTemplateBuilder.write(TEMPLATE);
            Files.copy(TEMPLATE, EXAMPLES.resolve("period-template.docx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (XWPFDocument shipped = new XWPFDocument(PeriodDocx.defaultTemplate());
             XWPFDocument built = PeriodTemplateBuilder.build()) {
            assertThat(new XWPFWordExtractor(shipped).getText()).isEqualTo(new XWPFWordExtractor(built).getText());
        }
    }

    @Test
    void theShippedEnglishTemplateIsTheBuiltOne() throws Exception {
        if (Boolean.getBoolean("minhbach.updateGolden")) {
            PeriodTemplateBuilder.write(TEMPLATE_EN, Lang.EN);
            Files.copy(TEMPLATE_EN, EXAMPLES.resolve(PeriodDocx.DEFAULT_TEMPLATE_EN),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (XWPFDocument shipped = new XWPFDocument(PeriodDocx.defaultTemplate(Lang.EN));
             XWPFDocument built = PeriodTemplateBuilder.build(Lang.EN)) {
            assertThat(new XWPFWordExtractor(shipped).getText()).isEqualTo(new XWPFWordExtractor(built).getText());
        }
    }

    @Test
    void anEnglishReportFillsTheEnglishTemplate() throws Exception {
        byte[] docx = PeriodDocx.render(PeriodExample.report(), null, Lang.EN);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).doesNotContain("{{", "}}", "BÁO CÁO", "Tiêu chí", "Nơi nhận", "ngày kiểm tra")
                    .contains("PEOPLE'S COMMITTEE OF", "SOCIALIST REPUBLIC OF VIETNAM",
                            "Independence - Freedom - Happiness", "No.:       /BC-UBND", "Lý Sơn, 1 Jul 2026", "REPORT",
                            "in the period First half of 2026 (1 Jan 2026 – 30 Jun 2026)",
                            "176 automatic audits; 176 of the 181 days",
                            "Days without an audit: 20 Feb 2026 – 24 Feb 2026 (5 days).",
                            "I. RESULTS", "II. SHORTCOMINGS AND LIMITATIONS", "III. PROPOSALS AND RECOMMENDATIONS",
                            "Recipients:", "1 lapse in the period, 10 Mar 2026 – 5 Apr 2026",
                            "Criterion 1: Publication of plans and planning");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("Report, First half of 2026");
        }
    }

    @Test
    void theExampleHalfYearFillsEveryPlaceholder() throws Exception {
        byte[] docx = PeriodDocx.render(PeriodExample.report(), null);
        if (Boolean.getBoolean("minhbach.updateGolden")) {
            Files.write(EXAMPLES.resolve("period-2026-H1.docx"), docx);
            Files.write(EXAMPLES.resolve("period-2026-H1.xlsx"), PeriodXlsx.render(PeriodExample.report()));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).doesNotContain("{{", "}}").contains("UBND HUYỆN LÝ SƠN",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:       /BC-UBND",
                    "Lý Sơn, ngày 01 tháng 7 năm 2026", "BÁO CÁO",
                    "trên cổng thông tin điện tử 6 tháng đầu năm 2026 (01/01/2026 – 30/06/2026)",
                    "176 lần kiểm tra tự động, 176 trong số 181 ngày",
                    "Những ngày không có kiểm tra: 20/02/2026 – 24/02/2026 (5 ngày).",
                    "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:",
                    "Công khai tình hình thực hiện dự toán ngân sách (budget.execution): không đạt 1 lần trong kỳ, "
                            + "dài nhất 10/03/2026 – 05/04/2026 (27 ngày, 27 ngày kiểm tra không đạt).",
                    "Tỷ lệ thủ tục trực tuyến (%): 01/2026 74; 02/2026 78; 03/2026 82");
            XWPFTable criteria = doc.getTables().get(1);
            assertThat(criteria.getRows()).hasSize(1 + PeriodExample.report().criteria().size());
            assertThat(criteria.getRow(1).getCell(1).getText()).isEqualTo("Tiêu chí 1: Công khai quy hoạch, kế hoạch");
            assertThat(criteria.getRow(1).getCell(2).getText()).isEqualTo("2");
            XWPFTable items = doc.getTables().get(2);
            assertThat(items.getRows()).hasSize(7);
            assertThat(items.getRow(6).getCell(1).getText())
                    .isEqualTo("Tỷ lệ thủ tục hành chính có dịch vụ công trực tuyến");
            long lapseLines = doc.getParagraphs().stream().map(XWPFParagraph::getText)
                    .filter(t -> t.startsWith("- ") && t.contains("không đạt")).count();
            assertThat(lapseLines).isEqualTo(4);
        }
    }

    @Test
    void placeholdersSplitOverRunsAreReplacedAndUnknownOnesKept() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            for (String part : new String[] {"Kính gửi {", "{organ", "isation}", "} và {{nobody}}; ", "{{period}}."}) {
                p.createRun().setText(part);
            }
            p.getRuns().get(0).setBold(true);
            XWPFParagraph repeated = doc.createParagraph();
            repeated.createRun().setText("- {{rows.text}} ({{rows.no}})");
            doc.createParagraph().createRun().setText("{{empty.text}}");
            new DocxTemplate(Map.of("organisation", "UBND <Lý Sơn>", "period", "năm 2026"),
                    Map.of("rows", List.of(Map.of("text", "một", "no", "1"), Map.of("text", "hai", "no", "2")),
                            "empty", List.of())).fill(doc);
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
                    "Kính gửi UBND <Lý Sơn> và {{nobody}}; năm 2026.", "- một (1)", "- hai (2)");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void anOfficeTemplateFromDiskIsUsed() throws Exception {
        Path template = dir.resolve("office.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(template)) {
            doc.createParagraph().createRun().setText("Mẫu riêng: {{periodTitle}}, {{overallPercent}}");
            doc.write(out);
        }
        byte[] docx = PeriodDocx.render(PeriodExample.report(), template);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(doc).getText().strip())
                    .isEqualTo("Mẫu riêng: 6 tháng đầu năm 2026, " + PeriodView.of(PeriodExample.report())
                            .overallPercent());
        }
    }
}
