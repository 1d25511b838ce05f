package vn.minhbach.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Summary;
import vn.minhbach.store.AuditStatuses;

/**
 * The scores of the last audits of a config, oldest first and the current audit last: the trend report.html
 * shows when the store has history.
 *
 * @param points at most {@value #AUDITS}, oldest first
 */
public record ScoreTrend(List<Point> points) {
    /** Audits shown, the current one included. */
    public static final int AUDITS = 10;

    public ScoreTrend {
        points = List.copyOf(points);
    }

    /** One audit's date and score (as {@link Summary#score()}). */
    public record Point(LocalDate asOf, double score) {
    }

    /**
     * The trend of {@code current} after the audits stored before it ({@code earlier}, oldest first), or null
     * when there is none: a first audit has no trend.
     */
    public static ScoreTrend of(List<AuditStatuses> earlier, AuditRun current) {
        if (earlier.isEmpty()) {
            return null;
        }
        List<Point> points = new ArrayList<>();
        for (AuditStatuses audit : earlier.subList(Math.max(0, earlier.size() - (AUDITS - 1)), earlier.size())) {
            points.add(new Point(audit.asOf(), Summary.score(audit.statuses().values())));
        }
        points.add(new Point(current.asOf(), current.summary().score()));
        return new ScoreTrend(points);
    }
}
