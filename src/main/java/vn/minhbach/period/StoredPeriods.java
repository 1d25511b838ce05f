package vn.minhbach.period;

import java.time.LocalDate;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/**
 * The period report of a config worked out from the audits in its store: what {@code minhbach report --period}
 * writes and the dashboard's period pages show, so that both say the same.
 */
public final class StoredPeriods {
    private StoredPeriods() {
    }

    /**
     * Reads the config's audits of {@code period} up to {@code asOf} and analyses them.
     *
     * @param asOf the report date: later days are not yet due, later audits are ignored
     * @throws IllegalArgumentException when the period starts after {@code asOf}: nothing of it is due yet
     */
    public static PeriodReport report(AuditConfig config, AuditStore store, ReportPeriod period, LocalDate asOf) {
        if (asOf.isBefore(period.start())) {
            throw new IllegalArgumentException(period.label() + " starts after the report date " + asOf);
        }
        LocalDate lastDay = asOf.isBefore(period.end()) ? asOf : period.end();
        return PeriodAnalysis.analyse(config.organisation(), period, asOf,
                store.periodItems(ConfigKeys.of(config), period.start(), lastDay));
    }
}
