package vn.minhbach.mail;

import java.time.LocalDate;
import java.util.List;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.history.Week;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/** Reads the week ending {@code today} of one config from the store: what the weekly digest shows. */
final class WeeklyDigest {
    static final int DAYS = 7;
    /** More audits than any schedule makes in a week; the list is cut to the week's days anyway. */
    private static final int MAX_AUDITS = 1_000;

    private WeeklyDigest() {
    }

    static Week week(AuditConfig config, AuditStore store, LocalDate today) {
        String key = ConfigKeys.of(config);
        LocalDate from = today.minusDays(DAYS - 1L);
        List<AuditRecord> records = store.list(key, MAX_AUDITS).stream()
                .filter(r -> !r.asOf().isBefore(from) && !r.asOf().isAfter(today)).toList();
        // list() is newest first: the first record of the week is its latest audit.
        AuditRun latest = records.isEmpty() ? null : store.load(records.get(0).id()).orElse(null);
        return Week.of(config.organisation(), from, today, records, store.itemHistory(key, from, today), latest);
    }
}
