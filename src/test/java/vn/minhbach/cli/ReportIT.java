package vn.minhbach.cli;

import vn.minhbach.model.Text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/**
 * {@code minhbach report} end to end: a half year of audits with gaps saved into an H2 store, the command run,
 * both files read back. January and April are audited every day, March only the first half; February, May and
 * June have no audit.
 */
class ReportIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void saveAudits() throws Exception {
        config = Files.writeString(dir.resolve("c.yaml"), "organisation: \"UBND huyện Lý Sơn\"\nsites:\n  portal: {url:"
                + " \"https://lyson.quangngai.gov.vn/\"}\nstore: {url: \"jdbc:h2:file:"
                + dir.resolve("db/minhbach").toAbsolutePath() + "\"}\n");
        AuditConfig loaded = Configs.load(config);
        String key = ConfigKeys.of(loaded);
        String fingerprint = ConfigKeys.fingerprint(loaded);
        try (AuditStore store = AuditStore.open(loaded.store())) {
            for (LocalDate day = date(1, 1); day.isBefore(date(5, 1)); day = day.plusDays(1)) {
                int month = day.getMonthValue();
                if (month == 2 || month == 3 && day.getDayOfMonth() > 15) {
                    continue;
                }
                if (day.equals(date(4, 10))) {
                    store.save(key, fingerprint, run(day, 1, Verdict.FAIL, Verdict.PASS, 95, Verdict.FAIL, 9.0));
                }
                boolean march = month == 3;
                boolean unknown = day.equals(date(3, 1));
                store.save(key, fingerprint, run(day, 2, march ? Verdict.STALE : Verdict.PASS,
                        month == 1 ? Verdict.FAIL : Verdict.PASS, month == 1 ? 80 : march ? 92 : 95,
                        unknown ? Verdict.UNKNOWN : month == 4 ? Verdict.FAIL : Verdict.PASS,
                        unknown ? null : month == 1 ? 4.0 : march ? 6.0 : 9.0));
            }
        }
    }

    @Test
    void writesTheHalfYearReportAndSaysWhichDaysHaveNoAudit() throws Exception {
        CliRun run = CliRun.of("report", "-c", config.toString(), "--period", "2026-H1", "--as-of", "2026-07-02",
                "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("period 2026-H1 (2026-01-01..2026-06-30): 77 audits, 76 of 181 days audited");
        assertThat(run.err().strip()).isEqualTo(
                "warning: no audit on 105 of 181 days of the period; months without any audit: 2026-02, 2026-05, 2026-06");
        JsonNode json = JSON.readTree(dir.resolve("out/period.json").toFile());
        assertThat(json.get("kind").asText()).isEqualTo("period");
        assertThat(json.get("organisation").asText()).isEqualTo("UBND huyện Lý Sơn");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-07-02");
        assertThat(json.get("period")).isEqualTo(JSON.readTree("""
                {"label": "2026-H1", "kind": "HALF_YEAR", "start": "2026-01-01", "end": "2026-06-30", "days": 181}"""));
        assertThat(json.get("coverage")).isEqualTo(JSON.readTree("""
                {"complete": false, "days": 181, "elapsedDays": 181, "auditedDays": 76, "missingDays": 105,
                 "notYetDays": 0, "monthsWithoutAudit": ["2026-02", "2026-05", "2026-06"],
                 "gaps": [{"from": "2026-02-01", "to": "2026-02-28", "days": 28},
                          {"from": "2026-03-16", "to": "2026-03-31", "days": 16},
                          {"from": "2026-05-01", "to": "2026-06-30", "days": 61}],
                 "months": [{"month": "2026-01", "days": 31, "elapsedDays": 31, "auditedDays": 31},
                            {"month": "2026-02", "days": 28, "elapsedDays": 28, "auditedDays": 0},
                            {"month": "2026-03", "days": 31, "elapsedDays": 31, "auditedDays": 15},
                            {"month": "2026-04", "days": 30, "elapsedDays": 30, "auditedDays": 30},
                            {"month": "2026-05", "days": 31, "elapsedDays": 31, "auditedDays": 0},
                            {"month": "2026-06", "days": 30, "elapsedDays": 30, "auditedDays": 0}]}"""));
        assertThat(json.get("overall")).isEqualTo(JSON.readTree("""
                {"compliantDays": 151, "assessedDays": 227, "percentCompliant": 66.5, "months": [
                  {"month": "2026-01", "compliantDays": 62, "assessedDays": 93, "percentCompliant": 66.7},
                  {"month": "2026-02", "compliantDays": 0, "assessedDays": 0, "percentCompliant": null},
                  {"month": "2026-03", "compliantDays": 29, "assessedDays": 44, "percentCompliant": 65.9},
                  {"month": "2026-04", "compliantDays": 60, "assessedDays": 90, "percentCompliant": 66.7},
                  {"month": "2026-05", "compliantDays": 0, "assessedDays": 0, "percentCompliant": null},
                  {"month": "2026-06", "compliantDays": 0, "assessedDays": 0, "percentCompliant": null}]}"""));
        assertThat(json.get("criteria")).extracting(c -> c.get("criterion").asText() + " " + c.get("items")
                + " " + c.get("compliance").get("percentCompliant")).containsExactly(
                "3 [\"budget.execution\"] 80.3", "4 [\"onestop.online-rate\"] 59.2", "7 [\"qa.response-time\"] 60.0");

        JsonNode online = json.get("items").get(1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) online.get("compliance")).remove("months");
        assertThat(online).isEqualTo(JSON.readTree("""
                {"id": "onestop.online-rate", "criterion": "4", "title": "Tỷ lệ thủ tục trực tuyến",
                 "notApplicable": false, "auditedDays": 76,
                 "days": {"PASS": 45, "STALE": 0, "MISSING": 0, "FAIL": 31, "UNKNOWN": 0, "NOT_APPLICABLE": 0},
                 "compliance": {"compliantDays": 45, "assessedDays": 76, "percentCompliant": 59.2},
                 "first": {"date": "2026-01-01", "status": "FAIL"}, "last": {"date": "2026-04-30", "status": "PASS"},
                 "changes": [{"date": "2026-03-01", "from": "FAIL", "to": "PASS", "reason": "lý do PASS"}],
                 "lapses": 1,
                 "longestLapse": {"start": "2026-01-01", "end": "2026-01-31", "days": 31, "failingDays": 31,
                                  "ongoing": false},
                 "trends": {"percentOnline": [
                   {"month": "2026-01", "median": 80, "values": 31}, {"month": "2026-02", "median": null, "values": 0},
                   {"month": "2026-03", "median": 92, "values": 15}, {"month": "2026-04", "median": 95, "values": 30},
                   {"month": "2026-05", "median": null, "values": 0}, {"month": "2026-06", "median": null, "values": 0}]},
                 "timeline": [{"from": "2026-01-01", "to": "2026-01-31", "status": "FAIL"},
                              {"from": "2026-03-01", "to": "2026-03-15", "status": "PASS"},
                              {"from": "2026-04-01", "to": "2026-04-30", "status": "PASS"}]}"""));

        JsonNode budget = json.get("items").get(0);
        assertThat(budget.get("id").asText()).isEqualTo("budget.execution");
        assertThat(budget.get("compliance").get("percentCompliant").asDouble()).isEqualTo(80.3);
        assertThat(budget.get("changes")).hasSize(2);
        assertThat(budget.get("longestLapse")).isEqualTo(JSON.readTree("""
                {"start": "2026-03-01", "end": "2026-03-15", "days": 15, "failingDays": 15, "ongoing": false}"""));
        JsonNode qa = json.get("items").get(2);
        assertThat(qa.get("days").get("UNKNOWN").asInt()).isEqualTo(1);
        assertThat(qa.get("compliance").get("percentCompliant").asDouble()).isEqualTo(60.0);
        assertThat(qa.get("longestLapse").get("ongoing").asBoolean()).isTrue();
        assertThat(qa.get("trends").get("medianDays")).extracting(m -> m.get("median").asText())
                .containsExactly("4", "null", "6", "9", "null", "null");
        assertThat(qa.get("trends").get("medianDays").get(2).get("values").asInt()).isEqualTo(14);

        JsonNode audits = json.get("audits");
        assertThat(audits).hasSize(77);
        assertThat(audits).filteredOn(a -> !a.get("counted").asBoolean()).singleElement()
                .satisfies(a -> assertThat(a.get("asOf").asText()).isEqualTo("2026-04-10"));
        assertThat(json.get("settingsChanges")).isEmpty();

        String html = Files.readString(dir.resolve("out/period.html"));
        assertThat(html).contains("<html lang=\"vi\">", "6 tháng đầu năm 2026", "01/01/2026 – 30/06/2026",
                "UBND huyện Lý Sơn", "Ngày lập báo cáo:</dt> <dd>02/07/2026",
                "Thiếu dữ liệu kiểm tra: 105 trong số 181 ngày đã qua của kỳ không có lần kiểm tra nào",
                "Các tháng không có lần kiểm tra nào: 02/2026, 05/2026, 06/2026.",
                "01/02/2026 – 28/02/2026 (28 ngày)", "01/05/2026 – 30/06/2026 (61 ngày)",
                "66,5%", "Tiêu chí 3", "80,3%", "59,2%", "60,0%",
                "01/03/2026: Không đạt → Đạt — lý do PASS",
                "01/04/2026 – 30/04/2026 (30 ngày, 30 ngày kiểm tra không đạt, chưa khắc phục đến cuối kỳ)",
                "Tỷ lệ thủ tục trực tuyến (%)", "Số ngày trả lời (trung vị)", "<polyline", "<svg",
                "Không (có lần kiểm tra sau trong ngày)");
        assertThat(html).doesNotContain("<script", "<link", "@import", "src=\"http");
    }

    @Test
    void aYearStillRunningCountsOnlyTheDaysUpToTheReportDate() throws Exception {
        CliRun run = CliRun.of("report", "-c", config.toString(), "--period", "2026-01-01..2026-04-30",
                "--as-of", "2026-04-30", "-o", dir.resolve("range").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode coverage = JSON.readTree(dir.resolve("range/period.json").toFile()).get("coverage");
        assertThat(coverage.get("missingDays").asInt()).isEqualTo(44);
        assertThat(coverage.get("notYetDays").asInt()).isZero();

        CliRun year = CliRun.of("report", "-c", config.toString(), "--period", "2026", "--as-of", "2026-04-15",
                "-o", dir.resolve("year").toString());
        assertThat(year.exitCode()).as(year.err()).isZero();
        JsonNode json = JSON.readTree(dir.resolve("year/period.json").toFile());
        assertThat(json.get("coverage").get("notYetDays").asInt()).isEqualTo(260);
        assertThat(json.get("coverage").get("auditedDays").asInt()).isEqualTo(61);
        assertThat(json.get("audits")).hasSize(62);
        assertThat(Files.readString(dir.resolve("year/period.html"))).contains("Năm 2026",
                "Kỳ báo cáo chưa kết thúc: 260 ngày sau ngày lập báo cáo chưa được tính.");
    }

    @Test
    void writesTheWordDraftFromTheConfigsTemplateAndTheWorkbook() throws Exception {
        Path template = dir.resolve("mau.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(template)) {
            doc.createParagraph().createRun().setText("Kính gửi Phòng Tư pháp: {{organisation}}, {{periodTitle}}, "
                    + "{{overallPercent}}");
            doc.write(out);
        }
        Files.writeString(config, Files.readString(config) + "report: {template: \"" + template + "\"}\n");
        CliRun run = CliRun.of("report", "-c", config.toString(), "--period", "2026-H1", "--as-of", "2026-07-02",
                "--format", "docx,xlsx", "-o", dir.resolve("office").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("period.docx", "period.xlsx").doesNotContain("period.json");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("office/period.docx")))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Kính gửi Phòng Tư pháp: UBND huyện Lý Sơn, 6 tháng đầu năm 2026, 66,5%");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("office/period.xlsx")))) {
            assertThat(book.getSheet("Mục").getRow(1).getCell(0).getStringCellValue()).isEqualTo("budget.execution");
        }
        CliRun bad = CliRun.of("report", "-c", config.toString(), "--period", "2026-H1", "--format", "pdf");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).isEqualTo(
                "--format: unknown report format 'pdf'; expected some of json, html, docx, xlsx");
    }

    @Test
    void writesEveryFormatInEnglishWithLangOrTheConfigsReportLang() throws Exception {
        CliRun run = CliRun.of("report", "-c", config.toString(), "--period", "2026-H1", "--as-of", "2026-07-02",
                "--format", "json,html,docx,xlsx", "--lang", "en", "-o", dir.resolve("en").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(dir.resolve("en/period.html"));
        assertThat(html).contains("<html lang=\"en\">", "First half of 2026", "1 Jan 2026 – 30 Jun 2026",
                "Overall compliance", "Months without any audit: Feb 2026, May 2026, Jun 2026.")
                .doesNotContain("6 tháng đầu năm", "Tỷ lệ tuân thủ chung");
        assertThat(JSON.readTree(dir.resolve("en/period.json").toFile()).get("period").get("label").asText())
                .isEqualTo("2026-H1");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(dir.resolve("en/period.docx")))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("REPORT", "SOCIALIST REPUBLIC OF VIETNAM",
                    "First half of 2026", "I. RESULTS").doesNotContain("BÁO CÁO", "{{");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve("en/period.xlsx")))) {
            assertThat(book.getSheet("Items").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Item");
        }

        Files.writeString(config, Files.readString(config) + "report: {lang: en}\n");
        CliRun fromConfig = CliRun.of("report", "-c", config.toString(), "--period", "2026-Q1", "--as-of",
                "2026-07-02", "-o", dir.resolve("config-en").toString());
        assertThat(fromConfig.exitCode()).as(fromConfig.err()).isZero();
        assertThat(Files.readString(dir.resolve("config-en/period.html"))).contains("First quarter of 2026");
        CliRun vietnamese = CliRun.of("report", "-c", config.toString(), "--period", "2026-Q1", "--as-of",
                "2026-07-02", "--lang", "vi", "-o", dir.resolve("vi").toString());
        assertThat(vietnamese.exitCode()).as(vietnamese.err()).isZero();
        assertThat(Files.readString(dir.resolve("vi/period.html"))).contains("Quý I năm 2026");

        CliRun bad = CliRun.of("report", "-c", config.toString(), "--period", "2026-H1", "--lang", "fr");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("vi, en");
    }

    @Test
    void aBadPeriodIsAOneLineUsageError() {
        for (String[] args : List.of(new String[] {"--period", "2026-H3"}, new String[] {"--period", "H1-2026"},
                new String[] {"--period", "2027", "--as-of", "2026-11-28"})) {
            List<String> all = new ArrayList<>(List.of("report", "-c", config.toString()));
            all.addAll(List.of(args));
            CliRun run = CliRun.of(all.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().lines()).as(run.err()).singleElement().asString().startsWith("--period: ");
        }
        assertThat(CliRun.of("report", "-c", config.toString(), "--period", "2027", "--as-of", "2026-11-28").err())
                .contains("2027 starts after the report date 2026-11-28");
        assertThat(Files.exists(Path.of("reports", "period-2026-H3"))).isFalse();
    }

    private static LocalDate date(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static AuditRun run(LocalDate day, int hour, Verdict budget, Verdict online, double percentOnline,
                                Verdict qa, Double medianDays) {
        OffsetDateTime started = OffsetDateTime.of(day, LocalTime.of(hour, 0), ZoneOffset.ofHours(7));
        java.util.Map<String, Double> qaFigures = new java.util.LinkedHashMap<>();
        if (medianDays != null) {
            qaFigures.put("medianDays", medianDays);
        }
        List<Finding> items = List.of(
                finding("budget.execution", "3", "Công khai tình hình thực hiện dự toán ngân sách", budget, Map.of()),
                finding("onestop.online-rate", "4", "Tỷ lệ thủ tục trực tuyến", online,
                        Map.of("percentOnline", percentOnline)),
                finding("qa.response-time", "7", "Trả lời hỏi đáp", qa, qaFigures));
        return new AuditRun("UBND huyện Lý Sơn", day, started, started.plusMinutes(3), List.of(), items, List.of(),
                List.of());
    }

    private static Finding finding(String id, String criterion, String title, Verdict status,
                                   Map<String, Double> figures) {
        return new Finding(id, criterion, SiteRole.PORTAL, title, status, Text.plain("lý do " + status), null, null,
                new RuleRef(List.of(), "v1"), figures, List.of());
    }
}
