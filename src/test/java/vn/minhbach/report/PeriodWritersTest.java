package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ItemPeriod;
import vn.minhbach.period.PeriodAnalysis;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.ReportPeriod;
import vn.minhbach.store.AuditItems;
import vn.minhbach.store.StoredItem;

/** period.json and period.html at their edges: no audit at all, items without criterion, charts with gaps. */
class PeriodWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPeriodWithoutAnyAuditSaysSoInBothFiles() throws Exception {
        PeriodReport report = PeriodAnalysis.analyse("UBND <Lý Sơn>", ReportPeriod.parse("2026-Q3"),
                LocalDate.of(2026, 10, 5), List.of());
        JsonNode json = JSON.readTree(PeriodJson.toJson(report));
        assertThat(json.get("coverage").get("auditedDays").asInt()).isZero();
        assertThat(json.get("coverage").get("monthsWithoutAudit")).hasSize(3);
        assertThat(json.get("overall").get("percentCompliant").isNull()).isTrue();
        assertThat(json.get("items")).isEmpty();
        String html = PeriodHtml.render(report);
        assertThat(html).contains("Quý III năm 2026", "Không có lần kiểm tra nào trong kỳ: báo cáo không có số liệu.",
                "UBND &lt;Lý Sơn&gt;", "Không có mục nào được đánh giá trong kỳ.")
                .doesNotContain("UBND <Lý Sơn>");
    }

    @Test
    void anItemWithoutCriterionOrFiguresAndAFullyAuditedMonth() throws Exception {
        List<AuditItems> audits = new java.util.ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 11, 1); day.getMonthValue() == 11; day = day.plusDays(1)) {
            Verdict status = day.getDayOfMonth() <= 10 ? Verdict.MISSING : Verdict.PASS;
            audits.add(audit(audits.size() + 1, day, new StoredItem("site.contact", null, null, status, null, Map.of()),
                    new StoredItem("off", "5", "Tắt", Verdict.NOT_APPLICABLE, null, Map.of())));
        }
        PeriodReport report = PeriodAnalysis.analyse("X", ReportPeriod.parse("2026-11"), LocalDate.of(2026, 12, 1),
                audits);
        JsonNode item = JSON.readTree(PeriodJson.toJson(report)).get("items").get(0);
        assertThat(item.get("criterion").isNull()).isTrue();
        assertThat(item.get("trends")).isEmpty();
        assertThat(item.get("longestLapse").get("days").asInt()).isEqualTo(10);
        assertThat(JSON.readTree(PeriodJson.toJson(report)).get("items").get(1).get("longestLapse").isNull()).isTrue();
        String html = PeriodHtml.render(report);
        assertThat(html).contains("Tháng 11 năm 2026", "Đủ dữ liệu: tất cả 30 ngày đã qua của kỳ đều có kết quả kiểm tra.",
                "Khác", "site.contact", "Không áp dụng trong cả kỳ", "66,7%", "01/11/2026 – 10/11/2026 (10 ngày");
        assertThat(html).doesNotContain("coverage incomplete");
    }

    @Test
    void sparklinesBreakAtMonthsWithoutValue() {
        PeriodCharts.Spark spark = PeriodCharts.spark(Arrays.asList(2.0, 4.0, null, 3.0, 1.0, null),
                List.of("a", "b", "c", "d", "e", "f"));
        assertThat(spark.lines()).containsExactly("5,22.3 35,5", "95,13.7 125,31");
        assertThat(spark.dots()).extracting(PeriodCharts.Dot::title).containsExactly("a", "b", "d", "e");
        PeriodCharts.Spark flat = PeriodCharts.spark(Arrays.asList(null, 7.0, null), List.of("a", "b", "c"));
        assertThat(flat.lines()).isEmpty();
        assertThat(flat.dots()).singleElement().isEqualTo(new PeriodCharts.Dot("80", "18", "b"));
    }

    @Test
    void dayStripsPlaceEachRunOnItsDays() {
        PeriodCharts.Strip strip = PeriodCharts.strip(LocalDate.of(2026, 1, 1), 181, List.of(
                new ItemPeriod.Run(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), Verdict.FAIL),
                new ItemPeriod.Run(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), Verdict.UNKNOWN)));
        assertThat(strip.segments()).containsExactly(
                new PeriodCharts.Segment(0, 31, "#c62828", "01/01/2026 – 31/01/2026: Không đạt"),
                new PeriodCharts.Segment(59, 1, "#5f6368", "01/03/2026: Không xác định"));
    }

    private static AuditItems audit(int id, LocalDate day, StoredItem... items) {
        OffsetDateTime started = OffsetDateTime.of(day, LocalTime.of(2, 0), ZoneOffset.ofHours(7));
        return new AuditItems(new AuditRecord(Integer.toString(id), "k", "f", "X", day, started, started, items.length,
                Map.of(), 50.0), List.of(items));
    }
}
