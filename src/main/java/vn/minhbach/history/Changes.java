package vn.minhbach.history;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed since the previous audit of the same config: the {@code changes} section of report.json.
 * Components are named and ordered as the JSON fields.
 *
 * @param previousAuditId the stored audit compared with
 * @param previousAsOf    its audit date
 * @param newlyFailing    items whose failure is confirmed in this audit, in catalogue order
 * @param fixed           items reported failing before that PASS now, in catalogue order
 * @param stillFailing    items reported failing before and still failing (or UNKNOWN) now, in catalogue order
 */
public record Changes(String previousAuditId, LocalDate previousAsOf, List<String> newlyFailing, List<String> fixed,
                      List<StillFailing> stillFailing) {
    public Changes {
        newlyFailing = List.copyOf(newlyFailing);
        fixed = List.copyOf(fixed);
        stillFailing = List.copyOf(stillFailing);
    }

    /** True when an item broke or was fixed: what {@code email.send: on-change} waits for. */
    public boolean anyChange() {
        return !newlyFailing.isEmpty() || !fixed.isEmpty();
    }

    /**
     * An item failing since {@code since}, the first audit date of its current unbroken failing streak.
     *
     * @param id    the item id
     * @param since the first day of the streak (UNKNOWN audits do not break a streak)
     * @param days  days from {@code since} to the current audit date
     */
    public record StillFailing(String id, LocalDate since, int days) {
    }
}
