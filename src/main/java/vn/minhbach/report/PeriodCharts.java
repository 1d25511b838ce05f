package vn.minhbach.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.minhbach.i18n.Lang;
import vn.minhbach.period.ItemPeriod;

/**
 * The geometry of the small inline SVG charts of period.html, worked out here so the template only writes
 * elements: bar charts of monthly shares, sparklines of monthly medians, and day strips of verdicts. Coordinates
 * are strings in SVG's own number format, whatever the locale.
 */
final class PeriodCharts {
    static final int BAR_COLUMN = 48;
    static final int BAR_HEIGHT = 130;
    private static final int BAR_WIDTH = 32;
    private static final int BAR_TOP = 16;
    private static final int BAR_AREA = 90;
    static final int SPARK_WIDTH = 160;
    static final int SPARK_HEIGHT = 36;
    private static final int SPARK_MARGIN = 5;

    private PeriodCharts() {
    }

    /**
     * One column of a bar chart.
     *
     * @param label   under the bar (a month)
     * @param percent the bar's height as a share of 100, or null when there is nothing to show
     * @param value   written above the bar
     * @param title   the tooltip, also read out by screen readers
     * @param colour  the bar's fill
     */
    record Column(String label, Double percent, String value, String title, String colour) {
    }

    /** A bar chart laid out: its size and one drawn bar per column. */
    record Bars(int width, int height, List<Bar> bars) {
    }

    /** A drawn bar; {@code empty} bars are outlined only, to show a month without data. */
    record Bar(String x, String y, String width, String height, String textX, String valueY, String labelY,
               String label, String value, String title, String colour, boolean empty) {
    }

    static Bars bars(List<Column> columns) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            double x = i * BAR_COLUMN + (BAR_COLUMN - BAR_WIDTH) / 2.0;
            boolean empty = column.percent() == null;
            double height = empty ? BAR_AREA : Math.max(1, BAR_AREA * column.percent() / 100);
            double y = BAR_TOP + BAR_AREA - height;
            bars.add(new Bar(n(x), n(y), n(BAR_WIDTH), n(height), n(i * BAR_COLUMN + BAR_COLUMN / 2.0), n(y - 4),
                    n(BAR_TOP + BAR_AREA + 16), column.label(), column.value(), column.title(), column.colour(), empty));
        }
        return new Bars(Math.max(BAR_COLUMN, columns.size() * BAR_COLUMN), BAR_HEIGHT, bars);
    }

    /** A sparkline: polylines through the values present (a month without a value breaks the line) and dots. */
    record Spark(int width, int height, List<String> lines, List<Dot> dots) {
    }

    record Dot(String x, String y, String title) {
    }

    static Spark spark(List<Double> values, List<String> titles) {
        double min = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        double step = values.size() > 1 ? (SPARK_WIDTH - 2.0 * SPARK_MARGIN) / (values.size() - 1) : 0;
        List<String> lines = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Double value = values.get(i);
            if (value == null) {
                flush(lines, line);
                continue;
            }
            double x = values.size() > 1 ? SPARK_MARGIN + i * step : SPARK_WIDTH / 2.0;
            double y = max == min ? SPARK_HEIGHT / 2.0
                    : SPARK_MARGIN + (max - value) / (max - min) * (SPARK_HEIGHT - 2.0 * SPARK_MARGIN);
            line.append(line.isEmpty() ? "" : " ").append(n(x)).append(',').append(n(y));
            dots.add(new Dot(n(x), n(y), titles.get(i)));
        }
        flush(lines, line);
        return new Spark(SPARK_WIDTH, SPARK_HEIGHT, lines, dots);
    }

    private static void flush(List<String> lines, StringBuilder line) {
        if (line.indexOf(" ") > 0) {
            lines.add(line.toString());
        }
        line.setLength(0);
    }

    /** A strip with one unit of width per day of the period; days without an audit stay blank. */
    record Strip(int days, List<Segment> segments) {
    }

    record Segment(int x, int width, String colour, String title) {
    }

    static Strip strip(LocalDate start, int days, List<ItemPeriod.Run> timeline) {
        return strip(start, days, timeline, Wording.of(Lang.VI));
    }

    /** The strip with its tooltips in the language of {@code w}. */
    static Strip strip(LocalDate start, int days, List<ItemPeriod.Run> timeline, Wording w) {
        List<Segment> segments = timeline.stream().map(run -> new Segment(
                (int) ChronoUnit.DAYS.between(start, run.from()),
                (int) ChronoUnit.DAYS.between(run.from(), run.to()) + 1, Labels.verdictColour(run.status()),
                w.day(run.from()) + (run.from().equals(run.to()) ? "" : " – " + w.day(run.to())) + ": "
                        + w.verdict(run.status()))).toList();
        return new Strip(days, segments);
    }

    private static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
