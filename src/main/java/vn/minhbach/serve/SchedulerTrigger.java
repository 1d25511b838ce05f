package vn.minhbach.serve;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.SchedulerException;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.web.AuditTrigger;
import vn.minhbach.web.Portal;

/**
 * The dashboard's "Kiểm tra ngay" on the scheduler: a press fires the config's own Quartz job
 * ({@link AuditScheduler#runNow}), which never runs twice at once, so a press and the nightly run never
 * overlap. Whether an audit runs is asked of the scheduler; why the last one failed is learnt as a listener
 * of every run, scheduled or pressed.
 */
final class SchedulerTrigger implements AuditTrigger, AuditListener {
    private final AuditScheduler scheduler;
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    SchedulerTrigger(AuditScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Synchronized so that two presses at once start one audit: the first one's request is seen by the second. */
    @Override
    public synchronized boolean start(Portal portal) {
        if (scheduler.runningSince(portal.key()).isPresent()) {
            return false;
        }
        try {
            scheduler.runNow(portal.key());
            return true;
        } catch (SchedulerException e) {
            throw new IllegalStateException("the audit of " + portal.config().organisation()
                    + " could not be started: " + e.getMessage(), e);
        }
    }

    @Override
    public Status status(String portalKey) {
        Optional<Instant> since = scheduler.runningSince(portalKey);
        ZoneId zone = Optional.ofNullable(scheduler.configs().get(portalKey)).map(c -> c.config().timezone())
                .orElse(ZoneId.systemDefault());
        return new Status(since.isPresent(), since.map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null),
                failures.get(portalKey));
    }

    @Override
    public void completed(ServedConfig config, AuditJob.Outcome outcome, Duration duration) {
        if (outcome.auditId() == null) {
            failures.put(config.key(), "not saved in the history: " + outcome.warning());
        } else {
            failures.remove(config.key());
        }
    }

    @Override
    public void failed(ServedConfig config, Exception cause, boolean abandoned, Duration duration) {
        failures.put(config.key(), abandoned ? "interrupted: the service was stopping"
                : cause.getMessage() != null ? cause.getMessage() : cause.toString());
    }
}
