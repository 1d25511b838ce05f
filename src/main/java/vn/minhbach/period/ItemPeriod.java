package vn.minhbach.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.Verdict;

/**
 * One checklist item over a period, from the one counted audit of each audited day.
 *
 * @param id          the item id
 * @param criterion   its PCI criterion as the latest audit gave it, or null
 * @param title       its title as the latest audit gave it, or null
 * @param days        audited days per verdict; every verdict present
 * @param compliance  PASS days out of decided days, overall and per month
 * @param first       the verdict on the first audited day that has the item, or null when none has it
 * @param last        the verdict on the last such day, or null
 * @param changes     every change of the decided verdict, oldest first (UNKNOWN days are skipped over)
 * @param lapses      number of lapses in the period
 * @param longestLapse the longest lapse, or null when there was none
 * @param trends      the monthly median of each figure the item measured, in the order first seen
 * @param timeline    runs of consecutive calendar days with the same verdict, for the day strip
 */
public record ItemPeriod(String id, String criterion, String title, Map<Verdict, Integer> days, Compliance compliance,
                         DayStatus first, DayStatus last, List<Change> changes, int lapses, Lapse longestLapse,
                         List<FigureTrend> trends, List<Run> timeline) {
    public ItemPeriod {
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            all.put(verdict, days.getOrDefault(verdict, 0));
        }
        days = Map.copyOf(all);
        changes = List.copyOf(changes);
        trends = List.copyOf(trends);
        timeline = List.copyOf(timeline);
    }

    /** Days on which an audit had the item, whatever its verdict. */
    public int auditedDays() {
        return days.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when the item was switched off (or had no site) on every day it was audited. */
    public boolean notApplicable() {
        return auditedDays() > 0 && days.get(Verdict.NOT_APPLICABLE) == auditedDays();
    }

    /** An item's verdict on one day. */
    public record DayStatus(LocalDate date, Verdict status) {
    }

    /**
     * A change of verdict.
     *
     * @param date   the audit date the new verdict was first seen
     * @param from   the verdict before
     * @param to     the verdict from that day
     * @param reason the reason the audit gave for the new verdict
     */
    public record Change(LocalDate date, Verdict from, Verdict to, String reason) {
    }

    /**
     * Consecutive audited days not compliant: from the first failing verdict (STALE, MISSING, FAIL) to the last
     * one before a PASS or NOT_APPLICABLE. UNKNOWN days and days without an audit neither end nor lengthen it
     * by themselves; they lie inside it when failing days surround them.
     *
     * @param start       the first failing day
     * @param end         the last failing day
     * @param failingDays audited failing days in it
     * @param ongoing     still failing on the last day the item was audited in the period
     */
    public record Lapse(LocalDate start, LocalDate end, int failingDays, boolean ongoing) {
        /** Calendar days from start to end, both included. */
        public int days() {
            return Coverage.span(start, end);
        }
    }

    /** The monthly median of one figure. */
    public record FigureTrend(String name, List<MonthFigure> months) {
        public FigureTrend {
            months = List.copyOf(months);
        }
    }

    /**
     * @param month  the month
     * @param median the median of the figure over the month's audited days that measured it, or null
     * @param values how many days measured it
     */
    public record MonthFigure(YearMonth month, Double median, int values) {
    }

    /** Days {@code from..to} (both included), each audited, all with the same verdict. */
    public record Run(LocalDate from, LocalDate to, Verdict status) {
    }
}
