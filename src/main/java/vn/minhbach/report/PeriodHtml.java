package vn.minhbach.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import vn.minhbach.period.PeriodReport;

/**
 * Renders period.html: the period report for the Justice Office, one self-contained Vietnamese page (inline
 * CSS and SVG charts, no scripts, fonts or images) that prints on A4. The layout is the Pebble template
 * {@code vn/minhbach/report/period.html.peb}, escaped like report.html.
 */
public final class PeriodHtml {
    private PeriodHtml() {
    }

    public static String render(PeriodReport report) {
        StringWriter out = new StringWriter();
        try {
            HtmlReport.ENGINE.getTemplate("period.html").evaluate(out, Map.of("r", PeriodView.of(report)),
                    Labels.VIETNAMESE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
