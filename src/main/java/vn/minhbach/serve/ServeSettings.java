package vn.minhbach.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import vn.minhbach.report.ReportFormat;

/**
 * How a node serves its configs.
 *
 * @param reportsRoot   the folder under which each config's reports go, one dated folder per run
 * @param formats       the report formats written
 * @param workers       audits this node runs at once (Quartz's thread pool)
 * @param shutdownGrace how long a stop waits for running audits before abandoning them
 */
public record ServeSettings(Path reportsRoot, Set<ReportFormat> formats, int workers, Duration shutdownGrace) {
    public ServeSettings {
        formats = Set.copyOf(formats);
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }
}
