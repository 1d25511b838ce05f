package vn.minhbach.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.Compliance;
import vn.minhbach.period.Coverage;
import vn.minhbach.period.ItemPeriod;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.PeriodReport.AuditUse;

/**
 * What the period.html template shows, already worded in the report's language; the template lays it out and
 * escapes it.
 */
record PeriodView(String organisation, String title, String range, String reportDate, CoverageView coverage,
                  String overallPercent, String overallDays, PeriodCharts.Bars overallChart,
                  List<CriterionRow> criteria, List<Group> groups, List<AuditRow> audits, List<String> settingsChanges,
                  List<HtmlView.Count> legend, String tool) {

    /** At most this many gaps are listed one by one; the rest are counted. */
    static final int GAPS_LISTED = 12;

    record CoverageView(boolean complete, String headline, List<String> details, PeriodCharts.Bars chart) {
    }

    record CriterionRow(String heading, int items, String percent, String days, String barWidth) {
    }

    record Group(String anchor, String heading, List<Item> items) {
    }

    record Item(String id, String title, String percent, String days, List<HtmlView.Count> counts,
                PeriodCharts.Strip strip, String firstLast, List<String> changes, String lapse, int lapses,
                List<Trend> trends, boolean notApplicable) {
    }

    record Trend(String label, PeriodCharts.Spark spark, List<HtmlView.Fact> months) {
    }

    record AuditRow(String id, String date, String started, String score, boolean counted) {
    }

    /** In Vietnamese. */
    static PeriodView of(PeriodReport report) {
        return of(report, Wording.of(Lang.VI));
    }

    static PeriodView of(PeriodReport report, Wording w) {
        List<HtmlView.Count> legend = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            legend.add(new HtmlView.Count(verdict.name(), w.verdict(verdict), 0, Labels.verdictStyle(verdict)));
        }
        return new PeriodView(report.organisation(), w.period(report.period()),
                w.day(report.period().start()) + " – " + w.day(report.period().end()),
                w.day(report.asOf()), coverage(report.coverage(), w), percent(report.overall(), w),
                days(report.overall()), monthlyChart(report.overall(), w), criteria(report, w), groups(report, w),
                report.audits().stream().map(use -> audit(use, w)).toList(),
                report.settingsChanges().stream().map(u -> w.get("period.settingsChanged", u.audit().id(),
                        w.day(u.audit().asOf()))).toList(),
                legend, JsonReport.TOOL_NAME + " " + JsonReport.toolVersion());
    }

    private static CoverageView coverage(Coverage coverage, Wording w) {
        List<String> details = new ArrayList<>();
        String headline;
        if (coverage.auditedDays() == 0) {
            headline = w.get("period.coverage.none");
        } else if (coverage.missingDays() == 0) {
            headline = w.get("period.coverage.complete", coverage.elapsedDays());
        } else {
            headline = w.get("period.coverage.missing", coverage.missingDays(), coverage.elapsedDays(),
                    coverage.auditedDays());
        }
        if (!coverage.monthsWithoutAudit().isEmpty() && coverage.auditedDays() > 0) {
            details.add(w.get("period.coverage.monthsWithout",
                    String.join(", ", coverage.monthsWithoutAudit().stream().map(w::month).toList())));
        }
        List<Coverage.Gap> gaps = coverage.gaps();
        if (!gaps.isEmpty() && coverage.auditedDays() > 0) {
            String listed = String.join("; ", gaps.stream().limit(GAPS_LISTED).map(g -> g.days() == 1
                    ? w.day(g.from()) : w.get("period.coverage.gap", w.day(g.from()), w.day(g.to()), g.days()))
                    .toList());
            details.add(gaps.size() > GAPS_LISTED
                    ? w.get("period.coverage.gapsMore", listed, gaps.size() - GAPS_LISTED)
                    : w.get("period.coverage.gaps", listed));
        }
        if (coverage.notYetDays() > 0) {
            details.add(w.get("period.coverage.notYet", coverage.notYetDays()));
        }
        List<PeriodCharts.Column> columns = coverage.months().stream().filter(m -> m.elapsedDays() > 0)
                .map(m -> new PeriodCharts.Column(w.month(m.month()), 100.0 * m.auditedDays() / m.elapsedDays(),
                        m.auditedDays() + "/" + m.elapsedDays(), w.get("period.coverage.month", w.month(m.month()),
                        m.auditedDays(), m.elapsedDays()), coverageColour(m.auditedDays(), m.elapsedDays())))
                .toList();
        return new CoverageView(coverage.complete(), headline, details, PeriodCharts.bars(columns));
    }

    private static PeriodCharts.Bars monthlyChart(Compliance compliance, Wording w) {
        return PeriodCharts.bars(compliance.months().stream().map(m -> new PeriodCharts.Column(w.month(m.month()),
                m.percent(), m.percent() == null ? "—" : w.score(m.percent()), m.percent() == null
                        ? w.get("period.chart.monthEmpty", w.month(m.month()))
                        : w.get("period.chart.month", w.month(m.month()), w.score(m.percent()),
                        m.compliantDays() + "/" + m.assessedDays()),
                Labels.verdictColour(Verdict.PASS))).toList());
    }

    /** Green for a month audited every day, the STALE colour for part of it, the FAIL colour for none. */
    private static String coverageColour(int audited, int elapsed) {
        Verdict like = audited == elapsed ? Verdict.PASS : audited > 0 ? Verdict.STALE : Verdict.FAIL;
        return Labels.verdictColour(like);
    }

    private static List<CriterionRow> criteria(PeriodReport report, Wording w) {
        return report.criteria().stream().map(c -> {
            Double percent = c.compliance().percent();
            return new CriterionRow(w.criterion(c.criterion()), c.items().size(), percent(c.compliance(), w),
                    days(c.compliance()), percent == null ? "0" : String.valueOf(Math.round(percent)));
        }).toList();
    }

    private static List<Group> groups(PeriodReport report, Wording w) {
        Map<String, List<Item>> byCriterion = new LinkedHashMap<>();
        for (ItemPeriod item : report.items()) {
            byCriterion.computeIfAbsent(item.criterion() == null ? "" : item.criterion(), c -> new ArrayList<>())
                    .add(item(item, report, w));
        }
        List<Group> groups = new ArrayList<>();
        byCriterion.forEach((criterion, items) -> groups.add(new Group(
                criterion.isEmpty() ? "tieu-chi-khac" : HtmlView.anchor(criterion),
                w.criterion(criterion.isEmpty() ? null : criterion), List.copyOf(items))));
        return groups;
    }

    private static Item item(ItemPeriod item, PeriodReport report, Wording w) {
        List<HtmlView.Count> counts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            int count = item.days().get(verdict);
            if (count > 0) {
                counts.add(new HtmlView.Count(verdict.name(), w.verdict(verdict), count,
                        Labels.verdictStyle(verdict)));
            }
        }
        String firstLast = item.first() == null ? w.get("period.item.absent") : w.messages().get(
                "period.item.firstLast", w.day(item.first().date()), w.verdict(item.first().status()),
                w.day(item.last().date()), w.verdict(item.last().status()));
        List<String> changes = item.changes().stream().map(c -> c.reason() == null || c.reason().isBlank()
                ? w.get("period.item.change", w.day(c.date()), w.verdict(c.from()), w.verdict(c.to()))
                : w.messages().get("period.item.changeWhy", w.day(c.date()), w.verdict(c.from()), w.verdict(c.to()),
                c.reason())).toList();
        ItemPeriod.Lapse lapse = item.longestLapse();
        String lapseText = lapse == null ? null : w.messages().get(lapse.ongoing() ? "period.item.lapseOngoing"
                : "period.item.lapse", w.day(lapse.start()), w.day(lapse.end()), lapse.days(), lapse.failingDays());
        List<Trend> trends = item.trends().stream().map(t -> new Trend(w.figure(t.name()),
                PeriodCharts.spark(t.months().stream().map(ItemPeriod.MonthFigure::median).toList(),
                        t.months().stream().map(m -> w.month(m.month()) + ": " + median(m, w)).toList()),
                t.months().stream().map(m -> new HtmlView.Fact(w.month(m.month()), median(m, w))).toList()))
                .toList();
        return new Item(item.id(), w.itemTitle(item.id(), item.title() == null ? item.id() : item.title()),
                percent(item.compliance(), w), days(item.compliance()), counts,
                PeriodCharts.strip(report.period().start(), report.period().days(), item.timeline(), w), firstLast,
                changes, lapseText, item.lapses(), trends, item.notApplicable());
    }

    private static AuditRow audit(AuditUse use, Wording w) {
        AuditRecord audit = use.audit();
        return new AuditRow(audit.id(), w.day(audit.asOf()), w.time(audit.startedAt(),
                audit.startedAt().getOffset()), w.score(audit.score()), use.counted());
    }

    private static String median(ItemPeriod.MonthFigure month, Wording w) {
        return month.median() == null ? "—" : w.number(month.median());
    }

    private static String percent(Compliance compliance, Wording w) {
        return compliance.percent() == null ? "—" : w.score(compliance.percent());
    }

    private static String days(Compliance compliance) {
        return compliance.compliantDays() + "/" + compliance.assessedDays();
    }
}
