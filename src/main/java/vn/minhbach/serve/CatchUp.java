package vn.minhbach.serve;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * When a node keeps its schedule in memory, a night it was off leaves no trace in the scheduler; the
 * audit history does. If the schedule came due since the last stored audit, the trigger starts at that
 * missed time, so Quartz sees a misfire and, with "fire once now", runs the audit once on start, however
 * many nights were missed.
 */
final class CatchUp {
    private CatchUp() {
    }

    /**
     * The first time the cron came due after the last audit, when that is before {@code now}; empty when
     * nothing was missed or there is no earlier audit to go by.
     */
    static Optional<Instant> missed(String cron, ZoneId zone, Optional<Instant> lastAudit, Instant now) {
        if (lastAudit.isEmpty()) {
            return Optional.empty();
        }
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException("schedule.cron was validated when the config loaded: " + cron, e);
        }
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        Date due = expression.getNextValidTimeAfter(Date.from(lastAudit.get()));
        return due != null && due.toInstant().isBefore(now) ? Optional.of(due.toInstant()) : Optional.empty();
    }
}
