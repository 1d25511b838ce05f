package vn.minhbach.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.EmailConfig;
import vn.minhbach.history.Changes;
import vn.minhbach.history.Week;
import vn.minhbach.model.AuditRun;
import vn.minhbach.report.HtmlReport;
import vn.minhbach.report.MailSummary;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.Delivery;
import vn.minhbach.store.StoreException;

/**
 * Sends the e-mails of a config: the summary after an audit (when {@code email.send} says so), the weekly
 * digest and a test message, in the config's {@code report.lang}. What the command line and the scheduler call.
 *
 * <p>Nothing here throws: a send that fails is retried with exponential backoff while retrying can help,
 * every attempt is logged and, when a store is at hand, recorded in it, and the outcome is returned as a
 * {@link Result}. The audit itself is already saved and its reports written; a mail server that is down
 * costs the e-mail, never the audit.
 */
public final class Notifier {
    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final UnaryOperator<String> environment;
    private final Properties overrides;
    private final Backoff backoff;
    private final Clock clock;
    private final Duration timeout;

    /** Credentials from the process environment, default timeouts and retries: what {@code serve} uses. */
    public Notifier() {
        this(System::getenv, new Properties(), Backoff.DEFAULT, Clock.systemDefaultZone());
    }

    /**
     * One try with {@link SmtpClient#SHORT_TIMEOUT}: what the command line uses, so that a mail server that is
     * down or never answers holds the terminal seconds, not minutes. The failed try is still logged and
     * recorded; retrying with backoff is for {@code serve}, which has no one waiting on it.
     */
    public static Notifier once() {
        return new Notifier(System::getenv, new Properties(), Backoff.DEFAULT.once(), Clock.systemDefaultZone(),
                SmtpClient.SHORT_TIMEOUT);
    }

    Notifier(UnaryOperator<String> environment, Properties overrides, Backoff backoff, Clock clock) {
        this(environment, overrides, backoff, clock, SmtpClient.DEFAULT_TIMEOUT);
    }

