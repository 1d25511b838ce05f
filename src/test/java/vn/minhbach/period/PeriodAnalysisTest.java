package vn.minhbach.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ItemPeriod.Change;
import vn.minhbach.period.ItemPeriod.Lapse;
import vn.minhbach.period.ItemPeriod.MonthFigure;
import vn.minhbach.period.ItemPeriod.Run;
import vn.minhbach.store.AuditItems;
import vn.minhbach.store.StoredItem;

/** Period maths over months with gaps: Q1 2026 audited 1-10 January and 20-31 March, nothing in February. */
class PeriodAnalysisTest {
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAR_20 = LocalDate.of(2026, 3, 20);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    private final List<AuditItems> audits = new ArrayList<>();

    /** The series: a passes but lapses 20-25 March; b fails, passes 6-10 January, fails again; c is off. */
    private List<AuditItems> series() {
        for (LocalDate day = JAN_1; day.getMonthValue() == 1 && day.getDayOfMonth() <= 10; day = day.plusDays(1)) {
            int d = day.getDayOfMonth();
            if (d == 5) {
                audit(day, 1, "f1", item("a", "1", Verdict.FAIL), item("b", "7", Verdict.PASS), item("c", "1",
                        Verdict.NOT_APPLICABLE));
            }
            Verdict b = d <= 3 || d == 5 ? Verdict.FAIL : d == 4 ? Verdict.UNKNOWN : Verdict.PASS;
            audit(day, 2, "f1", item("a", "1", Verdict.PASS), item("b", "7", b, d == 4 ? null : (double) d),
                    item("c", "1", Verdict.NOT_APPLICABLE));
        }
        for (LocalDate day = MAR_20; day.getMonthValue() == 3; day = day.plusDays(1)) {
            int d = day.getDayOfMonth();
            Verdict a = d <= 25 ? Verdict.STALE : Verdict.PASS;
            audit(day, 2, "f2", item("a", "1", a), item("b", "7", Verdict.FAIL, (double) d - 8),
                    item("c", "1", Verdict.NOT_APPLICABLE));
        }
        return audits;
    }

