package vn.minhbach.serve;

import static org.quartz.CronScheduleBuilder.cronSchedule;

import java.time.Duration;
import java.time.Instant;
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
import vn.minhbach.config.StoreConfig;
import vn.minhbach.store.AuditRecord;
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
        Map<String, ServedConfig> byKey = new LinkedHashMap<>();
        for (ServedConfig config : served) {
            ServedConfig twin = byKey.putIfAbsent(config.key(), config);
            if (twin != null) {
                throw new ConfigException(config.source(), List.of("(file): audits the same organisation and sites as "
                        + twin.source() + " (config key " + config.key() + "); serve one of them"));
            }
        }
        Optional<StoreConfig> clusterStore = QuartzSettings.clusterStore(served);
        Properties properties;
        if (clusterStore.isPresent()) {
            String dataSource = "minhbach-" + UUID.randomUUID();
            StoreDatabase database = StoreDatabase.open(clusterStore.get(), System::getenv);
            DBConnectionManager.getInstance().addConnectionProvider(dataSource,
                    new QuartzSettings.StoreConnections(database));
            properties = QuartzSettings.clustered(settings.workers(), dataSource);
            LOG.info("cluster mode: schedule shared through {}", database);
        } else {
            properties = QuartzSettings.inMemory(settings.workers());
        }
        AuditRuns runs = new AuditRuns(settings);
        Set<ScheduledAudit> running = ScheduledAudit.registry();
        try {
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.setJobFactory((bundle, s) -> new ScheduledAudit(runs, loader, running));
            return new AuditScheduler(scheduler, byKey, runs, running, clusterStore.isPresent());
        } catch (SchedulerException e) {
            throw new StoreException("could not set up the scheduler: " + e.getMessage(), e);
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
        for (ServedConfig served : configs.values()) {
            schedule(served);
        }
        scheduler.start();
        for (ServedConfig served : configs.values()) {
            LOG.info("serving {} from {}: cron \"{}\" in {}, next run {}", served.label(), served.source(),
                    served.config().schedule().cron(), served.config().timezone().getId(),
                    nextRun(served.key()).map(t -> t.atZone(served.config().timezone()).toString()).orElse("none"));
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
        try {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(configKey, GROUP));
            return trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            LOG.warn("cannot read the next run of {}: {}", configKey, e.getMessage());
            return Optional.empty();
        }
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

    private void schedule(ServedConfig served) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(served.key(), GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(served.key(), GROUP);
        JobDetail job = JobBuilder.newJob(ScheduledAudit.class).withIdentity(jobKey)
                .withDescription(served.config().organisation())
                .usingJobData(ScheduledAudit.YAML, served.yaml()).usingJobData(ScheduledAudit.SOURCE, served.source())
                .requestRecovery(true).storeDurably(true).build();
        String cron = served.config().schedule().cron();
        TimeZone zone = TimeZone.getTimeZone(served.config().timezone());
        if (!clustered) {
            scheduler.scheduleJob(job, trigger(triggerKey, jobKey, cron, zone, startInMemory(served)));
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
                LOG.info("schedule of {} changed to \"{}\" in {}", served.label(), cron, zone.getID());
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

    /** Now, or the time the schedule came due while the service was down (see {@link CatchUp}). */
    private static Date startInMemory(ServedConfig served) {
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
        return Date.from(missed.orElse(now));
    }
}
