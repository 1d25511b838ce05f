package vn.minhbach.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.minhbach.period.ReportPeriod;
import vn.minhbach.period.StoredPeriods;
import vn.minhbach.report.PeriodHtml;

/**
 * The dashboard's period reports, made from the portal's store as of today in the config's time zone: the
 * same {@code period.html} that {@code minhbach report --period P} writes.
 */
public final class StorePeriodReports implements PeriodReportSource {
    private final Clock clock;

    /** @param clock gives "today" (the report date) in each config's time zone */
    public StorePeriodReports(Clock clock) {
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the period starts after today */
    @Override
    public Optional<String> render(Portal portal, String period) {
        LocalDate today = LocalDate.now(clock.withZone(portal.config().timezone()));
        return Optional.of(PeriodHtml.render(StoredPeriods.report(portal.config(), portal.store(),
                ReportPeriod.parse(period), today)));
    }
}
