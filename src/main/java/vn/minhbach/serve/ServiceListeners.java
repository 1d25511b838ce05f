package vn.minhbach.serve;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.mail.Notifier;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.web.Metrics;

/** What the service does after each audit, besides the dashboard's status: metrics and the e-mailed summary. */
final class ServiceListeners {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceListeners.class);

    private ServiceListeners() {
    }

    /**
     * Counts every run in {@code metrics} (shown at {@code /metrics}): a saved audit with its outcome and pages
     * fetched, and its crawls as they go; one that failed, was abandoned or could not be saved as a failure.
     */
    static AuditListener metrics(Metrics metrics) {
        return new AuditListener() {
            @Override
            public void completed(ServedConfig config, AuditJob.Outcome outcome, Duration duration) {
                if (outcome.auditId() == null) {
                    metrics.recordFailure(config.key(), duration);
                } else {
                    metrics.recordAudit(config.key(), outcome.run(), duration);
                }
            }

            @Override
            public void failed(ServedConfig config, Exception cause, boolean abandoned, Duration duration) {
                metrics.recordFailure(config.key(), duration);
            }

            @Override
            public CrawlListener crawls(ServedConfig config) {
                return metrics.crawl(config.key());
            }
        };
    }

    /**
     * E-mails the summary of each completed audit of a config with an {@code email} section, as
     * {@code email.send} says. Runs on the audit's thread, so a stop waits for a send in progress (its retries
     * end at the interrupt). A send that fails is logged; the audit stays saved and reported.
     */
    static AuditListener summaries(Notifier notifier) {
        return (config, outcome, duration) -> {
            if (!config.config().email().configured()) {
                return;
            }
            Notifier.Result result = notifier.afterAudit(config.config(), outcome);
            if (result.status() == Notifier.Status.FAILED) {
                LOG.warn("summary of the audit of {} not e-mailed after {} attempt(s): {}", config.label(),
                        result.attempts(), result.detail());
            }
        };
    }
}
