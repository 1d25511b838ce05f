package vn.minhbach.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.minhbach.period.PeriodReport.AuditUse;
import vn.minhbach.period.PeriodReport.CriterionCompliance;
import vn.minhbach.store.AuditItems;
import vn.minhbach.store.StoredItem;

/**
 * Works out a {@link PeriodReport} from the stored audits of a period. Pure: no store, no clock; the report
 * date is passed in.
 *
 * <p>One audit counts per day: when a day has several (a re-run after a fix, a manual check), the last one
 * started counts, as it is what the site showed at the end of that day's checks. Days are calendar days in
 * the config's time zone, as the audit date is.
 */
public final class PeriodAnalysis {
    private PeriodAnalysis() {
    }

    /**
     * @param audits the stored audits of the config, oldest first (audit date, then start time), as
     *               {@code AuditStore.periodItems} gives them; audits outside the period or after {@code asOf}
     *               are ignored
     */
    public static PeriodReport analyse(String organisation, ReportPeriod period, LocalDate asOf,
                                       List<AuditItems> audits) {
        LocalDate lastDay = asOf.isBefore(period.end()) ? asOf : period.end();
        TreeMap<LocalDate, AuditItems> counted = new TreeMap<>();
        List<AuditItems> inPeriod = new ArrayList<>();
        for (AuditItems audit : audits) {
            LocalDate day = audit.audit().asOf();
            if (!day.isBefore(period.start()) && !day.isAfter(lastDay)) {
                inPeriod.add(audit);
                counted.put(day, audit);
            }
        }
        Coverage coverage = Coverage.of(period, lastDay, counted.navigableKeySet());
        List<YearMonth> months = coverage.months().stream().filter(m -> m.elapsedDays() > 0)
                .map(Coverage.MonthCoverage::month).toList();
        List<ItemPeriod> items = items(counted, months);
        return new PeriodReport(organisation, period, asOf, coverage,
                Compliance.sum(months, items.stream().map(ItemPeriod::compliance).toList()),
                criteria(items, months), items, uses(inPeriod, counted), settingsChanges(counted));
    }

    private static List<ItemPeriod> items(TreeMap<LocalDate, AuditItems> counted, List<YearMonth> months) {
        Map<String, ItemTracker> trackers = new LinkedHashMap<>();
        for (String id : catalogue(counted)) {
            trackers.put(id, new ItemTracker(id, months));
        }
        counted.forEach((day, audit) -> {
            Set<String> seen = new HashSet<>();
            for (StoredItem item : audit.items()) {
                // An id twice in one audit is a catalogue error; the first one stands, as in change detection.
                if (seen.add(item.id())) {
                    trackers.get(item.id()).step(day, item);
                }
            }
        });
        return trackers.values().stream().map(ItemTracker::result).toList();
    }

    /** Item ids in the order of the latest audit, then those only in earlier audits, newest first. */
    private static List<String> catalogue(TreeMap<LocalDate, AuditItems> counted) {
        Set<String> ids = new LinkedHashSet<>();
        counted.descendingMap().values().forEach(audit -> audit.items().forEach(item -> ids.add(item.id())));
        return List.copyOf(ids);
    }

    private static List<CriterionCompliance> criteria(List<ItemPeriod> items, List<YearMonth> months) {
        Map<String, List<ItemPeriod>> byCriterion = new LinkedHashMap<>();
        for (ItemPeriod item : items) {
            if (item.compliance().assessedDays() > 0) {
                byCriterion.computeIfAbsent(item.criterion(), c -> new ArrayList<>()).add(item);
            }
        }
        List<CriterionCompliance> criteria = new ArrayList<>();
        byCriterion.forEach((criterion, members) -> criteria.add(new CriterionCompliance(criterion,
                members.stream().map(ItemPeriod::id).toList(),
                Compliance.sum(months, members.stream().map(ItemPeriod::compliance).toList()))));
        return criteria;
    }

    private static List<AuditUse> uses(List<AuditItems> inPeriod, TreeMap<LocalDate, AuditItems> counted) {
        return inPeriod.stream().map(a -> new AuditUse(a.audit(), counted.get(a.audit().asOf()) == a)).toList();
    }

    private static List<AuditUse> settingsChanges(TreeMap<LocalDate, AuditItems> counted) {
        List<AuditUse> changes = new ArrayList<>();
        String previous = null;
        for (AuditItems audit : counted.values()) {
            String fingerprint = audit.audit().configFingerprint();
            if (previous != null && !Objects.equals(previous, fingerprint)) {
                changes.add(new AuditUse(audit.audit(), true));
            }
            previous = fingerprint;
        }
        return changes;
    }
}
