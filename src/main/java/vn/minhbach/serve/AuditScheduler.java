package vn.minhbach.serve;

import static org.quartz.CronScheduleBuilder.cronSchedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.config.EmailConfig;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.mail.Notifier;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.StoreDatabase;
import vn.minhbach.store.StoreException;

/**
 * The audits of a node, on Quartz: one job per config, keyed by its config key, fired by the config's
 * cron in its time zone. A misfire (the service was down when the cron came due) runs once when the
 * service is back. In cluster mode (configs kept in PostgreSQL) the schedule lives in the database and is
 * shared by every node started on it.
 *
 * <p>Extension points: {@link #addListener} is told about every run; {@link #runNow} starts a config's
 * audit now (a dashboard button, an e-mail command).
 */
public final class AuditScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(AuditScheduler.class);
    static final String GROUP = "minhbach";
    private static final Duration ABANDON_WAIT = Duration.ofSeconds(30);

    private final Scheduler scheduler;
    private final Map<String, ServedConfig> configs;
    private final AuditRuns runs;
    private final Set<ScheduledAudit> running;
    private final boolean clustered;

    private AuditScheduler(Scheduler scheduler, Map<String, ServedConfig> configs, AuditRuns runs,
                           Set<ScheduledAudit> running, boolean clustered) {
        this.scheduler = scheduler;
        this.configs = configs;
        this.runs = runs;
        this.running = running;
        this.clustered = clustered;
    }

    /**
     * Builds the scheduler of a node serving {@code served} (not started yet). Two configs of the same
     * organisation and sites, or configs in different databases, are config errors.
     *
     * @throws StoreException when the cluster's PostgreSQL database cannot be opened or migrated
     */
    public static AuditScheduler create(List<ServedConfig> served, ServeSettings settings, ConfigLoader loader)
            throws ConfigException {
        return create(served, settings, loader, new Notifier());
    }

    /**
     * The same, sending each config's weekly digest ({@code email.weeklyDigest}) with {@code notifier}.
     *
     * @throws StoreException when the cluster's PostgreSQL database cannot be opened or migrated
     */
    public static AuditScheduler create(List<ServedConfig> served, ServeSettings settings, ConfigLoader loader,
                                        Notifier notifier) throws ConfigException {
        Map<String, ServedConfig> byKey = new LinkedHashMap<>();
        for (ServedConfig config : served) {
            ServedConfig twin = byKey.putIfAbsent(config.key(), config);
            if (twin != null) {
                throw new ConfigException(config.source(), List.of("(file): audits the same organisation and sites as "
                        + twin.source() + " (config key " + config.key() + "); serve one of them"));
            }
        }
        Optional<StoreConfig> clusterStore = QuartzSettings.clusterStore(served);
        Properties properties = clusterStore.isPresent()
                ? QuartzSettings.clustered(settings.workers(), connections(clusterStore.get()))
                : QuartzSettings.inMemory(settings.workers());
        AuditRuns runs = new AuditRuns(settings);
        Set<ScheduledAudit> running = ScheduledAudit.registry();
        try {
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.setJobFactory((bundle, s) -> bundle.getJobDetail().getJobClass() == DigestJob.class
                    ? new DigestJob(loader, notifier) : new ScheduledAudit(runs, loader, running));
            return new AuditScheduler(scheduler, byKey, runs, running, clusterStore.isPresent());
        } catch (SchedulerException e) {
            throw new StoreException("could not set up the scheduler: " + e.getMessage(), e);
        }
    }

    /** Opens the cluster's database and registers its connections with Quartz; returns the name they go by. */
    private static String connections(StoreConfig store) {
        String dataSource = "minhbach-" + UUID.randomUUID();
        StoreDatabase database = StoreDatabase.open(store, System::getenv);
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new QuartzSettings.StoreConnections(database));
        LOG.info("cluster mode: schedule shared through {}", database);
        return dataSource;
    }

    /**
     * Removes the audit and digest jobs of {@code served} from the schedule a cluster keeps in PostgreSQL, so no
     * node audits those portals any more (a portal dropped from the files would otherwise stay scheduled: the
     * job carries its config). An audit running now finishes. Returns the configs that were scheduled.
     *
     * @throws ConfigException when the configs are not kept in PostgreSQL: only a cluster's schedule outlives
     *                         its processes
     * @throws StoreException  when the database cannot be opened or the scheduler set up
     */
    public static List<ServedConfig> unschedule(List<ServedConfig> served) throws ConfigException {
        Optional<StoreConfig> clusterStore = QuartzSettings.clusterStore(served);
        if (clusterStore.isEmpty()) {
            throw new ConfigException(served.get(0).source(), List.of("store.url: only a cluster's schedule (kept in"
                    + " PostgreSQL) outlives its processes; a schedule in memory ends when serve stops"));
        }
        Scheduler scheduler = null;
        try {
            scheduler = new StdSchedulerFactory(QuartzSettings.clustered(1, connections(clusterStore.get())))
                    .getScheduler();
            List<ServedConfig> removed = new ArrayList<>();
            for (ServedConfig config : served) {
                boolean audit = scheduler.deleteJob(JobKey.jobKey(config.key(), GROUP));
                boolean digest = scheduler.deleteJob(JobKey.jobKey(config.key(), DigestJob.GROUP));
                if (audit || digest) {
                    removed.add(config);
                }
            }
            return removed;
        } catch (SchedulerException e) {
            throw new StoreException("could not change the cluster's schedule: " + e.getMessage(), e);
        } finally {
            if (scheduler != null) {
                try {
                    scheduler.shutdown(false);
                } catch (SchedulerException e) {
                    LOG.warn("scheduler did not shut down cleanly: {}", e.getMessage());
                }
            }
        }
    }

    /** Tells {@code listener} about every audit this node runs from now on. */
    public void addListener(AuditListener listener) {
        runs.addListener(listener);
    }

    /** The configs this node serves, by config key. */
    public Map<String, ServedConfig> configs() {
        return Map.copyOf(configs);
    }

    /** This node's name: the host and start time, unique in a cluster. */
    public String node() {
        return node(scheduler);
    }

    /** Quartz names cluster nodes; a node on its own is named by its host. */
    static String node(Scheduler scheduler) {
        try {
            String id = scheduler.getSchedulerInstanceId();
            return "NON_CLUSTERED".equals(id) ? java.net.InetAddress.getLocalHost().getHostName() : id;
        } catch (SchedulerException | java.net.UnknownHostException e) {
            return "?";
        }
    }

    public boolean isClustered() {
        return clustered;
    }

    /** Schedules every config's job and starts firing. */
    public void start() throws SchedulerException {
        List<ServedConfig> recover = new ArrayList<>();
        for (ServedConfig served : configs.values()) {
            boolean caughtUp = schedule(served);
            scheduleDigest(served);
            // In cluster mode Quartz itself runs again what a dead node was running (requestRecovery).
            if (!clustered && new RunLog().abandonUnfinished(served, Instant.now()) > 0) {
                if (caughtUp) {
                    LOG.info("audit {} was cut short when the service stopped; the missed run replaces it",
                            served.label());
                } else {
                    recover.add(served);
                }
            }
        }
        scheduler.start();
        for (ServedConfig served : recover) {
            scheduler.triggerJob(JobKey.jobKey(served.key(), GROUP),
                    new JobDataMap(Map.of(ScheduledAudit.RECOVERED, Instant.now().toString())));
            LOG.info("audit {} was cut short when the service stopped; it runs again once now", served.label());
        }
        for (ServedConfig served : configs.values()) {
            LOG.info("serving {} from {}: cron \"{}\" in {}, next run {}{}", served.label(), served.source(),
                    served.config().schedule().cron(), served.config().timezone().getId(),
                    nextRun(served.key()).map(t -> t.atZone(served.config().timezone()).toString()).orElse("none"),
                    nextDigest(served.key()).map(t -> ", weekly digest " + t.atZone(served.config().timezone()))
                            .orElse(""));
        }
        LOG.info("node {} started: {} config(s), {}", node(), configs.size(),
                clustered ? "cluster mode (JDBC job store on PostgreSQL)" : "schedule in memory");
    }

    /**
     * Starts the audit of a config now, unless one is running, in which case it runs right after it.
     *
     * @throws IllegalArgumentException when this node serves no config with that key
     */
    public void runNow(String configKey) throws SchedulerException {
        if (!configs.containsKey(configKey)) {
            throw new IllegalArgumentException("no served config has the key " + configKey);
        }
        scheduler.triggerJob(JobKey.jobKey(configKey, GROUP),
                new JobDataMap(Map.of(ScheduledAudit.REQUESTED, Instant.now().toString())));
        LOG.info("audit {} requested", configs.get(configKey).label());
    }

    /** When the config's cron fires next, or empty when it never will. */
    public Optional<Instant> nextRun(String configKey) {
        return nextFire(TriggerKey.triggerKey(configKey, GROUP));
    }

    private Optional<Instant> nextFire(TriggerKey key) {
        try {
            Trigger trigger = scheduler.getTrigger(key);
            return trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            LOG.warn("cannot read the next fire of {}: {}", key, e.getMessage());
            return Optional.empty();
        }
    }

    /** When the config's next weekly digest is sent, or empty when it sends none. */
    public Optional<Instant> nextDigest(String configKey) {
        return nextFire(TriggerKey.triggerKey(configKey, DigestJob.GROUP));
    }

    /**
     * Whether an audit of the config is under way on this node, or was requested with {@link #runNow} and has
     * not ended yet: when it started (or was requested), or empty when neither.
     */
    public Optional<Instant> runningSince(String configKey) {
        JobKey job = JobKey.jobKey(configKey, GROUP);
        try {
            for (JobExecutionContext context : scheduler.getCurrentlyExecutingJobs()) {
                if (context.getJobDetail().getKey().equals(job)) {
                    return Optional.of(context.getFireTime().toInstant());
                }
            }
            // A requested run's one-off trigger lasts until that run has ended.
            for (Trigger trigger : scheduler.getTriggersOfJob(job)) {
                String requested = trigger.getJobDataMap().getString(ScheduledAudit.REQUESTED);
                if (requested != null) {
                    return Optional.of(Instant.parse(requested));
                }
            }
        } catch (SchedulerException e) {
            LOG.warn("cannot tell whether an audit of {} runs: {}", configKey, e.getMessage());
        }
        return Optional.empty();
    }

    /** Sends the config's weekly digest now, as its Monday trigger would (for tests). */
    void digestNow(String configKey) throws SchedulerException {
        scheduler.triggerJob(JobKey.jobKey(configKey, DigestJob.GROUP));
    }

    /**
     * Stops the node: no new audits start; running ones get {@code grace} to finish, then are interrupted
     * and recorded as abandoned (nothing of them is saved).
     *
     * @return true when every running audit finished within the grace period
     */
    public boolean shutdown(Duration grace) {
        Thread closer = new Thread(() -> {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.error("scheduler did not shut down cleanly", e);
            }
        }, "minhbach-shutdown");
        closer.start();
        try {
            closer.join(Math.max(1, grace.toMillis()));
            if (!closer.isAlive()) {
                return true;
            }
            LOG.warn("{} audit(s) still running after {}; abandoning them", running.size(), AuditRuns.human(grace));
            running.forEach(ScheduledAudit::interrupt);
            closer.join(ABANDON_WAIT.toMillis());
            if (closer.isAlive()) {
                LOG.error("audits did not stop within {} of being interrupted", AuditRuns.human(ABANDON_WAIT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Schedules the config's audit; true when a schedule in memory starts with a run missed while down. */
    private boolean schedule(ServedConfig served) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(ScheduledAudit.class).withIdentity(JobKey.jobKey(served.key(), GROUP))
                .withDescription(served.config().organisation())
                .usingJobData(ScheduledAudit.YAML, served.yaml()).usingJobData(ScheduledAudit.SOURCE, served.source())
                .requestRecovery(true).storeDurably(true).build();
        Optional<Instant> missed = clustered ? Optional.empty() : missedInMemory(served);
        place(job, served.config().schedule().cron(), served,
                clustered ? null : Date.from(missed.orElse(Instant.now())));
        return missed.isPresent();
    }

    /**
     * The config's weekly digest job when {@code email.weeklyDigest} is true. Otherwise none: in cluster mode
     * one scheduled by an earlier version of the config is removed.
     */
    private void scheduleDigest(ServedConfig served) throws SchedulerException {
        JobKey key = JobKey.jobKey(served.key(), DigestJob.GROUP);
        EmailConfig email = served.config().email();
        if (!email.configured() || !email.weeklyDigest()) {
            scheduler.deleteJob(key);
            return;
        }
        JobDetail job = JobBuilder.newJob(DigestJob.class).withIdentity(key)
                .withDescription("weekly digest of " + served.config().organisation())
                .usingJobData(ScheduledAudit.YAML, served.yaml()).usingJobData(ScheduledAudit.SOURCE, served.source())
                .storeDurably(true).build();
        place(job, DigestJob.CRON, served, new Date());
    }

    /** Schedules {@code job} on {@code cron} in the config's time zone, under a trigger named as the job. */
    private void place(JobDetail job, String cron, ServedConfig served, Date startInMemory) throws SchedulerException {
        JobKey jobKey = job.getKey();
        TriggerKey triggerKey = TriggerKey.triggerKey(jobKey.getName(), jobKey.getGroup());
        TimeZone zone = TimeZone.getTimeZone(served.config().timezone());
        if (!clustered) {
            scheduler.scheduleJob(job, trigger(triggerKey, jobKey, cron, zone, startInMemory));
            return;
        }
        // The database remembers the schedule across restarts, and Quartz its misfires: keep an unchanged
        // trigger, so that a fire missed while every node was down still runs once.
        scheduler.addJob(job, true);
        Trigger existing = scheduler.getTrigger(triggerKey);
        if (existing instanceof CronTrigger old && old.getCronExpression().equals(cron)
                && old.getTimeZone().getID().equals(zone.getID())) {
            return;
        }
        Trigger trigger = trigger(triggerKey, jobKey, cron, zone, new Date());
        try {
            if (existing == null) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.rescheduleJob(triggerKey, trigger);
                LOG.info("schedule of {} ({}) changed to \"{}\" in {}", served.label(), jobKey.getGroup(), cron,
                        zone.getID());
            }
        } catch (ObjectAlreadyExistsException e) {
            // Another node starting at the same moment scheduled it first.
        }
    }

    private static Trigger trigger(TriggerKey key, JobKey job, String cron, TimeZone zone, Date start) {
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startAt(start)
                .withSchedule(cronSchedule(cron).inTimeZone(zone).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** The time the schedule came due while the service was down (see {@link CatchUp}), or empty. */
    private static Optional<Instant> missedInMemory(ServedConfig served) {
        Instant now = Instant.now();
        Optional<Instant> lastAudit;
        try (AuditStore store = AuditStore.open(served.config().store())) {
            lastAudit = store.list(served.key(), 1).stream().findFirst().map(AuditRecord::startedAt)
                    .map(t -> t.toInstant());
        } catch (StoreException e) {
            LOG.warn("cannot read the last audit of {}; a night missed while down is not caught up: {}",
                    served.label(), e.getMessage());
            lastAudit = Optional.empty();
        }
        Optional<Instant> missed = CatchUp.missed(served.config().schedule().cron(), served.config().timezone(),
                lastAudit, now);
        missed.ifPresent(due -> LOG.info("audit {} was due {} while the service was down; it runs once now",
                served.label(), due.atZone(served.config().timezone())));
        return missed;
    }
}