    Notifier(UnaryOperator<String> environment, Properties overrides, Backoff backoff, Clock clock, Duration timeout) {
        this.environment = environment;
        this.overrides = overrides;
        this.backoff = backoff;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** What became of one e-mail. */
    public enum Status { SENT, SKIPPED, FAILED }

    /**
     * @param status   sent, skipped (not configured, or the send rule said no) or failed
     * @param attempts tries made, 0 when skipped
     * @param detail   the server's answer when sent, why when skipped, the last error when failed
     */
    public record Result(Status status, int attempts, String detail) {
    }

    /**
     * After an audit: applies {@code email.send} and sends the summary with the full report attached. The
     * attempts are recorded in the config's store when the audit was saved in it.
     */
    public Result afterAudit(AuditConfig config, FinishedAudit outcome) {
        if (outcome.auditId() == null) {
            return afterAudit(config, outcome, null);
        }
        AuditStore store;
        try {
            store = AuditStore.open(config.store());
        } catch (StoreException e) {
            LOG.warn("e-mail attempts will not be recorded: {}", e.getMessage());
            return afterAudit(config, outcome, null);
        }
        try (store) {
            return afterAudit(config, outcome, store);
        }
    }

    /** The same, recording the attempts in {@code store} (may be null: logged only). */
    public Result afterAudit(AuditConfig config, FinishedAudit outcome, AuditStore store) {
        EmailConfig email = config.email();
        if (!email.configured()) {
            return skipped("no email section in the config");
        }
        AuditRun run = outcome.run();
        SendRule.Decision decision = SendRule.decide(email.send(), run, outcome.changes());
        if (!decision.send()) {
            return skipped(decision.why());
        }
        return deliver(config, "summary", outcome.auditId(), store, () -> new Draft(
                MailSummary.audit(run, outcome.changes(), config.report().lang()), report(config, run, outcome.changes())));
    }

    /**
     * The digest of the 7 days ending {@code today}: every audit's score and counts, the items that failed
     * during the week, the latest full report attached. Sent when {@code email.weeklyDigest} is true; the
     * scheduler decides on which day.
     */
    public Result weeklyDigest(AuditConfig config, AuditStore store, LocalDate today) {
        EmailConfig email = config.email();
        if (!email.configured()) {
            return skipped("no email section in the config");
        }
        if (!email.weeklyDigest()) {
            return skipped("email.weeklyDigest is false");
        }
        return deliver(config, "digest", null, store, () -> {
            Week week = WeeklyDigest.week(config, store, today);
            return new Draft(MailSummary.digest(week, config.report().lang()),
                    week.latest() == null ? null : report(config, week.latest(), null));
        });
    }

    /** A short test message to the configured recipients, tried once; the result says what the server answered. */
    public Result test(AuditConfig config) {
        if (!config.email().configured()) {
            return skipped("no email section in the config");
        }
        Notifier once = new Notifier(environment, overrides, backoff.once(), clock, timeout);
        return once.deliver(config, "test", null, null, () -> new Draft(MailSummary.test(config.organisation(),
                SmtpClient.where(config.email().smtp()), ZonedDateTime.now(clock.withZone(config.timezone())),
                config.report().lang()), null));
    }

    /** The words of an e-mail and the report to attach (or null). */
    private record Draft(MailSummary.Rendered rendered, String report) {
    }

    @FunctionalInterface
    private interface DraftSource {
        Draft draft();
    }

    /** The report.html attached, in the config's {@code report.lang}. */
    private static String report(AuditConfig config, AuditRun run, Changes changes) {
        return HtmlReport.render(vn.minhbach.i18n.Messages.of(config.report().lang()), run, changes, null);
    }

    private Result deliver(AuditConfig config, String kind, String auditId, AuditStore store, DraftSource source) {
        EmailConfig email = config.email();
        SmtpClient client = new SmtpClient(email.smtp(), environment, overrides, timeout);
        MimeMessage message;
        try {
            Draft draft = source.draft();
            message = Messages.compose(client.session(), email, draft.rendered(), draft.report(), clock.instant());
        } catch (SendFailure | RuntimeException e) {
            LOG.error("could not compose the {} e-mail of {}", kind, config.organisation(), e);
            return new Result(Status.FAILED, 0, "could not compose the e-mail: " + SmtpClient.describe(e));
        }
        String recipients = String.join(", ", email.to());
        for (int attempt = 1; ; attempt++) {
            try {
                String reply = client.send(message);
                record(store, new Delivery(ConfigKeys.of(config), auditId, kind, now(), attempt, true, recipients, reply));
                LOG.info("{} e-mail of {} sent to {} through {} (attempt {}): {}", kind, config.organisation(),
                        recipients, client.where(), attempt, reply);
                return new Result(Status.SENT, attempt, reply);
            } catch (SendFailure e) {
                record(store, new Delivery(ConfigKeys.of(config), auditId, kind, now(), attempt, false, recipients,
                        e.getMessage()));
                boolean last = !e.retryable() || attempt >= backoff.attempts();
                LOG.warn("{} e-mail of {} not sent (attempt {} of {}{}): {}", kind, config.organisation(), attempt,
                        backoff.attempts(), last ? ", giving up" : "", e.getMessage());
                if (last) {
                    return new Result(Status.FAILED, attempt, e.getMessage());
                }
                try {
                    backoff.sleeper().sleep(backoff.delayAfter(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new Result(Status.FAILED, attempt, e.getMessage() + " (interrupted before retrying)");
                }
            }
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Records an attempt in the store when there is one; a store that fails costs the record, not the e-mail. */
    private static void record(AuditStore store, Delivery delivery) {
        if (store == null) {
            return;
        }
        try {
            store.recordDelivery(delivery);
        } catch (StoreException e) {
            LOG.warn("e-mail attempt not recorded: {}", e.getMessage());
        }
    }

    private static Result skipped(String why) {
        LOG.info("no e-mail sent: {}", why);
        return new Result(Status.SKIPPED, 0, why);
    }
}
