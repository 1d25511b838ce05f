package vn.minhbach.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;

/**
 * Which days of a period have an audit. A report must say plainly when it rests on part of the period only:
 * every day from the start up to the report date (or the period's end) without an audit is a missing day,
 * and runs of them are listed as gaps. Days after the report date are not yet due, not missing.
 *
 * @param days        days in the period
 * @param elapsedDays days from the start to the report date or the period's end, whichever is first
 * @param auditedDays elapsed days with at least one audit
 * @param gaps        runs of elapsed days without an audit, in order
 * @param months      each month the period touches
 */
public record Coverage(int days, int elapsedDays, int auditedDays, List<Gap> gaps, List<MonthCoverage> months) {
    public Coverage {
        gaps = List.copyOf(gaps);
        months = List.copyOf(months);
    }

    /** Elapsed days without an audit. */
    public int missingDays() {
        return elapsedDays - auditedDays;
    }

    /** Days of the period after the report date. */
    public int notYetDays() {
        return days - elapsedDays;
    }

    /** True when every day of the period has passed and has an audit. */
    public boolean complete() {
        return elapsedDays == days && auditedDays == days;
    }

    /** Elapsed months with no audit at all. */
    public List<YearMonth> monthsWithoutAudit() {
        return months.stream().filter(m -> m.elapsedDays() > 0 && m.auditedDays() == 0)
                .map(MonthCoverage::month).toList();
    }

    /** Works out the coverage of the elapsed part {@code period.start()..lastDay} by the audited days given. */
    static Coverage of(ReportPeriod period, LocalDate lastDay, NavigableSet<LocalDate> audited) {
        List<Gap> gaps = new ArrayList<>();
        LocalDate gapStart = null;
        for (LocalDate day = period.start(); !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (audited.contains(day)) {
                if (gapStart != null) {
                    gaps.add(new Gap(gapStart, day.minusDays(1)));
                    gapStart = null;
                }
            } else if (gapStart == null) {
                gapStart = day;
            }
        }
        if (gapStart != null) {
            gaps.add(new Gap(gapStart, lastDay));
        }
        List<MonthCoverage> months = new ArrayList<>();
        for (YearMonth month : period.months()) {
            LocalDate first = max(month.atDay(1), period.start());
            LocalDate last = min(month.atEndOfMonth(), period.end());
            LocalDate elapsedLast = min(last, lastDay);
            int elapsed = elapsedLast.isBefore(first) ? 0 : span(first, elapsedLast);
            int auditedInMonth = elapsed == 0 ? 0 : audited.subSet(first, true, elapsedLast, true).size();
            months.add(new MonthCoverage(month, span(first, last), elapsed, auditedInMonth));
        }
        int elapsedDays = lastDay.isBefore(period.start()) ? 0 : span(period.start(), lastDay);
        int auditedDays = elapsedDays == 0 ? 0 : audited.subSet(period.start(), true, lastDay, true).size();
        return new Coverage(period.days(), elapsedDays, auditedDays, gaps, months);
    }

    static int span(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A run of days without an audit, both ends included. */
    public record Gap(LocalDate from, LocalDate to) {
        public int days() {
            return span(from, to);
        }
    }

    /**
     * One month of the period.
     *
     * @param month       the month
     * @param days        its days inside the period
     * @param elapsedDays those up to the report date
     * @param auditedDays those with an audit
     */
    public record MonthCoverage(YearMonth month, int days, int elapsedDays, int auditedDays) {
    }
}
