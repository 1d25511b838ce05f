package vn.minhbach.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;
import vn.minhbach.store.AuditStatuses;

/**
 * Works out the {@link Changes} of an audit from the verdicts of the audits before it. Pure: no store, no
 * clock.
 *
 * <p>Each item is followed through the audits, oldest first. STALE, MISSING and FAIL are failing; PASS and
 * NOT_APPLICABLE are not; UNKNOWN (a fetch error) tells nothing, so the item keeps the state it had, and so
 * does an item left out of an audit. A failure is reported once it has been seen in {@code confirmAfter}
 * failing audits with no PASS or NOT_APPLICABLE between them (UNKNOWN neither counts nor breaks the streak),
 * so one flaky night alarms no one. A reported failure ends at the next PASS (fixed) or NOT_APPLICABLE
 * (switched off: neither fixed nor failing). An item new to the catalogue starts as not failing.
 */
public final class ChangeDetector {
    private ChangeDetector() {
    }

    /** True for the verdicts that count as failing: STALE, MISSING and FAIL. */
    public static boolean isFailing(Verdict verdict) {
        return verdict == Verdict.STALE || verdict == Verdict.MISSING || verdict == Verdict.FAIL;
    }

    /**
     * The changes of {@code current} against {@code earlier} (every earlier audit of the config still in the
     * store, oldest first), or empty when there is no earlier audit.
     */
    public static Optional<Changes> detect(List<AuditStatuses> earlier, AuditRun current, int confirmAfter) {
        Map<String, Verdict> statuses = new LinkedHashMap<>();
        for (Finding item : current.items()) {
            statuses.putIfAbsent(item.id(), item.status());
        }
        return detect(earlier, current.asOf(), statuses, confirmAfter);
    }

    /** The same, for a current audit that is already stored (e.g. to show the changes of a past audit). */
    public static Optional<Changes> detect(List<AuditStatuses> earlier, AuditStatuses current, int confirmAfter) {
        return detect(earlier, current.asOf(), current.statuses(), confirmAfter);
    }

    private static Optional<Changes> detect(List<AuditStatuses> earlier, LocalDate asOf,
                                            Map<String, Verdict> current, int confirmAfter) {
        if (confirmAfter < 1) {
            throw new IllegalArgumentException("confirmAfter must be at least 1, got " + confirmAfter);
        }
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Track> tracks = new HashMap<>();
        for (AuditStatuses audit : earlier) {
            audit.statuses().forEach((id, verdict) ->
                    tracks.computeIfAbsent(id, k -> new Track()).step(verdict, audit.asOf(), confirmAfter));
        }
        List<String> newlyFailing = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<Changes.StillFailing> stillFailing = new ArrayList<>();
        current.forEach((id, verdict) -> {
            Track track = tracks.computeIfAbsent(id, k -> new Track());
            boolean before = track.reported;
            track.step(verdict, asOf, confirmAfter);
            if (!before && track.reported) {
                newlyFailing.add(id);
            } else if (before && track.reported) {
                stillFailing.add(new Changes.StillFailing(id, track.since,
                        (int) ChronoUnit.DAYS.between(track.since, asOf)));
            } else if (before && verdict == Verdict.PASS) {
                fixed.add(id);
            }
        });
        AuditStatuses previous = earlier.get(earlier.size() - 1);
        return Optional.of(new Changes(previous.auditId(), previous.asOf(), newlyFailing, fixed, stillFailing));
    }

    /** One item's state while walking the audits. */
    private static final class Track {
        /** The failure has been confirmed and is being reported. */
        private boolean reported;
        /** Audit date of the first failing audit of the current streak, or null outside a streak. */
        private LocalDate since;
        /** Failing audits in the current streak. */
        private int failures;

        void step(Verdict verdict, LocalDate asOf, int confirmAfter) {
            if (verdict == Verdict.UNKNOWN) {
                return;
            }
            if (isFailing(verdict)) {
                if (since == null) {
                    since = asOf;
                }
                failures++;
                reported = reported || failures >= confirmAfter;
            } else {
                since = null;
                failures = 0;
                reported = false;
            }
        }
    }
}
