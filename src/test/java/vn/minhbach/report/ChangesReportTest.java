package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.minhbach.history.Changes;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Verdict;
import vn.minhbach.store.AuditStatuses;

/** The changes since the previous audit, in every report form. */
class ChangesReportTest {
    private final AuditRun run = ReportFixture.run();
    private final String failing = run.items().get(0).id();
    private final String fixed = run.items().get(1).id();
    private final Changes changes = new Changes("41", LocalDate.of(2026, 11, 27), List.of(failing), List.of(fixed),
            List.of(new Changes.StillFailing(run.items().get(2).id(), LocalDate.of(2026, 10, 16), 43)));

    @Test
    void jsonCarriesTheChangesSectionWithinTheSchema() throws Exception {
        String json = JsonReport.toJson(run, changes);
        assertThat(SchemaCheck.errors(json)).isEmpty();
        JsonNode node = new ObjectMapper().readTree(json).get("changes");
        assertThat(node.get("previousAuditId").asText()).isEqualTo("41");
        assertThat(node.get("previousAsOf").asText()).isEqualTo("2026-11-27");
        assertThat(node.get("newlyFailing").get(0).asText()).isEqualTo(failing);
        assertThat(node.get("fixed").get(0).asText()).isEqualTo(fixed);
        assertThat(node.get("stillFailing").get(0).get("since").asText()).isEqualTo("2026-10-16");
        assertThat(node.get("stillFailing").get(0).get("days").asInt()).isEqualTo(43);
        assertThat(JsonReport.toJson(run)).doesNotContain("\"changes\"");
    }

    @Test
    void htmlShowsWhatBrokeWhatWasFixedAndForHowLong() {
        Document doc = Jsoup.parse(HtmlReport.render(run, changes));
        String section = doc.select("#thay-doi").text();
        assertThat(section).contains("27/11/2026").contains(failing).contains(fixed)
                .contains("từ 16/10/2026 (43 ngày)");
        assertThat(Jsoup.parse(HtmlReport.render(run)).select("#thay-doi")).isEmpty();
    }

    @Test
    void htmlShowsTheScoresOfTheLastAuditsWhenTheStoreHasHistory() {
        List<AuditStatuses> earlier = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            // Day d: d of 12 applicable items pass.
            Map<String, Verdict> statuses = new LinkedHashMap<>();
            for (int i = 0; i < 12; i++) {
                statuses.put("item." + i, i < day ? Verdict.PASS : Verdict.FAIL);
            }
            statuses.put("item.na", Verdict.NOT_APPLICABLE);
            earlier.add(new AuditStatuses(String.valueOf(day), LocalDate.of(2026, 11, day), statuses));
        }
        Document doc = Jsoup.parse(HtmlReport.render(run, changes, ScoreTrend.of(earlier, run)));

        List<String> rows = doc.select("table.trend tr").eachText();
        assertThat(rows).hasSize(ScoreTrend.AUDITS);
        assertThat(rows.get(0)).isEqualTo("04/11/2026 33,3%");
        assertThat(rows.get(8)).isEqualTo("12/11/2026 100,0%");
        assertThat(doc.selectFirst("table.trend tr.current").text()).contains(Labels.day(Messages.vi(), run.asOf()))
                .endsWith(Labels.score(Messages.vi(), run.summary().score()));
        assertThat(doc.selectFirst("table.trend tr .bar span").attr("style")).isEqualTo("width:33.3%");
        assertThat(ScoreTrend.of(List.of(), run)).as("a first audit has no trend").isNull();
        assertThat(Jsoup.parse(HtmlReport.render(run, changes)).select("table.trend")).isEmpty();
    }

    @Test
    void terminalListsTheChangesAfterTheTable() {
        String text = TerminalSummary.render(run, changes, false);
        assertThat(text).contains("Thay đổi so với lần kiểm tra 27/11/2026:").contains("Mới không đạt: 1\n    - " + failing)
                .contains("Đã khắc phục: 1\n    - " + fixed).contains("(43 ngày)");
        assertThat(TerminalSummary.render(run, null, false)).isEqualTo(TerminalSummary.render(run, false));
    }
}
