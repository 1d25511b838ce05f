package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.DocumentEvidence;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ReportPeriod;

/** The audit's outputs with {@code Lang.EN}: English words, English formats, no Vietnamese of our own. */
class EnglishReportsTest {

    private static final Messages EN = Messages.of(Lang.EN);
    /** Words of ours that must not be left in an English output (the fixture's own text is the sites'). */
    private static final List<String> VIETNAMESE = List.of("Tiêu chí", "Kết quả", "Bằng chứng", "Liên kết hỏng",
            "Không thấy", "Không đạt", "Tóm tắt", "Số trang đã tải", "Chứng chỉ TLS", "Điểm", "Đạt");

    private final AuditRun run = ReportFixture.run();

    @Test
    void reportHtmlIsEnglish() {
        String html = HtmlReport.render(EN, run, null, null);
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.title()).isEqualTo("Information disclosure report – UBND đặc khu Lý Sơn – 28 Nov 2026");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Information disclosure audit report");
        assertThat(doc.select(".meta").text()).contains("Audit date: 28 Nov 2026",
                "Started: 28 Nov 2026 02:00:00 (UTC+07:00)", "Finished: 28 Nov 2026 02:03:10 (UTC+07:00)",
                "Score: 33.3%", "Items in total: 10");
        assertThat(doc.select("section.criterion > h2").eachText()).startsWith(
                "Criterion 1: Publication of plans and planning", "Criterion 2: Publication of legal documents",
                "Criterion 3: Budget disclosure");
        assertThat(doc.select(".counts").text()).contains("Pass: 3", "Stale: 1", "Missing: 1", "Fail: 3",
                "Unknown: 1", "Not applicable: 1");
        assertThat(doc.select("#muc-legal\\.documents .figures").text())
                .contains("Documents with number, date, summary and file (%) 87.5");
        assertThat(doc.select("#muc-legal\\.documents dl").text()).contains("Expected:", "Latest: 2 Nov 2026",
                "Legal basis:", "Rule applied:");
        assertThat(doc.select("#lien-ket-hong h2").text()).isEqualTo("Broken links (2)");
        assertThat(doc.select("#thong-tin-trang").text()).contains("Government web portal", "Pages fetched 412",
                "Data downloaded 17.4 MB", "Stopped at the crawl limit Yes", "Search function No",
                "Person responsible Not seen", "Response time (median) 850 ms");
        assertThat(doc.selectFirst("footer").text()).contains("Made by minhbach",
                "The results rest on the sites' content at the time of the audit.");
        String ours = doc.select("h1, h2, th, dt, .counts, .badge, .evidence-label, footer, #thong-tin-trang th")
                .text();
        assertThat(ours).doesNotContain(VIETNAMESE);
    }

    @Test
    void theVietnameseReportIsUnchangedByTheEnglishOne() {
        assertThat(HtmlReport.render(Messages.vi(), run, null, null)).isEqualTo(HtmlReport.render(run));
    }

    @Test
    void reportJsonKeepsItsKeysAndValidates() throws Exception {
        String json = JsonReport.toJson(EN, run, null);
        assertThat(SchemaCheck.errors(json)).isEmpty();
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.get("items").get(0).get("status").asText()).isEqualTo("PASS");
        assertThat(root.get("items").get(0).get("site").asText()).isEqualTo("portal");
        JsonNode vietnamese = new ObjectMapper().readTree(JsonReport.toJson(run, null));
        assertThat(root.get("items").size()).isEqualTo(vietnamese.get("items").size());
        assertThat(root.get("summary")).isEqualTo(vietnamese.get("summary"));
    }

    @Test
    void anExcerptOfOursIsSaidInEachLanguage() throws Exception {
        AuditRun searched = withExcerpt(run, "budget.final-accounts", Text.of("check.evidence.searched"));
        String english = "Searched: menu, headings, breadcrumb, article titles";
        String vietnamese = "Đã tìm: menu, tiêu đề, đường dẫn (breadcrumb), tiêu đề bài viết";
        assertThat(Jsoup.parse(HtmlReport.render(EN, searched, null, null))
                .select("#muc-budget\\.final-accounts .excerpt").eachText()).containsExactly(english);
        assertThat(Jsoup.parse(HtmlReport.render(searched)).select("#muc-budget\\.final-accounts .excerpt")
                .eachText()).containsExactly(vietnamese);
        assertThat(excerpt(JsonReport.toJson(EN, searched, null), "budget.final-accounts")).isEqualTo(english);
        assertThat(excerpt(JsonReport.toJson(searched, null), "budget.final-accounts")).isEqualTo(vietnamese);
    }

    /** The run with the first evidence of item {@code id} saying {@code excerpt}. */
    private static AuditRun withExcerpt(AuditRun run, String id, Text excerpt) {
        List<Finding> items = run.items().stream().map(f -> {
            if (!f.id().equals(id)) {
                return f;
            }
            List<Evidence> evidence = new ArrayList<>(f.evidence());
            Evidence first = evidence.get(0);
            evidence.set(0, new Evidence(first.url(), first.title(), first.date(), excerpt));
            return new Finding(f.id(), f.criterion(), f.site(), f.title(), f.status(), f.reason(), f.expected(),
                    f.latest(), f.rule(), f.figures(), evidence);
        }).toList();
        return new AuditRun(run.organisation(), run.asOf(), run.startedAt(), run.finishedAt(), run.sites(), items,
                run.brokenLinks(), run.siteFacts());
    }

    /** The excerpt of the first evidence of item {@code id} in a report.json. */
    private static String excerpt(String json, String id) throws Exception {
        for (JsonNode item : new ObjectMapper().readTree(json).get("items")) {
            if (item.get("id").asText().equals(id)) {
                return item.get("evidence").get(0).get("excerpt").asText();
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void aCertificateIsExplainedInEnglish() {
        CertificateCheck check = new CertificateCheck("lyson.gov.vn", CertificateCheck.Code.EXPIRED, "on 2026-01-01");
        assertThat(Labels.certificate(EN, check))
                .isEqualTo("Error: The certificate has expired (lyson.gov.vn): on 2026-01-01. [EXPIRED]");
        assertThat(Labels.certificate(Messages.vi(), check))
                .isEqualTo("Lỗi: " + check.reason() + " [EXPIRED]");
    }

    @Test
    void everyCertificateOutcomeIsSaidInVietnameseAsTheCheckSaysIt() {
        for (CertificateCheck.Code code : CertificateCheck.Code.values()) {
            CertificateCheck check = new CertificateCheck("a.gov.vn", code, "");
            assertThat(Labels.certificateReason(Messages.vi(), check)).isEqualTo(check.reason());
        }
    }

    @Test
    void reportCsvKeepsItsHeaderAndSaysTheVerdictCodes() {
        String csv = CsvReport.render(EN, run);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(CsvReport.BOM + String.join(",", CsvReport.HEADER));
        assertThat(lines.get(1)).startsWith("planning.annual-plan,1,portal,").contains(",PASS,");
    }

    @Test
    void reportXlsxIsEnglish() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(AuditXlsx.render(EN, run)))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Items", "Broken links", "About the sites");
            XSSFSheet items = book.getSheet("Items");
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Item code");
            assertThat(items.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Verdict");
            assertThat(items.getRow(0).getCell(11).getStringCellValue()).isEqualTo("Evidence 1");
            assertThat(items.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Government web portal");
            assertThat(items.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Pass");
            assertThat(items.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("d mmm yyyy");
            assertThat(new DataFormatter(Lang.EN.locale()).formatCellValue(items.getRow(1).getCell(8)))
                    .isEqualTo("20 Jan 2026");
            XSSFSheet sites = book.getSheet("About the sites");
            assertThat(sites.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Pages fetched");
            boolean limit = false;
            for (var row : sites) {
                if (row.getCell(2).getStringCellValue().equals("Stopped at the crawl limit")) {
                    assertThat(row.getCell(3).getStringCellValue()).isIn("Yes", "No");
                    limit = true;
                }
            }
            assertThat(limit).isTrue();
            assertThat(book.getSheet("Broken links").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Problem");
        }
    }

    @Test
    void theTerminalSummaryIsEnglish() {
        List<String> lines = TerminalSummary.render(EN, run, null, false).lines().toList();
        assertThat(lines.get(0)).startsWith("Item").contains("Verdict", "Reason");
        assertThat(lines.get(1)).matches("planning\\.annual-plan +Pass +.*");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("10 items · Pass 3 · Stale 1 · Missing 1 · Fail 3"
                + " · Unknown 1 · Not applicable 1 · Score 33.3%");
    }

    @Test
    void theProgressLineIsEnglish() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        URI portal = URI.create(ReportFixture.PORTAL);
        try (ConsoleProgress progress = new ConsoleProgress(EN, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                true, Map.of(portal, "portal"), () -> 1L)) {
            progress.progress(portal, 132, 57, URI.create(ReportFixture.PORTAL + "van-ban"));
            assertThat(bytes.toString(StandardCharsets.UTF_8))
                    .isEqualTo("\rportal: 132 pages, 57 queued, https://lyson.quangngai.gov.vn/van-ban");
        }
    }

    @Test
    void aDocumentIsDescribedInEnglish() {
        DocumentEvidence read = new DocumentEvidence(URI.create(ReportFixture.PORTAL + "bc.pdf"), "pdf", 1, false,
                true, "tcvn3", "210/BC-UBND", LocalDate.of(2026, 10, 14), "2026-9M", null);
        assertThat(DocumentLine.of(EN, read)).isEqualTo("PDF document, 1 page, no. 210/BC-UBND, dated 14 Oct 2026,"
                + " period: first nine months of 2026; scanned copy read by OCR; text in the TCVN3 encoding converted"
                + " to Unicode");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026       | Year 2026           | Năm 2026",
            "2026-H1    | First half of 2026  | 6 tháng đầu năm 2026",
            "2026-H2    | Second half of 2026 | 6 tháng cuối năm 2026",
            "2026-Q3    | Third quarter of 2026 | Quý III năm 2026",
            "2026-11    | November 2026       | Tháng 11 năm 2026",
            "2026-01-01..2026-06-30 | From 1 Jan 2026 to 30 Jun 2026 | Từ 01/01/2026 đến 30/06/2026"})
    void periodsAreNamedInEachLanguage(String key, String english, String vietnamese) {
        ReportPeriod period = ReportPeriod.parse(key);
        assertThat(Labels.period(EN, period)).isEqualTo(english);
        assertThat(Labels.period(Messages.vi(), period)).isEqualTo(vietnamese);
    }

    @Test
    void labelsSpeakEachLanguage() {
        assertThat(Labels.criterion(EN, "3")).isEqualTo("Criterion 3: Budget disclosure");
        assertThat(Labels.criterion(Messages.vi(), "3")).isEqualTo("Tiêu chí 3: Công khai ngân sách");
        assertThat(Labels.criterion(EN, "III.5")).isEqualTo("Section III.5: Hotline");
        assertThat(Labels.criterion(EN, "5, 10"))
                .isEqualTo("Criterion 5, 10: Receiving and answering questions; Quality of the web portal");
        assertThat(Labels.criterion(EN, "7")).isEqualTo("Criterion 7");
        assertThat(Labels.verdict(EN, Verdict.NOT_APPLICABLE)).isEqualTo("Not applicable");
        assertThat(Labels.figure(EN, "medianDays")).isEqualTo("Days to answer (median)");
        assertThat(Labels.figure(EN, "newFigure")).isEqualTo("newFigure");
        assertThat(Labels.number(EN, 18_234_112.0)).isEqualTo("18,234,112");
        assertThat(Labels.number(Messages.vi(), 85.714)).isEqualTo("85,71");
        assertThat(Labels.number(EN, 85.714)).isEqualTo("85.71");
        assertThat(Labels.score(EN, 55)).isEqualTo("55.0%");
        assertThat(Labels.day(EN, LocalDate.of(2026, 1, 5))).isEqualTo("5 Jan 2026");
        assertThat(Labels.month(EN, YearMonth.of(2026, 1))).isEqualTo("Jan 2026");
        assertThat(Labels.month(Messages.vi(), YearMonth.of(2026, 1))).isEqualTo("01/2026");
        assertThat(Labels.time(EN, OffsetDateTime.parse("2026-11-27T19:03:10Z"), ZoneOffset.UTC))
                .isEqualTo("27 Nov 2026 19:03:10 (UTC)");
        assertThat(Labels.bytes(EN, 512)).isEqualTo("512 bytes");
        assertThat(Labels.bytes(Messages.vi(), 512)).isEqualTo("512 byte");
    }
}
