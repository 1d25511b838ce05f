package vn.minhbach.serve;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;

/**
 * The Quartz job of one config: reads the config's YAML from the job's data and runs its audit. Never two
 * at once for the same config ({@link DisallowConcurrentExecution}, across the whole cluster with the JDBC
 * job store); a run that fires while the previous one is still going waits for it.
 */
@DisallowConcurrentExecution
final class ScheduledAudit implements InterruptableJob {
    static final String YAML = "config.yaml";
    static final String SOURCE = "config.source";
    /** Set in the data of a trigger fired by {@link AuditScheduler#runNow}. */
    static final String REQUESTED = "requested";
    /** Set in the data of a trigger fired at start to run again an audit the service's death cut short. */
    static final String RECOVERED = "recovered";

    private final AuditRuns runs;
    private final ConfigLoader loader;
    private final Set<ScheduledAudit> running;
    private volatile Thread worker;

    ScheduledAudit(AuditRuns runs, ConfigLoader loader, Set<ScheduledAudit> running) {
        this.runs = runs;
        this.loader = loader;
        this.running = running;
    }

    /** A registry of the audits running on a node, so that a stop can interrupt them. */
    static Set<ScheduledAudit> registry() {
        return ConcurrentHashMap.newKeySet();
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        ServedConfig served;
        try {
            served = ServedConfig.parse(data.getString(YAML), data.getString(SOURCE), loader);
        } catch (ConfigException e) {
            // Scheduled by a node whose config this node cannot read (e.g. a newer version): nothing to run.
            throw new JobExecutionException("cannot read the config of job " + context.getJobDetail().getKey()
                    + ": " + String.join("; ", e.problems()), e, false);
        }
        worker = Thread.currentThread();
        running.add(this);
        try {
            runs.run(served, fire(context));
        } finally {
            running.remove(this);
            worker = null;
            // The Quartz worker thread goes back to its pool: do not leave it interrupted.
            Thread.interrupted();
        }
    }

    @Override
    public void interrupt() {
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private static Fire fire(JobExecutionContext context) {
        String node = AuditScheduler.node(context.getScheduler());
        if (context.isRecovering()) {
            // When the lost run was due, not when it happened to start on the node that died.
            String original = context.getMergedJobDataMap()
                    .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS);
            Instant due = original == null ? null : Instant.ofEpochMilli(Long.parseLong(original));
            return new Fire(context.getFireInstanceId(), due, RunCause.RECOVERED, node);
        }
        JobDataMap trigger = context.getTrigger().getJobDataMap();
        RunCause cause = trigger.containsKey(RECOVERED) ? RunCause.RECOVERED
                : trigger.containsKey(REQUESTED) ? RunCause.REQUESTED : RunCause.SCHEDULED;
        Instant due = context.getScheduledFireTime() == null ? null : context.getScheduledFireTime().toInstant();
        return new Fire(context.getFireInstanceId(), due, cause, node);
    }
}
