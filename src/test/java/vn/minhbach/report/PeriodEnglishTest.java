package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.period.PeriodAnalysis;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.ReportPeriod;

/** The period report in English: the same figures as in Vietnamese, every word from the English bundles. */
class PeriodEnglishTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Letters only Vietnamese writes: any of them in English output is a sentence left untranslated. */
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
            + "àáèéìíòóùúýãẽĩõũỹ]", Pattern.CASE_INSENSITIVE);

    private final PeriodReport report = PeriodExample.report();

    @Test
    void theHtmlPageIsInEnglishExceptWhatTheSitesAndTheAuditsWrote() {
        Document page = Jsoup.parse(PeriodHtml.render(report, Lang.EN));
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1").text()).isEqualTo("Periodic report on the results of information disclosure");
        assertThat(page.select("h2").eachText()).containsExactly("Overall compliance", "Compliance by PCI criterion",
                "Item by item", "How the figures are computed", "Audits the report rests on (176)");
        assertThat(page.text()).contains("Period: First half of 2026 (1 Jan 2026 – 30 Jun 2026)",
                "Report date: 1 Jul 2026", "Audit data missing: 5 of the 181 days of the period so far have no audit.",
                "Days without an audit: 20 Feb 2026 – 24 Feb 2026 (5 days).", "Criterion 1: Publication of plans and planning",
                "Procedures online (%)", "Longest lapse: 10 Mar 2026 – 5 Apr 2026 (27 days, 27 audited days failing)",
                "Made by minhbach");
        assertThat(page.select("svg title").eachText()).contains("Feb 2026: audited on 23 of 28 days");
        // What remains once the organisation, the items' titles and the reasons the audits gave are taken out.
        page.select(".org, title, .item h3, .changes").remove();
        assertThat(page.text()).doesNotContainPattern(VIETNAMESE).doesNotContain("Tiêu chí", "Kỳ báo cáo", "ngày");
    }

    @Test
    void theVietnamesePageIsTheDefault() {
        assertThat(PeriodHtml.render(report)).isEqualTo(PeriodHtml.render(report, Lang.VI))
                .contains("<html lang=\"vi\">", "6 tháng đầu năm 2026");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2026 | Year 2026", "2026-H2 | Second half of 2026",
            "2026-Q3 | Third quarter of 2026", "2026-11 | November 2026",
            "2026-01-05..2026-02-10 | From 5 Jan 2026 to 10 Feb 2026"})
    void periodsAreNamedInEnglish(String period, String name) {
        PeriodReport empty = PeriodAnalysis.analyse("X", ReportPeriod.parse(period), LocalDate.of(2027, 1, 1),
                List.of());
        assertThat(Jsoup.parse(PeriodHtml.render(empty, Lang.EN)).select("dd").first().text()).startsWith(name);
        assertThat(Wording.of(Lang.EN).period(ReportPeriod.parse(period))).isEqualTo(name);
    }

    @Test
    void theJsonKeepsItsKeysAndValuesAndSaysTitlesInEnglish() throws Exception {
        JsonNode vi = JSON.readTree(PeriodJson.toJson(report));
        JsonNode en = JSON.readTree(PeriodJson.toJson(report, Lang.EN));
        assertThat(fieldNames(en)).isEqualTo(fieldNames(vi));
        assertThat(en.get("period")).isEqualTo(vi.get("period"));
        assertThat(en.get("overall")).isEqualTo(vi.get("overall"));
        for (int i = 0; i < vi.get("items").size(); i++) {
            JsonNode item = vi.get("items").get(i);
            assertThat(en.get("items").get(i).get("title").asText()).isEqualTo(Messages.of(Lang.EN)
                    .itemTitle(item.get("id").asText(), item.get("title").asText()));
        }
    }

    @Test
    void theWorkbookHasEnglishSheetsHeadersAndWords() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(PeriodXlsx.render(report, Lang.EN)))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Items", "Criteria", "By month", "Figures", "Audits");
            assertThat(row(book.getSheet("Items"), 0)).startsWith("Item", "Criterion", "Title", "Days passing",
                    "Days assessed", "Share passing", "Days: Pass", "Days: Stale").contains("Start of the period");
            assertThat(row(book.getSheet("Items"), 4)).contains("budget.execution", "Pass");
            assertThat(row(book.getSheet("Criteria"), 1)).contains("Criterion 1: Publication of plans and planning");
            assertThat(row(book.getSheet("By month"), 1)).startsWith("Total");
            assertThat(row(book.getSheet("Audits"), 1)).endsWith("Yes");
            for (Sheet sheet : book) {
                assertThat(row(sheet, 0)).as(sheet.getSheetName()).noneMatch(h -> VIETNAMESE.matcher(h).find());
            }
        }
    }

    private static List<String> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.toString()));
        return cells;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
