package vn.minhbach.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.evidence.Retention;
import vn.minhbach.history.ChangeDetector;
import vn.minhbach.history.Changes;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.mail.FinishedAudit;
import vn.minhbach.model.AuditRun;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.report.ReportWriter;
import vn.minhbach.store.AuditStatuses;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.StoreException;

/**
 * One audit as users run it, from the command line or the schedule. With history, the store is opened
 * first, so the crawl can ask the portal only for what changed since the last audit (its page cache, and the
 * documents earlier audits kept as evidence);
 * then the audit is compared with the history and saved, the pages behind its verdicts are archived as
 * evidence, detail older than {@code store.retainDays} is pruned, and the reports are written. A store
 * that cannot be opened costs the history, never the audit: the reports are written all the same and the
 * problem is returned as a warning. The reports are written in the config's language ({@code report.lang}).
 */
public final class AuditJob {
    private static final Logger LOG = LoggerFactory.getLogger(AuditJob.class);

    private final Auditor auditor;
    private final Clock clock;
    private final Function<StoreConfig, AuditStore> stores;

    /** A job that opens the store each config names. */
    public AuditJob(Auditor auditor) {
        this(auditor, Clock.systemUTC(), AuditStore::open);
    }

    /**
     * @param clock  times when pages were confirmed unchanged
     * @param stores opens the store a config names; called only when history is kept
     */
    public AuditJob(Auditor auditor, Clock clock, Function<StoreConfig, AuditStore> stores) {
        this.auditor = auditor;
        this.clock = clock;
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    /**
     * What one job produced.
     *
     * @param run      the audit
     * @param auditId  its id in the store, or null when it was not saved
     * @param changes  the changes since the previous stored audit, or null when none is known
     * @param reports  the report files written
     * @param warning  why the history could not be kept (or kept only in part), or null
     * @param history  what the history saved the crawl and kept, or null without history
     */
    public record Outcome(AuditRun run, String auditId, Changes changes, List<Path> reports, String warning,
                          HistoryStats history) implements FinishedAudit {
        public Outcome {
            reports = List.copyOf(reports);
        }

        /** An outcome without history statistics. */
        public Outcome(AuditRun run, String auditId, Changes changes, List<Path> reports, String warning) {
            this(run, auditId, changes, reports, warning, null);
        }
    }

    /**
     * What the history did for one audit.
     *
     * @param downloaded      HTML pages downloaded in full
     * @param unchanged       pages the server reported unchanged (304), read from the page cache
     * @param evidencePages   pages indexed as evidence of the audit
     * @param renderings      of those, pages kept with the DOM a browser rendered
     * @param answers         JSON answers indexed as evidence
     * @param documents       documents behind links indexed as evidence
     * @param newRecords      WARC records written (payloads not archived before)
     * @param warcFilesPruned WARC files deleted by retention
     */
    public record HistoryStats(int downloaded, int unchanged, int evidencePages, int renderings, int answers,
                               int documents, int newRecords, int warcFilesPruned) {
        public String describe() {
            return "pages downloaded " + downloaded + ", unchanged (304) " + unchanged + "; evidence: "
                    + evidencePages + " pages" + (renderings > 0 ? " (" + renderings + " rendered)" : "")
                    + (answers > 0 ? ", " + answers + " JSON answers" : "")
                    + (documents > 0 ? ", " + documents + " documents" : "") + ", " + newRecords + " new WARC records"
                    + (warcFilesPruned > 0 ? ", " + warcFilesPruned + " old WARC files pruned" : "");
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
        LocalDate date = asOf != null ? asOf : auditor.today(config);
        if (!keepHistory) {
            AuditRun run = audit(config, date, PageCache.NONE, KnownDocuments.NONE, new SeenPages(clock));
            return new Outcome(run, null, null, reports(config, run, reportDir, formats), null, null);
        }
        AuditStore store;
        try {
            store = stores.apply(config.store());
        } catch (StoreException e) {
            String warning = "history not saved: " + e.getMessage();
            LOG.warn(warning, e);
            AuditRun run = audit(config, date, PageCache.NONE, KnownDocuments.NONE, new SeenPages(clock));
            return new Outcome(run, null, null, reports(config, run, reportDir, formats), warning, null);
        }
        try (store) {
            return runWithHistory(config, date, store, reportDir, formats);
        }
    }

    /** The reports of an audit without history, in the config's language. */
    private static List<Path> reports(AuditConfig config, AuditRun run, Path reportDir, Set<ReportFormat> formats)
            throws IOException {
        return ReportWriter.write(run, null, null, reportDir, formats, config.report().lang());
    }

    private AuditRun audit(AuditConfig config, LocalDate date, PageCache cache, KnownDocuments known,
                           SeenPages seen) throws InterruptedException {
        AuditRun run = auditor.run(config, date, cache, known, seen);
        if (Thread.interrupted()) {
            throw new InterruptedException("the audit of " + config.organisation()
                    + " was interrupted; nothing was saved or reported");
        }
        return run;
    }

    /**
     * Deletes the audits of the config that a killed process left incomplete, after cutting the WARC files they
     * were writing back to their last whole record; and cuts back the files of audits whose row the store lost.
     */
    private static void discardAbandoned(AuditStore store, EvidenceArchive archive, String key) {
        for (String abandoned : store.abandoned(key)) {
            long cut = archive.repairAbandoned(abandoned);
            store.discard(abandoned);
            LOG.warn("audit {} was left incomplete by a process that stopped while saving it: deleted{}", abandoned,
                    cut > 0 ? ", and " + cut + " bytes of a WARC record it was writing cut off" : "");
        }
        long cut = archive.repairOrphans(store::ids);
        if (cut > 0) {
            LOG.warn("{} bytes of WARC records cut off files whose audit the store does not hold (a process stopped"
                    + " while writing them, and the store lost the audit's row)", cut);
        }
    }

    private Outcome runWithHistory(AuditConfig config, LocalDate date, AuditStore store, Path reportDir,
                                   Set<ReportFormat> formats) throws IOException, InterruptedException {
        String key = ConfigKeys.of(config);
        PageCache cache = store.pageCache(key);
        SeenPages seen = new SeenPages(clock);
        Path dir = Path.of(config.store().evidenceDir());
        EvidenceArchive archive = new EvidenceArchive(dir, store.evidence());
        AuditRun run = audit(config, date, cache, KnownDocuments.in(archive, key), seen);
        String auditId = null;
        Changes changes = null;
        ScoreTrend trend = null;
        String warning = null;
        EvidenceArchive.Kept kept = EvidenceArchive.Kept.NONE;
        int pruned = 0;
        try {
            List<AuditStatuses> earlier = store.itemHistory(key, LocalDate.EPOCH, run.asOf());
            changes = ChangeDetector.detect(earlier, run, config.schedule().confirmAfter()).orElse(null);
            trend = ScoreTrend.of(earlier, run);
            discardAbandoned(store, archive, key);
            // Saved incomplete, and completed once its evidence is kept: a process killed in between leaves an
            // audit no reader shows, which the next audit deletes.
            LOG.debug("{}: saving the audit of {}", config.organisation(), run.asOf());
            auditId = store.begin(key, ConfigKeys.fingerprint(config), run);
        } catch (StoreException | UncheckedIOException e) {
            warning = "history not saved: " + e.getMessage();
            LOG.warn(warning, e);
        }
        if (auditId != null) {
            try {
                EvidencePages evidence = EvidencePages.of(run, seen, cache);
                LOG.debug("{}: keeping the evidence of audit {}", config.organisation(), auditId);
                kept = archive.keep(auditId, evidence.pages(), evidence.answers(), evidence.documents());
            } catch (StoreException | UncheckedIOException e) {
                // The verdicts are history without their evidence; the report says what was not kept.
                warning = "evidence not kept: " + e.getMessage();
                LOG.warn(warning, e);
            }
            try {
                store.complete(auditId);
            } catch (StoreException e) {
                warning = "history not saved: " + e.getMessage();
                LOG.warn(warning, e);
                auditId = null;
            }
        }
        if (auditId != null) {
            try {
                LOG.debug("{}: pruning the detail older than {} days", config.organisation(),
                        config.store().retainDays());
                pruned = new Retention(store.evidence(), dir, config.store().retainDays())
                        .apply(key, run.asOf()).filesDeleted().size();
            } catch (StoreException | UncheckedIOException e) {
                String pruneWarning = "old evidence not pruned: " + e.getMessage();
                warning = warning == null ? pruneWarning : warning + "; " + pruneWarning;
                LOG.warn(pruneWarning, e);
            }
        }
        HistoryStats stats = new HistoryStats(seen.downloaded(), seen.unchanged(), kept.pages(), kept.renderings(),
                kept.answers(), kept.documents(), kept.newRecords(), pruned);
        LOG.info("{}: {}", config.organisation(), stats.describe());
        LOG.debug("{}: writing the reports to {}", config.organisation(), reportDir);
        List<Path> reports;
        try {
            reports = ReportWriter.write(run, changes, trend, reportDir, formats, config.report().lang());
        } catch (IOException e) {
            throw new IOException(e.getMessage() + (auditId == null ? "" : "; the audit is saved in the history as "
                    + auditId + " (minhbach history --show " + auditId + ")"), e);
        }
        return new Outcome(run, auditId, changes, reports, warning, stats);
    }
}
