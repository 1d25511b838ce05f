package vn.minhbach.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.text.Period;

/**
 * Budget execution reports (tình hình thực hiện dự toán ngân sách). TT 343/2016/TT-BTC Điều 14.3: the
 * quarterly and 6-month reports within 15 days after the period ends; TT 26/2026/TT-BTC: 3-, 6-, 9-month
 * and annual reports, with the same default. The report of the latest period whose deadline (period end
 * + {@code dueDays}) has passed must be there: Q1 by 15/4, 6 months by 15/7, 9 months (or Q3) by 15/10,
 * the year by 15/1 of the next year. A report on a later period of the same year, or on a later year,
 * also covers it (9 months covers 6 months and Q1). The period is read from the report's title.
 *
 * @param info     the item
 * @param topic    the reports' titles and the budget sections
 * @param versions rule versions; parameter {@code dueDays}
 */
public record BudgetExecution(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {
    static final String DUE_DAYS = "dueDays";
    private static final int[] PERIOD_END_MONTHS = {12, 9, 6, 3};

    public BudgetExecution {
        versions = List.copyOf(versions);
    }

    /** A report: the last month it covers, and how its title names its period. */
    private record Report(Publication publication, YearMonth end, Text label) {
        /** The period, its date, and what the document says against its listing's title. */
        Text dated() {
            return label.then(Words.optional("check.note", publication.date()))
                    .then(PeriodicPublication.note(publication));
        }
    }

    /** The period due: its last month and its deadline. */
    record Due(YearMonth end, LocalDate deadline) {
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<Publication> found = Publications.find(ctx, topic);
        if (found.isEmpty()) {
            return ctx.notFound();
        }
        List<Report> reports = reports(found);
        if (reports.isEmpty()) {
            if (ctx.trace().on()) {
                found.forEach(p -> Traced.decide(ctx.trace(), p, false, Text.of("check.trace.noReportPeriod")));
            }
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.budget.noPeriod", found.size(), found.get(0).title()),
                    Publication.evidence(found, 5));
        }
        Due due = due(ctx.asOf(), (int) Math.round(ctx.param(DUE_DAYS)));
        boolean newRegime = !ctx.rule().from().isBefore(Regimes.TT26_FROM);
        Text dueLabel = dueLabel(due.end(), newRegime);
        Text expected = Text.of("check.budget.expected", dueLabel, due.deadline());
        Report newest = reports.get(0);
        if (ctx.trace().on()) {
            ctx.trace().note(Text.of("check.trace.budgetDue", dueLabel, due.deadline()));
            for (Publication p : found) {
                if (reports.stream().noneMatch(r -> r.publication() == p)) {
                    Traced.decide(ctx.trace(), p, false, Text.of("check.trace.noReportPeriod"));
                }
            }
            reports.forEach(r -> Traced.decide(ctx.trace(), r.publication(), r == newest, r == newest
                    ? Text.of("check.trace.newestReport", r.label())
                    : Text.of("check.trace.olderReport", r.label(), newest.label())));
        }
        List<Evidence> evidence = reports.stream().limit(5).map(r -> r.publication().evidence()).toList();
        if (!newest.end().isBefore(due.end())) {
            return ctx.finding(Verdict.PASS, Text.of("check.budget.current", newest.dated(), dueLabel, due.deadline()),
                    expected, Map.of(), evidence);
        }
        return ctx.finding(Verdict.STALE, Text.of("check.budget.late", dueLabel, due.deadline(), newest.dated()),
                expected, Map.of(), evidence);
    }

    /** The latest period whose deadline has passed on the audit date (due on the deadline, late the day after). */
    static Due due(LocalDate asOf, int dueDays) {
        for (int year = asOf.getYear(); ; year--) {
            for (int month : PERIOD_END_MONTHS) {
                YearMonth end = YearMonth.of(year, month);
                LocalDate deadline = end.atEndOfMonth().plusDays(dueDays);
                if (asOf.isAfter(deadline)) {
                    return new Due(end, deadline);
                }
            }
        }
    }

    private static List<Report> reports(List<Publication> found) {
        List<Report> reports = new ArrayList<>();
        for (Publication publication : found) {
            List<Period> periods = publication.periods().stream()
                    .filter(p -> p.kind() != Period.Kind.MULTI_YEAR).toList();
            // the first specific period names the report; "năm 2026" alone makes it the annual report
            periods.stream().filter(p -> p.kind() != Period.Kind.YEAR).findFirst()
                    .or(() -> periods.stream().findFirst())
                    .ifPresent(p -> reports.add(new Report(publication, YearMonth.from(p.end()), label(p))));
        }
        reports.sort(Comparator.comparing(Report::end).reversed()
                .thenComparing(Report::publication, Publication.NEWEST_FIRST));
        return reports;
    }

    static Text label(Period period) {
        int year = period.year();
        return switch (period.kind()) {
            // quarters I to III by number, any other as IV
            case QUARTER -> Text.of("check.period.quarter." + (period.number() >= 1 && period.number() <= 3
                    ? period.number() : 4), year);
            case HALF_YEAR -> Text.of(period.number() == 2 ? "check.period.secondHalf" : "check.period.firstHalf", year);
            case NINE_MONTHS -> Text.of("check.period.nineMonths", year);
            case MONTH -> Text.of("check.period.month", period.number(), year);
            default -> Text.of("check.period.year", year);
        };
    }

    private static Text dueLabel(YearMonth end, boolean newRegime) {
        int year = end.getYear();
        return switch (end.getMonthValue()) {
            case 3 -> Text.of(newRegime ? "check.due.threeMonths" : "check.due.firstQuarter", year);
            case 6 -> Text.of("check.due.firstHalf", year);
            case 9 -> Text.of(newRegime ? "check.due.nineMonths" : "check.due.thirdQuarter", year);
            default -> Text.of("check.due.year", year);
        };
    }

    @Override
    public String toString() {
        return info.id() + ": " + topic + "; báo cáo của kỳ gần nhất đã quá hạn (cuối kỳ + dueDays ngày) phải có,"
                + " báo cáo kỳ sau thay được kỳ trước; " + versions;
    }
}
