package vn.minhbach.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.history.ChangeDetector;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ItemPeriod.Change;
import vn.minhbach.period.ItemPeriod.DayStatus;
import vn.minhbach.period.ItemPeriod.FigureTrend;
import vn.minhbach.period.ItemPeriod.Lapse;
import vn.minhbach.period.ItemPeriod.MonthFigure;
import vn.minhbach.period.ItemPeriod.Run;
import vn.minhbach.store.StoredItem;

/**
 * Follows one item through the counted audit days of a period, oldest first, and sums it up as an
 * {@link ItemPeriod}. Failing means what it means for change detection ({@link ChangeDetector#isFailing}).
 */
final class ItemTracker {
    private final String id;
    private final List<YearMonth> months;
    private final Map<Verdict, Integer> days = new EnumMap<>(Verdict.class);
    private final Map<YearMonth, int[]> monthly = new LinkedHashMap<>();
    private final Map<String, Map<YearMonth, List<Double>>> figures = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Run> timeline = new ArrayList<>();
    private StoredItem latest;
    private DayStatus first;
    private DayStatus last;
    private Verdict decided;
    private Lapse open;
    private Lapse longest;
    private int lapses;

    ItemTracker(String id, List<YearMonth> months) {
        this.id = id;
        this.months = months;
        months.forEach(m -> monthly.put(m, new int[2]));
    }

    /** The item's verdict and figures on the next audited day. */
    void step(LocalDate date, StoredItem item) {
        latest = item;
        Verdict status = item.status();
        days.merge(status, 1, Integer::sum);
        if (first == null) {
            first = new DayStatus(date, status);
        }
        last = new DayStatus(date, status);
        tally(date, status);
        extendTimeline(date, status);
        if (status != Verdict.UNKNOWN) {
            if (decided != null && decided != status) {
                changes.add(new Change(date, decided, status, item.reason()));
            }
            decided = status;
            lapse(date, status);
        }
        item.figures().forEach((name, value) -> {
            Map<YearMonth, List<Double>> byMonth = figures.computeIfAbsent(name, k -> new LinkedHashMap<>());
            if (value != null && Double.isFinite(value)) {
                byMonth.computeIfAbsent(YearMonth.from(date), k -> new ArrayList<>()).add(value);
            }
        });
    }

    ItemPeriod result() {
        if (open != null) {
            close(new Lapse(open.start(), open.end(), open.failingDays(), true));
        }
        List<Compliance.Month> perMonth = new ArrayList<>();
        monthly.forEach((month, tally) -> perMonth.add(new Compliance.Month(month, tally[0], tally[1])));
        int compliant = perMonth.stream().mapToInt(Compliance.Month::compliantDays).sum();
        int assessed = perMonth.stream().mapToInt(Compliance.Month::assessedDays).sum();
        List<FigureTrend> trends = new ArrayList<>();
        figures.forEach((name, byMonth) -> trends.add(new FigureTrend(name, months.stream()
                .map(m -> {
                    List<Double> values = byMonth.getOrDefault(m, List.of());
                    return new MonthFigure(m, median(values), values.size());
                }).toList())));
        return new ItemPeriod(id, latest == null ? null : latest.criterion(), latest == null ? null : latest.title(),
                days, new Compliance(compliant, assessed, perMonth), first, last, changes, lapses, longest, trends,
                timeline);
    }

    private void tally(LocalDate date, Verdict status) {
        int[] tally = monthly.get(YearMonth.from(date));
        if (tally == null) {
            return;
        }
        if (status == Verdict.PASS) {
            tally[0]++;
        }
        if (status == Verdict.PASS || ChangeDetector.isFailing(status)) {
            tally[1]++;
        }
    }

    private void extendTimeline(LocalDate date, Verdict status) {
        if (!timeline.isEmpty()) {
            Run previous = timeline.get(timeline.size() - 1);
            if (previous.status() == status && previous.to().plusDays(1).equals(date)) {
                timeline.set(timeline.size() - 1, new Run(previous.from(), date, status));
                return;
            }
        }
        timeline.add(new Run(date, date, status));
    }

    private void lapse(LocalDate date, Verdict status) {
        if (ChangeDetector.isFailing(status)) {
            open = open == null ? new Lapse(date, date, 1, false)
                    : new Lapse(open.start(), date, open.failingDays() + 1, false);
        } else if (open != null) {
            close(open);
            open = null;
        }
    }

    private void close(Lapse lapse) {
        lapses++;
        // Ties go to the earlier lapse: it is the one that was reported first.
        if (longest == null || lapse.days() > longest.days()) {
            longest = lapse;
        }
    }

    /** The median, halfway between the two middle values for an even count; null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
