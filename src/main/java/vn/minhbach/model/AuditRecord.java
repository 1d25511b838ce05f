package vn.minhbach.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * One stored audit as {@code history} lists it: its id, dates, score and the number of items per verdict.
 *
 * @param id                the audit id the store gave it
 * @param configKey         which config it belongs to ({@code store.ConfigKeys.of})
 * @param configFingerprint the exact config content it ran with ({@code store.ConfigKeys.fingerprint})
 * @param organisation      the audited organisation
 * @param asOf              the audit date
 * @param startedAt         when the crawl started, with its offset
 * @param finishedAt        when the audit finished, with its offset
 * @param total             number of items
 * @param counts            items per verdict; every verdict present, zero when none
 * @param score             100 × PASS / (total − NOT_APPLICABLE), one decimal
 */
public record AuditRecord(String id, String configKey, String configFingerprint, String organisation,
                          LocalDate asOf, OffsetDateTime startedAt, OffsetDateTime finishedAt, int total,
                          Map<Verdict, Integer> counts, double score) {
    public AuditRecord {
        Map<Verdict, Integer> all = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            all.put(verdict, counts.getOrDefault(verdict, 0));
        }
        counts = Map.copyOf(all);
    }

    public int count(Verdict verdict) {
        return counts.get(verdict);
    }
}
