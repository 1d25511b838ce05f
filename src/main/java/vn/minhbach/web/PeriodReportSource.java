package vn.minhbach.web;

import java.util.Optional;
import vn.minhbach.i18n.Lang;
import vn.minhbach.report.PeriodFormat;

/**
 * Period reports for the dashboard's {@code /portals/{key}/period?p=P} pages, supplied by whoever builds
 * them. The dashboard lists the periods its audits cover and hands the chosen one here.
 */
@FunctionalInterface
public interface PeriodReportSource {

    /** A source that has no reports: the period pages say so. */
    PeriodReportSource NONE = (portal, period, lang) -> Optional.empty();

    /**
     * The period report of a portal as one self-contained HTML page (inline styles, no scripts) in {@code lang},
     * the language of the dashboard page that links to it, or empty when this source cannot make it.
     *
     * @param period a period as {@code minhbach report --period} takes it, already checked by
     *               {@link PeriodChoices#isPeriod}: {@code 2026}, {@code 2026-H1}, {@code 2026-Q3},
     *               {@code 2026-11} or {@code 2026-01-01..2026-06-30}
     * @throws IllegalArgumentException when the period cannot be reported (shown to the user as a bad request)
     */
    Optional<String> render(Portal portal, String period, Lang lang);

    /**
     * The period report as a file to download (period.docx, period.xlsx) in {@code lang}, or empty when this
     * source cannot make it; periods as for {@link #render}.
     *
     * @throws IllegalArgumentException when the period cannot be reported
     */
    default Optional<byte[]> file(Portal portal, String period, PeriodFormat format, Lang lang) {
        return Optional.empty();
    }
}
