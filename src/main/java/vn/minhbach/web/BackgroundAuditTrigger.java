package vn.minhbach.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.model.AuditRun;

/**
 * Runs each started audit on a thread of its own, at most one per portal at a time, and counts it in the
 * {@link Metrics}. An audit that throws is logged and its message kept for the dashboard; it never takes
 * the service down.
 */
public final class BackgroundAuditTrigger implements AuditTrigger, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundAuditTrigger.class);

    private final AuditAction action;
    private final Metrics metrics;
    private final Clock clock;
    private final ExecutorService executor;
    private final ConcurrentMap<String, Status> statuses = new ConcurrentHashMap<>();

    public BackgroundAuditTrigger(AuditAction action, Metrics metrics, Clock clock) {
        this.action = action;
        this.metrics = metrics;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "audit-now-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean start(Portal portal) {
        Status running = new Status(true, OffsetDateTime.now(clock.withZone(portal.config().timezone())), null);
        boolean[] started = {false};
        statuses.compute(portal.key(), (key, old) -> {
            if (old != null && old.running()) {
                return old;
            }
            started[0] = true;
            return running;
        });
        if (started[0]) {
            executor.execute(() -> run(portal));
        }
        return started[0];
    }

    @Override
    public Status status(String portalKey) {
        return statuses.getOrDefault(portalKey, Status.IDLE);
    }

    private void run(Portal portal) {
        long start = System.nanoTime();
        String failure = null;
        try {
            AuditRun run = action.audit(portal);
            metrics.recordAudit(portal.key(), run, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
            metrics.recordFailure(portal.key(), Duration.ofNanos(System.nanoTime() - start));
        } catch (Exception e) {
            failure = e.getMessage() != null ? e.getMessage() : e.toString();
            LOG.warn("audit of {} ({}) failed", portal.config().organisation(), portal.key(), e);
            metrics.recordFailure(portal.key(), Duration.ofNanos(System.nanoTime() - start));
        } finally {
            statuses.put(portal.key(), new Status(false, null, failure));
        }
    }

    /** Stops the running audits: their threads are interrupted and given a few seconds to end. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
