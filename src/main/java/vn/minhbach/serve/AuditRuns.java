package vn.minhbach.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.audit.Auditor;
import vn.minhbach.check.Checklist;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;
import vn.minhbach.text.VietText;

/**
 * Runs one audit for the scheduler: the same {@link AuditJob} as {@code minhbach audit} (history kept,
 * reports in a dated folder under the reports root), timed, logged in one line, written to the run log and
 * told to the listeners.
 */
final class AuditRuns {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRuns.class);
    private static final DateTimeFormatter DIR_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int SLUG_LENGTH = 40;

    private final ServeSettings settings;
    private final RunLog runLog = new RunLog();
    private final List<AuditListener> listeners = new CopyOnWriteArrayList<>();

    AuditRuns(ServeSettings settings) {
        this.settings = settings;
    }

    void addListener(AuditListener listener) {
        listeners.add(listener);
    }

    /**
     * Runs the audit of {@code served}. Never throws: a failure is logged, recorded and told to the
     * listeners. An interrupt (a shutdown giving up on the audit) records it as abandoned and leaves the
     * thread's interrupt flag set.
     */
    void run(ServedConfig served, Fire fire) {
        Clock clock = Clock.system(served.config().timezone());
        Instant started = clock.instant();
        long logId = runLog.started(served, fire, started);
        LOG.info("audit {} started {}: {} run on node {}{}", served.label(), started.atZone(clock.getZone()),
                fire.cause().name().toLowerCase(Locale.ROOT), fire.node(),
                fire.scheduledAt() == null ? "" : ", due " + fire.scheduledAt().atZone(clock.getZone()));
        Path dir = reportDir(served, LocalDateTime.now(clock));
        try {
            AuditJob.Outcome outcome = new AuditJob(new Auditor(Checklist.defaults(), clock, crawls(served)))
                    .run(served.config(), null, true, dir, settings.formats());
            Duration took = Duration.between(started, clock.instant());
            Summary summary = outcome.run().summary();
            // Recorded before it is logged: whoever reads the line finds the run log row written.
            runLog.finished(served, logId, clock.instant(), RunLog.Outcome.COMPLETED, outcome.auditId(),
                    summary.score(), outcome.warning());
            LOG.info("audit {} completed in {}: score {} ({}), audit {}, reports in {}{}", served.label(),
                    human(took), summary.score(), counts(summary), outcome.auditId() == null ? "not saved"
                            : outcome.auditId(), dir, outcome.warning() == null ? "" : "; " + outcome.warning());
            listeners.forEach(l -> tell(served, () -> l.completed(served, outcome, took)));
        } catch (InterruptedException e) {
            // Recorded before the flag is set again: an interrupted thread cannot write to the store.
            ended(served, logId, clock, started, RunLog.Outcome.ABANDONED, e);
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            ended(served, logId, clock, started, RunLog.Outcome.FAILED, e);
        }
    }

    private CrawlListener crawls(ServedConfig served) {
        return CrawlListener.all(listeners.stream().map(l -> l.crawls(served)).toList());
    }

    private void ended(ServedConfig served, long logId, Clock clock, Instant started, RunLog.Outcome outcome,
                       Exception cause) {
        Duration took = Duration.between(started, clock.instant());
        if (outcome == RunLog.Outcome.ABANDONED) {
            LOG.warn("audit {} abandoned after {}: the service is stopping; nothing saved", served.label(), human(took));
        } else {
            LOG.error("audit {} failed after {}: {}", served.label(), human(took), cause.toString(), cause);
        }
        runLog.finished(served, logId, clock.instant(), outcome, null, null, cause.getMessage());
        boolean abandoned = outcome == RunLog.Outcome.ABANDONED;
        listeners.forEach(l -> tell(served, () -> l.failed(served, cause, abandoned, took)));
    }

    /** {@code <root>/<organisation, folded>-<key>/<yyyyMMdd-HHmmss>}: one folder per config, one per run. */
    Path reportDir(ServedConfig served, LocalDateTime now) {
        String slug = VietText.fold(served.config().organisation()).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        slug = slug.length() > SLUG_LENGTH ? slug.substring(0, SLUG_LENGTH).replaceAll("-$", "") : slug;
        return settings.reportsRoot().resolve((slug.isEmpty() ? "" : slug + "-") + served.key())
                .resolve(now.format(DIR_NAME));
    }

    private static void tell(ServedConfig served, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("a listener failed after the audit of {}", served.label(), e);
        }
    }

    private static String counts(Summary summary) {
        StringBuilder text = new StringBuilder();
        for (Verdict verdict : Verdict.values()) {
            text.append(text.isEmpty() ? "" : ", ").append(verdict.name()).append(' ').append(summary.count(verdict));
        }
        return text.toString();
    }

    /** {@code 3m12s}, {@code 850ms}. */
    static String human(Duration duration) {
        if (duration.toSeconds() == 0) {
            return duration.toMillis() + "ms";
        }
        long h = duration.toHours();
        long m = duration.toMinutesPart();
        long s = duration.toSecondsPart();
        return (h > 0 ? h + "h" : "") + (h > 0 || m > 0 ? m + "m" : "") + s + "s";
    }
}
