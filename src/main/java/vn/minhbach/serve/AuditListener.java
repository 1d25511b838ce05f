package vn.minhbach.serve;

import java.time.Duration;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.crawl.CrawlListener;

/**
 * Told about every audit the service runs (scheduled, caught up after a missed night, recovered from a
 * dead node, or requested with {@link AuditScheduler#runNow}), on the thread that ran it, after the audit
 * was saved and its reports written. E-mail summaries and the dashboard plug in here. A listener that
 * throws is logged and does not affect the others.
 */
public interface AuditListener {
    // The config's e-mail recipients, dashboard and store are in ServedConfig.config().

    /** An audit completed: its outcome (run, store id, changes, report files) and how long it took. */
    void completed(ServedConfig config, AuditJob.Outcome outcome, Duration duration);

    /**
     * An audit did not complete: it failed ({@code abandoned} false) or was interrupted by a shutdown
     * ({@code abandoned} true). Nothing was saved or reported for it.
     */
    default void failed(ServedConfig config, Exception cause, boolean abandoned, Duration duration) {
    }

    /** What this listener hears of the crawls of an audit of {@code config} while it runs; nothing by default. */
    default CrawlListener crawls(ServedConfig config) {
        return CrawlListener.NONE;
    }
}
