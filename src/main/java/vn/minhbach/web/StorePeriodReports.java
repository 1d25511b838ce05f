package vn.minhbach.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.minhbach.i18n.Lang;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.ReportPeriod;
import vn.minhbach.period.StoredPeriods;
import vn.minhbach.report.PeriodDocx;
import vn.minhbach.report.PeriodFormat;
import vn.minhbach.report.PeriodHtml;
import vn.minhbach.report.PeriodXlsx;

/**
 * The dashboard's period reports, made from the portal's store as of today in the config's time zone: the
 * same {@code period.html}, {@code period.docx} and {@code period.xlsx} that {@code minhbach report --period P}
 * writes.
 */
public final class StorePeriodReports implements PeriodReportSource {
    private final Clock clock;

    /** @param clock gives "today" (the report date) in each config's time zone */
    public StorePeriodReports(Clock clock) {
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the period starts after today */
    @Override
    public Optional<String> render(Portal portal, String period, Lang lang) {
        return Optional.of(PeriodHtml.render(report(portal, period), lang));
    }

    /**
     * period.docx from the config's template ({@code report.template}) or the jar's template of the language, and
     * period.xlsx.
     */
    @Override
    public Optional<byte[]> file(Portal portal, String period, PeriodFormat format, Lang lang) {
        return switch (format) {
            case DOCX -> Optional.of(PeriodDocx.render(report(portal, period), portal.config().report().template(),
                    lang));
            case XLSX -> Optional.of(PeriodXlsx.render(report(portal, period), lang));
            case JSON, HTML -> Optional.empty();
        };
    }

    private PeriodReport report(Portal portal, String period) {
        LocalDate today = LocalDate.now(clock.withZone(portal.config().timezone()));
        return StoredPeriods.report(portal.config(), portal.store(), ReportPeriod.parse(period), today);
    }
}
