package vn.minhbach.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.history.ChangeDetector;
import vn.minhbach.history.Changes;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.report.ReportWriter;
import vn.minhbach.store.AuditStatuses;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.StoreException;

/**
 * One audit as users run it, from the command line or the schedule: audit the sites, compare with the
 * history and save the audit in the store (when asked), then write the reports. A store that cannot be
 * opened costs the history, never the audit: the reports are written all the same and the problem is
 * returned as a warning.
 */
public final class AuditJob {
    private static final Logger LOG = LoggerFactory.getLogger(AuditJob.class);

    private final Auditor auditor;

    public AuditJob(Auditor auditor) {
        this.auditor = auditor;
    }

    /**
     * What one job produced.
     *
     * @param run      the audit
     * @param auditId  its id in the store, or null when it was not saved
     * @param changes  the changes since the previous stored audit, or null when none is known
     * @param reports  the report files written
     * @param warning  why the history could not be kept, or null
     */
    public record Outcome(AuditRun run, String auditId, Changes changes, List<Path> reports, String warning) {
        public Outcome {
            reports = List.copyOf(reports);
        }
    }

    /**
     * Runs the audit. An audit cut short by an interrupt (a service shutting down) is neither saved nor
     * reported: half a crawl would read as a portal that lost its pages.
     *
     * @throws InterruptedException when the thread was interrupted during the audit; nothing was written
     */
    public Outcome run(AuditConfig config, LocalDate asOf, boolean keepHistory, Path reportDir,
                       Set<ReportFormat> formats) throws IOException, InterruptedException {
        AuditRun run = auditor.run(config, asOf != null ? asOf : auditor.today(config));
        if (Thread.interrupted()) {
            throw new InterruptedException("the audit of " + config.organisation()
                    + " was interrupted; nothing was saved or reported");
        }
        String auditId = null;
        Changes changes = null;
        String warning = null;
        if (keepHistory) {
            try (AuditStore store = AuditStore.open(config.store())) {
                String key = ConfigKeys.of(config);
                List<AuditStatuses> earlier = store.itemHistory(key, LocalDate.EPOCH, run.asOf());
                changes = ChangeDetector.detect(earlier, run, config.schedule().confirmAfter()).orElse(null);
                auditId = store.save(key, ConfigKeys.fingerprint(config), run);
            } catch (StoreException e) {
                warning = "history not saved: " + e.getMessage();
                LOG.warn(warning, e);
            }
        }
        List<Path> reports = ReportWriter.write(run, changes, reportDir, formats);
        return new Outcome(run, auditId, changes, reports, warning);
    }
}
