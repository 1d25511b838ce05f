package vn.minhbach.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.Compliance;
import vn.minhbach.period.Coverage;
import vn.minhbach.period.ItemPeriod;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.PeriodReport.AuditUse;

/**
 * What the period.html template shows, already worded in Vietnamese; the template lays it out and escapes it.
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

    static PeriodView of(PeriodReport report) {
        List<HtmlView.Count> legend = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            legend.add(new HtmlView.Count(verdict.name(), Labels.verdict(verdict), 0, Labels.verdictStyle(verdict)));
        }
        return new PeriodView(report.organisation(), Labels.period(report.period()),
                Labels.day(report.period().start()) + " – " + Labels.day(report.period().end()),
                Labels.day(report.asOf()), coverage(report.coverage()), percent(report.overall()),
                days(report.overall()), monthlyChart(report.overall()), criteria(report), groups(report),
                report.audits().stream().map(PeriodView::audit).toList(),
                report.settingsChanges().stream().map(u -> "Từ lần kiểm tra " + u.audit().id() + " ngày "
                        + Labels.day(u.audit().asOf()) + ", cấu hình kiểm tra đã thay đổi.").toList(),
                legend, JsonReport.TOOL_NAME + " " + JsonReport.toolVersion());
    }

    private static CoverageView coverage(Coverage coverage) {
        List<String> details = new ArrayList<>();
        String headline;
        if (coverage.auditedDays() == 0) {
            headline = "Không có lần kiểm tra nào trong kỳ: báo cáo không có số liệu.";
        } else if (coverage.missingDays() == 0) {
            headline = "Đủ dữ liệu: tất cả " + coverage.elapsedDays() + " ngày đã qua của kỳ đều có kết quả kiểm tra.";
        } else {
            headline = "Thiếu dữ liệu kiểm tra: " + coverage.missingDays() + " trong số " + coverage.elapsedDays()
                    + " ngày đã qua của kỳ không có lần kiểm tra nào. Số liệu dưới đây chỉ dựa trên "
                    + coverage.auditedDays() + " ngày có kiểm tra.";
        }
        List<YearMonth> without = coverage.monthsWithoutAudit();
        if (!without.isEmpty() && coverage.auditedDays() > 0) {
            details.add("Các tháng không có lần kiểm tra nào: "
                    + String.join(", ", without.stream().map(Labels::month).toList()) + ".");
        }
        List<Coverage.Gap> gaps = coverage.gaps();
        if (!gaps.isEmpty() && coverage.auditedDays() > 0) {
            List<String> listed = gaps.stream().limit(GAPS_LISTED).map(g -> g.days() == 1 ? Labels.day(g.from())
                    : Labels.day(g.from()) + " – " + Labels.day(g.to()) + " (" + g.days() + " ngày)").toList();
            details.add("Những ngày không có kiểm tra: " + String.join("; ", listed)
                    + (gaps.size() > GAPS_LISTED ? "; và " + (gaps.size() - GAPS_LISTED) + " khoảng khác" : "") + ".");
        }
        if (coverage.notYetDays() > 0) {
            details.add("Kỳ báo cáo chưa kết thúc: " + coverage.notYetDays()
                    + " ngày sau ngày lập báo cáo chưa được tính.");
        }
        List<PeriodCharts.Column> columns = coverage.months().stream().filter(m -> m.elapsedDays() > 0)
                .map(m -> new PeriodCharts.Column(Labels.month(m.month()), 100.0 * m.auditedDays() / m.elapsedDays(),
                        m.auditedDays() + "/" + m.elapsedDays(), "Tháng " + Labels.month(m.month()) + ": "
                        + m.auditedDays() + " trong số " + m.elapsedDays() + " ngày có kiểm tra",
                        coverageColour(m.auditedDays(), m.elapsedDays()))).toList();
        return new CoverageView(coverage.complete(), headline, details, PeriodCharts.bars(columns));
    }

    private static PeriodCharts.Bars monthlyChart(Compliance compliance) {
        return PeriodCharts.bars(compliance.months().stream().map(m -> new PeriodCharts.Column(Labels.month(m.month()),
                m.percent(), m.percent() == null ? "—" : Labels.score(m.percent()),
                "Tháng " + Labels.month(m.month()) + ": " + (m.percent() == null ? "không có số liệu"
                        : Labels.score(m.percent()) + " (" + m.compliantDays() + "/" + m.assessedDays() + ")"),
                Labels.verdictColour(Verdict.PASS))).toList());
    }

    /** Green for a month audited every day, the STALE colour for part of it, the FAIL colour for none. */
    private static String coverageColour(int audited, int elapsed) {
        Verdict like = audited == elapsed ? Verdict.PASS : audited > 0 ? Verdict.STALE : Verdict.FAIL;
        return Labels.verdictColour(like);
    }

    private static List<CriterionRow> criteria(PeriodReport report) {
        return report.criteria().stream().map(c -> {
            Double percent = c.compliance().percent();
            return new CriterionRow(heading(c.criterion()), c.items().size(), percent(c.compliance()),
                    days(c.compliance()), percent == null ? "0" : String.valueOf(Math.round(percent)));
        }).toList();
    }

    private static List<Group> groups(PeriodReport report) {
        Map<String, List<Item>> byCriterion = new LinkedHashMap<>();
        for (ItemPeriod item : report.items()) {
            byCriterion.computeIfAbsent(item.criterion() == null ? "" : item.criterion(), c -> new ArrayList<>())
                    .add(item(item, report));
        }
        List<Group> groups = new ArrayList<>();
        byCriterion.forEach((criterion, items) -> groups.add(new Group(
                criterion.isEmpty() ? "tieu-chi-khac" : HtmlView.anchor(criterion),
                heading(criterion.isEmpty() ? null : criterion), List.copyOf(items))));
        return groups;
    }

    private static Item item(ItemPeriod item, PeriodReport report) {
        List<HtmlView.Count> counts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            int count = item.days().get(verdict);
            if (count > 0) {
                counts.add(new HtmlView.Count(verdict.name(), Labels.verdict(verdict), count,
                        Labels.verdictStyle(verdict)));
            }
        }
        String firstLast = item.first() == null ? "Không có trong lần kiểm tra nào của kỳ."
                : "Đầu kỳ (" + Labels.day(item.first().date()) + "): " + Labels.verdict(item.first().status())
                + "; cuối kỳ (" + Labels.day(item.last().date()) + "): " + Labels.verdict(item.last().status()) + ".";
        List<String> changes = item.changes().stream().map(c -> Labels.day(c.date()) + ": "
                + Labels.verdict(c.from()) + " → " + Labels.verdict(c.to())
                + (c.reason() == null || c.reason().isBlank() ? "" : " — " + c.reason())).toList();
        ItemPeriod.Lapse lapse = item.longestLapse();
        String lapseText = lapse == null ? null : Labels.day(lapse.start()) + " – " + Labels.day(lapse.end()) + " ("
                + lapse.days() + " ngày, " + lapse.failingDays() + " ngày kiểm tra không đạt"
                + (lapse.ongoing() ? ", chưa khắc phục đến cuối kỳ" : "") + ")";
        List<Trend> trends = item.trends().stream().map(t -> new Trend(Labels.figure(t.name()),
                PeriodCharts.spark(t.months().stream().map(ItemPeriod.MonthFigure::median).toList(),
                        t.months().stream().map(m -> Labels.month(m.month()) + ": " + median(m)).toList()),
                t.months().stream().map(m -> new HtmlView.Fact(Labels.month(m.month()), median(m))).toList()))
                .toList();
        return new Item(item.id(), item.title() == null ? item.id() : item.title(), percent(item.compliance()),
                days(item.compliance()), counts,
                PeriodCharts.strip(report.period().start(), report.period().days(), item.timeline()), firstLast,
                changes, lapseText, item.lapses(), trends, item.notApplicable());
    }

    private static AuditRow audit(AuditUse use) {
        AuditRecord audit = use.audit();
        return new AuditRow(audit.id(), Labels.day(audit.asOf()), Labels.time(audit.startedAt(),
                audit.startedAt().getOffset()), Labels.score(audit.score()), use.counted());
    }

    private static String median(ItemPeriod.MonthFigure month) {
        return month.median() == null ? "—" : Labels.number(month.median());
    }

    private static String heading(String criterion) {
        return criterion == null ? "Khác" : Labels.criterion(criterion);
    }

    private static String percent(Compliance compliance) {
        return compliance.percent() == null ? "—" : Labels.score(compliance.percent());
    }

    private static String days(Compliance compliance) {
        return compliance.compliantDays() + "/" + compliance.assessedDays();
    }
}
