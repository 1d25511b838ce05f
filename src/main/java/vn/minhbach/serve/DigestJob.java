package vn.minhbach.serve;

import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.mail.Notifier;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.StoreException;

/**
 * The Quartz job of one config's weekly digest ({@code email.weeklyDigest: true}): every Monday at 07:00 in
 * the config's time zone, the audits of the 7 days ending that day, e-mailed. Like {@link ScheduledAudit} it
 * carries the config's YAML, so any cluster node can send it. A digest that cannot be sent is logged; it is
 * not tried again the next day.
 */
@DisallowConcurrentExecution
final class DigestJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    /** The Quartz group of the digest jobs; each job is named by its config key. */
    static final String GROUP = "minhbach-digest";
    /** Mondays at 07:00, before the working week starts: the week's audits, the night's one included. */
    static final String CRON = "0 0 7 ? * MON";

    private final ConfigLoader loader;
    private final Notifier notifier;

    DigestJob(ConfigLoader loader, Notifier notifier) {
        this.loader = loader;
        this.notifier = notifier;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        ServedConfig served;
        try {
            served = ServedConfig.parse(data.getString(ScheduledAudit.YAML), data.getString(ScheduledAudit.SOURCE),
                    loader);
        } catch (ConfigException e) {
            throw new JobExecutionException("cannot read the config of job " + context.getJobDetail().getKey()
                    + ": " + String.join("; ", e.problems()), e, false);
        }
        LocalDate today = LocalDate.now(served.config().timezone());
        try (AuditStore store = AuditStore.open(served.config().store())) {
            Notifier.Result result = notifier.weeklyDigest(served.config(), store, today);
            LOG.info("weekly digest of {} to {}: {} ({})", served.label(), today,
                    result.status().name().toLowerCase(java.util.Locale.ROOT), result.detail());
        } catch (StoreException e) {
            LOG.error("weekly digest of {} not sent: its store cannot be read: {}", served.label(), e.getMessage());
        }
    }
}
