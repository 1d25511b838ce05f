package vn.minhbach.serve;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.store.StoreDatabase;
import vn.minhbach.store.StoreException;

/**
 * The {@code scheduled_run} table in each config's store: a row when a run starts (outcome RUNNING), filled
 * in when it ends. A run whose node died stays RUNNING beside the RECOVERED run that replaced it. Writing
 * the log never stops an audit: a failure is logged as a warning.
 */
final class RunLog {
    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

    /** How a run ended, as stored. */
    enum Outcome { RUNNING, COMPLETED, FAILED, ABANDONED }

    /** Returns the row's id, or -1 when it could not be written. */
    long started(ServedConfig served, Fire fire, Instant startedAt) {
        String sql = "INSERT INTO scheduled_run (config_key, fire_id, scheduled_at, started_at, node, cause, outcome)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (StoreDatabase database = StoreDatabase.open(served.config().store(), System::getenv);
             Connection connection = database.dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, served.key());
            insert.setString(2, fire.fireId());
            insert.setObject(3, fire.scheduledAt() == null ? null : utc(fire.scheduledAt()));
            insert.setObject(4, utc(startedAt));
            insert.setString(5, fire.node());
            insert.setString(6, fire.cause().name());
            insert.setString(7, Outcome.RUNNING.name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException | StoreException e) {
            LOG.warn("run of {} not logged in the store: {}", served.label(), e.getMessage());
            return -1;
        }
    }

    /**
     * Marks the config's runs still RUNNING as ABANDONED: called when a node that keeps its schedule in memory
     * starts, before it runs anything, so those runs belong to a process of it that died (killed, or its machine
     * down) and will never finish.
     *
     * @return how many there were; 0 when the log cannot be read
     */
    int abandonUnfinished(ServedConfig served, Instant now) {
        String sql = "UPDATE scheduled_run SET finished_at = ?, outcome = ?, message = ?"
                + " WHERE config_key = ? AND outcome = ?";
        try (StoreDatabase database = StoreDatabase.open(served.config().store(), System::getenv);
             Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, utc(now));
            update.setString(2, Outcome.ABANDONED.name());
            update.setString(3, "the service stopped during the run (its process was killed or the machine went down)");
            update.setString(4, served.key());
            update.setString(5, Outcome.RUNNING.name());
            return update.executeUpdate();
        } catch (SQLException | StoreException e) {
            LOG.warn("runs of {} cut short earlier not looked for in the store: {}", served.label(), e.getMessage());
            return 0;
        }
    }

    void finished(ServedConfig served, long id, Instant finishedAt, Outcome outcome, String auditId, Double score,
                  String message) {
        if (id < 0) {
            return;
        }
        String sql = "UPDATE scheduled_run SET finished_at = ?, outcome = ?, audit_id = ?, score = ?, message = ?"
                + " WHERE id = ?";
        try (StoreDatabase database = StoreDatabase.open(served.config().store(), System::getenv);
             Connection connection = database.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, utc(finishedAt));
            update.setString(2, outcome.name());
            if (auditId == null) {
                update.setNull(3, Types.BIGINT);
            } else {
                update.setLong(3, Long.parseLong(auditId));
            }
            if (score == null) {
                update.setNull(4, Types.DOUBLE);
            } else {
                update.setDouble(4, score);
            }
            update.setString(5, message);
            update.setLong(6, id);
            update.executeUpdate();
        } catch (SQLException | StoreException e) {
            LOG.warn("end of the run of {} not logged in the store: {}", served.label(), e.getMessage());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