    @Test
    void coverageNamesTheDaysAndMonthsWithoutAudit() {
        PeriodReport report = analyse("2026-Q1", LocalDate.of(2026, 4, 10));
        Coverage coverage = report.coverage();
        assertThat(coverage.days()).isEqualTo(90);
        assertThat(coverage.elapsedDays()).isEqualTo(90);
        assertThat(coverage.auditedDays()).isEqualTo(22);
        assertThat(coverage.missingDays()).isEqualTo(68);
        assertThat(coverage.notYetDays()).isZero();
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.gaps()).containsExactly(new Coverage.Gap(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 3, 19)));
        assertThat(coverage.gaps().get(0).days()).isEqualTo(68);
        assertThat(coverage.months()).containsExactly(new Coverage.MonthCoverage(JAN, 31, 31, 10),
                new Coverage.MonthCoverage(FEB, 28, 28, 0), new Coverage.MonthCoverage(MAR, 31, 31, 12));
        assertThat(coverage.monthsWithoutAudit()).containsExactly(FEB);
    }

    @Test
    void theLastAuditOfADayCounts() {
        PeriodReport report = analyse("2026-Q1", LocalDate.of(2026, 4, 10));
        assertThat(report.audits()).hasSize(23);
        assertThat(report.audits().stream().filter(PeriodReport.AuditUse::counted)).hasSize(22);
        assertThat(report.audits().get(4).counted()).isFalse();
        assertThat(report.audits().get(4).audit().asOf()).isEqualTo(JAN_1.plusDays(4));
        assertThat(report.audits().get(5).counted()).isTrue();
        assertThat(item(report, "a").days()).containsEntry(Verdict.PASS, 16).containsEntry(Verdict.FAIL, 0);
    }

    @Test
    void sharesChangesAndLapsesOfAnItemThatRecovers() {
        ItemPeriod a = item(analyse("2026-Q1", LocalDate.of(2026, 4, 10)), "a");
        assertThat(a.days()).containsEntry(Verdict.PASS, 16).containsEntry(Verdict.STALE, 6);
        assertThat(a.auditedDays()).isEqualTo(22);
        assertThat(a.compliance().compliantDays()).isEqualTo(16);
        assertThat(a.compliance().assessedDays()).isEqualTo(22);
        assertThat(a.compliance().percent()).isEqualTo(72.7);
        assertThat(a.compliance().months()).containsExactly(new Compliance.Month(JAN, 10, 10),
                new Compliance.Month(FEB, 0, 0), new Compliance.Month(MAR, 6, 12));
        assertThat(a.compliance().months().get(1).percent()).isNull();
        assertThat(a.changes()).containsExactly(
                new Change(MAR_20, Verdict.PASS, Verdict.STALE, "reason STALE"),
                new Change(MAR_20.plusDays(6), Verdict.STALE, Verdict.PASS, "reason PASS"));
        assertThat(a.lapses()).isEqualTo(1);
        assertThat(a.longestLapse()).isEqualTo(new Lapse(MAR_20, MAR_20.plusDays(5), 6, false));
        assertThat(a.longestLapse().days()).isEqualTo(6);
        assertThat(a.first()).isEqualTo(new ItemPeriod.DayStatus(JAN_1, Verdict.PASS));
        assertThat(a.last()).isEqualTo(new ItemPeriod.DayStatus(LocalDate.of(2026, 3, 31), Verdict.PASS));
    }

    @Test
    void unknownDaysNeitherCountNorBreakALapse() {
        ItemPeriod b = item(analyse("2026-Q1", LocalDate.of(2026, 4, 10)), "b");
        assertThat(b.days()).containsEntry(Verdict.FAIL, 16).containsEntry(Verdict.UNKNOWN, 1)
                .containsEntry(Verdict.PASS, 5);
        assertThat(b.compliance().percent()).isEqualTo(23.8);
        // FAIL, UNKNOWN, FAIL is one lapse and no change; the UNKNOWN day is still shown on the day strip.
        assertThat(b.changes()).extracting(Change::date, Change::from, Change::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(JAN_1.plusDays(5), Verdict.FAIL, Verdict.PASS),
                org.assertj.core.groups.Tuple.tuple(MAR_20, Verdict.PASS, Verdict.FAIL));
        assertThat(b.lapses()).isEqualTo(2);
        assertThat(b.longestLapse()).isEqualTo(new Lapse(MAR_20, LocalDate.of(2026, 3, 31), 12, true));
        assertThat(b.timeline()).containsExactly(
                new Run(JAN_1, JAN_1.plusDays(2), Verdict.FAIL),
                new Run(JAN_1.plusDays(3), JAN_1.plusDays(3), Verdict.UNKNOWN),
                new Run(JAN_1.plusDays(4), JAN_1.plusDays(4), Verdict.FAIL),
                new Run(JAN_1.plusDays(5), JAN_1.plusDays(9), Verdict.PASS),
                new Run(MAR_20, LocalDate.of(2026, 3, 31), Verdict.FAIL));
    }

    @Test
    void figuresTrendAsMonthlyMediansWithEmptyMonths() {
        ItemPeriod b = item(analyse("2026-Q1", LocalDate.of(2026, 4, 10)), "b");
        assertThat(b.trends()).hasSize(1);
        assertThat(b.trends().get(0).name()).isEqualTo("medianDays");
        // January: 1, 2, 3, 5 ... 10 (the UNKNOWN day measured nothing); March: 12 ... 23.
        assertThat(b.trends().get(0).months()).containsExactly(new MonthFigure(JAN, 6.0, 9),
                new MonthFigure(FEB, null, 0), new MonthFigure(MAR, 17.5, 12));
        assertThat(item(analyse("2026-Q1", LocalDate.of(2026, 4, 10)), "a").trends()).isEmpty();
    }

    @Test
    void notApplicableItemsStayOutOfTheCriteria() {
        PeriodReport report = analyse("2026-Q1", LocalDate.of(2026, 4, 10));
        ItemPeriod c = item(report, "c");
        assertThat(c.notApplicable()).isTrue();
        assertThat(c.compliance().percent()).isNull();
        assertThat(c.lapses()).isZero();
        assertThat(c.longestLapse()).isNull();
        assertThat(report.criteria()).extracting(PeriodReport.CriterionCompliance::criterion).containsExactly("1", "7");
        assertThat(report.criteria().get(0).items()).containsExactly("a");
        assertThat(report.criteria().get(0).compliance().percent()).isEqualTo(72.7);
        assertThat(report.criteria().get(1).compliance().percent()).isEqualTo(23.8);
        assertThat(report.overall().compliantDays()).isEqualTo(21);
        assertThat(report.overall().assessedDays()).isEqualTo(43);
        assertThat(report.overall().percent()).isEqualTo(48.8);
        assertThat(report.overall().months()).containsExactly(new Compliance.Month(JAN, 15, 19),
                new Compliance.Month(FEB, 0, 0), new Compliance.Month(MAR, 6, 24));
        assertThat(report.items()).extracting(ItemPeriod::id).containsExactly("a", "b", "c");
    }

    @Test
    void daysAfterTheReportDateAreNotYetDueNotMissing() {
        PeriodReport report = analyse("2026-H1", LocalDate.of(2026, 3, 31));
        Coverage coverage = report.coverage();
        assertThat(coverage.days()).isEqualTo(181);
        assertThat(coverage.elapsedDays()).isEqualTo(90);
        assertThat(coverage.notYetDays()).isEqualTo(91);
        assertThat(coverage.missingDays()).isEqualTo(68);
        assertThat(coverage.months()).hasSize(6);
        assertThat(coverage.months().get(3)).isEqualTo(new Coverage.MonthCoverage(YearMonth.of(2026, 4), 30, 0, 0));
        assertThat(coverage.monthsWithoutAudit()).containsExactly(FEB);
        assertThat(item(report, "b").trends().get(0).months()).hasSize(3);
        // An audit after the report date is left out, as if it had not happened yet.
        PeriodReport early = analyse("2026-Q1", LocalDate.of(2026, 3, 25));
        assertThat(early.coverage().auditedDays()).isEqualTo(16);
        assertThat(early.coverage().gaps()).last().isEqualTo(new Coverage.Gap(LocalDate.of(2026, 1, 11), MAR_20.minusDays(1)));
        assertThat(item(early, "a").longestLapse()).isEqualTo(new Lapse(MAR_20, MAR_20.plusDays(5), 6, true));
    }

    @Test
    void aRangeInsideAMonthAndSettingsThatChanged() {
        PeriodReport report = analyse("2026-01-08..2026-03-21", LocalDate.of(2026, 4, 10));
        assertThat(report.coverage().days()).isEqualTo(73);
        assertThat(report.coverage().months()).containsExactly(new Coverage.MonthCoverage(JAN, 24, 24, 3),
                new Coverage.MonthCoverage(FEB, 28, 28, 0), new Coverage.MonthCoverage(MAR, 21, 21, 2));
        assertThat(report.coverage().gaps()).containsExactly(
                new Coverage.Gap(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 3, 19)));
        assertThat(report.settingsChanges()).extracting(u -> u.audit().asOf()).containsExactly(MAR_20);
        ItemPeriod b = item(report, "b");
        assertThat(b.first()).isEqualTo(new ItemPeriod.DayStatus(LocalDate.of(2026, 1, 8), Verdict.PASS));
        assertThat(b.longestLapse()).isEqualTo(new Lapse(MAR_20, MAR_20.plusDays(1), 2, true));
    }

    @Test
    void noAuditAtAllIsAllGap() {
        PeriodReport report = PeriodAnalysis.analyse("X", ReportPeriod.parse("2026-02"), LocalDate.of(2026, 5, 1),
                List.of());
        assertThat(report.coverage().auditedDays()).isZero();
        assertThat(report.coverage().gaps()).containsExactly(
                new Coverage.Gap(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(report.items()).isEmpty();
        assertThat(report.overall().percent()).isNull();
    }

    @Test
    void theItemTakesItsTitleFromTheLatestAudit() {
        audit(JAN_1, 2, "f", new StoredItem("a", "1", "old title", Verdict.PASS, "", Map.of()));
        audit(JAN_1.plusDays(1), 2, "f", new StoredItem("z", "2", "only new", Verdict.PASS, "", Map.of()),
                new StoredItem("a", "1", "new title", Verdict.PASS, "", Map.of()));
        PeriodReport report = PeriodAnalysis.analyse("X", ReportPeriod.parse("2026-01"), LocalDate.of(2026, 5, 1),
                audits);
        assertThat(report.items()).extracting(ItemPeriod::id, ItemPeriod::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("z", "only new"), org.assertj.core.groups.Tuple.tuple("a", "new title"));
    }

    @Test
    void mediansOfOddAndEvenCounts() {
        assertThat(ItemTracker.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(ItemTracker.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(ItemTracker.median(List.of())).isNull();
    }

    private PeriodReport analyse(String period, LocalDate asOf) {
        return PeriodAnalysis.analyse("UBND huyện Lý Sơn", ReportPeriod.parse(period), asOf, series());
    }

    private static ItemPeriod item(PeriodReport report, String id) {
        return report.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static StoredItem item(String id, String criterion, Verdict status) {
        return new StoredItem(id, criterion, "Mục " + id, status, "reason " + status, Map.of());
    }

    private static StoredItem item(String id, String criterion, Verdict status, Double medianDays) {
        Map<String, Double> figures = new HashMap<>();
        figures.put("medianDays", medianDays);
        return new StoredItem(id, criterion, "Mục " + id, status, "reason " + status, figures);
    }

    private void audit(LocalDate day, int hour, String fingerprint, StoredItem... items) {
        OffsetDateTime started = OffsetDateTime.of(day, LocalTime.of(hour, 0), ZoneOffset.ofHours(7));
        AuditRecord record = new AuditRecord(Integer.toString(audits.size() + 1), "key", fingerprint, "UBND",
                day, started, started.plusMinutes(3), items.length, new LinkedHashMap<>(), 0.0);
        audits.add(new AuditItems(record, List.of(items)));
    }
}
