package vn.minhbach.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.minhbach.i18n.Lang;
import vn.minhbach.period.PeriodReport;

/**
 * Renders period.html: the period report for the Justice Office, one self-contained page in Vietnamese or
 * English (inline CSS and SVG charts, no scripts, fonts or images) that prints on A4. The layout is the Pebble
 * template {@code vn/minhbach/report/period.html.peb}, its words from the period bundle, escaped like
 * report.html.
 */
public final class PeriodHtml {
    private PeriodHtml() {
    }

    /** In Vietnamese. */
    public static String render(PeriodReport report) {
        return render(report, Lang.VI);
    }

    public static String render(PeriodReport report, Lang lang) {
        Wording words = Wording.of(lang);
        StringWriter out = new StringWriter();
        try {
            HtmlReport.ENGINE.getTemplate("period.html").evaluate(out,
                    Map.of("r", PeriodView.of(report, words), "w", words), lang.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
