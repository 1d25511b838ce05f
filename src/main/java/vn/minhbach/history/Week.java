package vn.minhbach.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.store.AuditStatuses;

/**
 * A week of audits of one config, as the weekly digest shows it: the score and counts of every audit, and
 * the items that failed (STALE, MISSING or FAIL) in at least one of them. Pure: built from what the store
 * returned.
 *
 * @param organisation the audited body
 * @param from         the first day of the week (inclusive)
 * @param to           the last day (inclusive)
 * @param audits       the audits of the week, oldest first
 * @param failed       the items that failed at least once, in the order they first appear
 * @param latest       the newest audit of the week in full, or null when there was none
 */
public record Week(String organisation, LocalDate from, LocalDate to, List<AuditRecord> audits, List<Failed> failed,
                   AuditRun latest) {
    public Week {
        audits = List.copyOf(audits);
        failed = List.copyOf(failed);
    }

    /**
     * An item that failed during the week.
     *
     * @param id       the item id
     * @param finding  the item in the newest audit (title, verdict, evidence), or null when it is no longer audited
     * @param failing  how many audits of the week found it failing
     * @param audits   how many audits of the week there were
     * @param since    the first day of the week it failed on
     */
    public record Failed(String id, Finding finding, int failing, int audits, LocalDate since) {
    }

    /**
     * The week ending {@code to}: {@code records} and {@code statuses} are the store's answers for the same
     * config and days (any order for records; statuses oldest first), {@code latest} the newest audit loaded.
     */
    public static Week of(String organisation, LocalDate from, LocalDate to, List<AuditRecord> records,
                          List<AuditStatuses> statuses, AuditRun latest) {
        List<AuditRecord> audits = records.stream()
                .filter(r -> !r.asOf().isBefore(from) && !r.asOf().isAfter(to))
                .sorted(Comparator.comparing(AuditRecord::asOf)
                        .thenComparing(r -> r.startedAt().toInstant())).toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, LocalDate> since = new LinkedHashMap<>();
        for (AuditStatuses audit : statuses) {
            audit.statuses().forEach((id, verdict) -> {
                if (ChangeDetector.isFailing(verdict)) {
                    counts.computeIfAbsent(id, k -> new int[1])[0]++;
                    since.putIfAbsent(id, audit.asOf());
                }
            });
        }
        Map<String, Finding> findings = new LinkedHashMap<>();
        if (latest != null) {
            latest.items().forEach(f -> findings.putIfAbsent(f.id(), f));
        }
        List<Failed> failed = new ArrayList<>();
        counts.forEach((id, n) -> failed.add(new Failed(id, findings.get(id), n[0], statuses.size(), since.get(id))));
        // Catalogue order of the newest audit first, items it no longer has after.
        List<String> order = new ArrayList<>(findings.keySet());
        failed.sort((a, b) -> Integer.compare(position(order, a.id()), position(order, b.id())));
        return new Week(organisation, from, to, audits, failed, latest);
    }

    private static int position(List<String> order, String id) {
        int index = order.indexOf(id);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
