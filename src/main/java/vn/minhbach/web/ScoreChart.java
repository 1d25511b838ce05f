package vn.minhbach.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.report.Wording;

/**
 * The geometry of the score-trend chart, drawn by the page as inline SVG: the last audits oldest to newest
 * from left to right, score 0-100 from bottom to top, each point titled with its date and score.
 */
record ScoreChart(int width, int height, String points, List<Dot> dots, List<Grid> grid, String description) {
    static final int MAX_AUDITS = 30;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int BOTTOM = 10;

    record Dot(String x, String y, String title) {
    }

    record Grid(String y, String labelY, String label) {
    }

    /** The chart of the newest {@value #MAX_AUDITS} of {@code newestFirst}, or null when there is none. */
    static ScoreChart of(List<AuditRecord> newestFirst, Wording t) {
        if (newestFirst.isEmpty()) {
            return null;
        }
        List<AuditRecord> shown = new ArrayList<>(newestFirst.subList(0, Math.min(MAX_AUDITS, newestFirst.size())));
        Collections.reverse(shown);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            AuditRecord audit = shown.get(i);
            double x = LEFT + (shown.size() == 1 ? plotWidth / 2 : i * plotWidth / (shown.size() - 1));
            double y = TOP + (100 - clamp(audit.score())) / 100 * plotHeight;
            points.append(points.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
            dots.add(new Dot(coordinate(x), coordinate(y), t.day(audit.asOf()) + ": " + t.score(audit.score())));
        }
        List<Grid> grid = new ArrayList<>();
        for (int score = 0; score <= 100; score += 25) {
            double y = TOP + (100 - score) / 100.0 * plotHeight;
            grid.add(new Grid(coordinate(y), coordinate(y + 4), score + "%"));
        }
        AuditRecord first = shown.get(0);
        AuditRecord last = shown.get(shown.size() - 1);
        String description = t.messages().get("web.portal.trend-description", shown.size(), first.asOf(),
                t.score(first.score()), last.asOf(), t.score(last.score()));
        return new ScoreChart(WIDTH, HEIGHT, points.toString(), List.copyOf(dots), List.copyOf(grid), description);
    }

    private static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
