package vn.minhbach.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.minhbach.model.Verdict;

/**
 * The verdict on every item of one stored audit, and nothing else: what change detection and period
 * reports walk through, audit by audit.
 *
 * @param auditId  the stored audit
 * @param asOf     its audit date
 * @param statuses verdict by item id, in catalogue order
 */
public record AuditStatuses(String auditId, LocalDate asOf, Map<String, Verdict> statuses) {
    public AuditStatuses {
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    }
}
