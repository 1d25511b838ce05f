package vn.minhbach.store;

import java.util.Set;
import java.util.HashSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Verdict;

/**
 * The one {@link AuditStore}: plain JDBC over a schema shared by H2 and PostgreSQL, migrated by Flyway
 * from {@code db/migration}. Each call takes a connection and gives it back; a save is one transaction.
 */
final class JdbcAuditStore implements AuditStore {
    private final Dialect dialect;
    private final DataSource dataSource;
    private final SaveHook hook;
    private final EvidenceIndex evidence;

    JdbcAuditStore(Dialect dialect, DataSource dataSource, SaveHook hook) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.hook = hook;
        this.evidence = new JdbcEvidenceIndex(dialect, dataSource);
    }

    static JdbcAuditStore open(StoreConfig config, UnaryOperator<String> environment) {
        return open(config, environment, SaveHook.NONE);
    }

    static JdbcAuditStore open(StoreConfig config, UnaryOperator<String> environment, SaveHook hook) {
        StoreDatabase database = StoreDatabase.open(config, environment);
        return new JdbcAuditStore(database.dialect(), database.dataSource(), hook);
    }

    @Override
    public String save(String configKey, String configFingerprint, AuditRun run) {
        return write(configKey, configFingerprint, run, true);
    }

    @Override
    public String begin(String configKey, String configFingerprint, AuditRun run) {
        return write(configKey, configFingerprint, run, false);
    }

    private String write(String configKey, String configFingerprint, AuditRun run, boolean complete) {
        try (Connection connection = dataSource.getConnection()) {
            long id = Sql.inTransaction(connection,
                    c -> new AuditWriter(c, hook).write(configKey, configFingerprint, run, complete));
            return Long.toString(id);
        } catch (SQLException e) {
            throw new StoreException("could not save the audit of " + run.asOf() + " for " + run.organisation(), e);
        }
    }

    @Override
    public void complete(String auditId) {
        long id = parseId(auditId).orElseThrow(() -> new StoreException("not an audit id: " + auditId));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit SET complete = TRUE WHERE id = ? AND complete = FALSE")) {
            update.setLong(1, id);
            if (update.executeUpdate() != 1) {
                throw new StoreException("audit " + auditId + " is not waiting to be completed: another run of the"
                        + " config deleted it as abandoned, or it was completed already");
            }
            // Before the audit is reported saved, and before pruning deletes files.
            dialect.makeDurable(connection);
        } catch (SQLException e) {
            throw new StoreException("could not mark audit " + auditId + " complete", e);
        }
    }

    @Override
    public List<String> abandoned(String configKey) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT id FROM audit WHERE config_key = ? AND complete = FALSE ORDER BY id")) {
            query.setString(1, configKey);
            List<String> ids = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(Long.toString(row.getLong(1)));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("could not look for the abandoned audits of config " + configKey, e);
        }
    }

    @Override
    public Set<String> ids() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM audit");
             ResultSet row = query.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (row.next()) {
                ids.add(Long.toString(row.getLong(1)));
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("could not list the audits", e);
        }
    }

    @Override
    public void discard(String auditId) {
        long id = parseId(auditId).orElseThrow(() -> new StoreException("not an audit id: " + auditId));
        // One statement: the children go with the row (ON DELETE CASCADE), all or nothing.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM audit WHERE id = ? AND complete = FALSE")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not delete abandoned audit " + auditId, e);
        }
    }

    @Override
    public List<AuditRecord> list(String configKey, int limit) {
        String sql = "SELECT " + AuditReader.RECORD_COLUMNS + " FROM audit WHERE config_key = ? AND complete = TRUE"
                + " ORDER BY as_of DESC, started_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, configKey);
            query.setInt(2, Math.max(0, limit));
            List<AuditRecord> records = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    records.add(AuditReader.record(row));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new StoreException("could not list the audits of config " + configKey, e);
        }
    }

    @Override
    public Optional<AuditRecord> record(String auditId) {
        OptionalLong id = parseId(auditId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            return new AuditReader(connection).record(id.getAsLong());
        } catch (SQLException e) {
            throw new StoreException("could not read audit " + auditId, e);
        }
    }

    @Override
    public Optional<AuditRun> load(String auditId) {
        OptionalLong id = parseId(auditId);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection()) {
            // One snapshot for the parent and its children, so a concurrent delete cannot split them.
            connection.setAutoCommit(false);
            try {
                return new AuditReader(connection).load(id.getAsLong());
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("could not load audit " + auditId, e);
        }
    }

    @Override
    public List<AuditStatuses> itemHistory(String configKey, LocalDate from, LocalDate to) {
        // LEFT JOIN: an audit without items still shows up, with no statuses.
        String sql = "SELECT a.id, a.as_of, i.item_id, i.status FROM audit a"
                + " LEFT JOIN audit_item i ON i.audit_id = a.id"
                + " WHERE a.complete = TRUE AND a.config_key = ? AND a.as_of BETWEEN ? AND ?"
                + " ORDER BY a.as_of, a.started_at, a.id, i.pos";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, configKey);
            query.setObject(2, from);
            query.setObject(3, to);
            List<AuditStatuses> audits = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                long current = -1;
                LocalDate asOf = null;
                Map<String, Verdict> statuses = new LinkedHashMap<>();
                while (row.next()) {
                    long id = row.getLong("id");
                    if (id != current && current != -1) {
                        audits.add(new AuditStatuses(Long.toString(current), asOf, statuses));
                        statuses = new LinkedHashMap<>();
                    }
                    current = id;
                    asOf = Sql.date(row, "as_of");
                    String item = row.getString("item_id");
                    if (item != null) {
                        statuses.put(item, Verdict.valueOf(row.getString("status")));
                    }
                }
                if (current != -1) {
                    audits.add(new AuditStatuses(Long.toString(current), asOf, statuses));
                }
            }
            return audits;
        } catch (SQLException e) {
            throw new StoreException("could not read the item history of config " + configKey, e);
        }
    }

    @Override
    public PageCache pageCache(String configKey) {
        return new JdbcPageCache(dataSource, configKey);
    }

    @Override
    public EvidenceIndex evidence() {
        return evidence;
    }

    @Override
    public List<AuditItems> periodItems(String configKey, LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection()) {
            // One snapshot for the three queries (READ COMMITTED would take one per statement), so an audit
            // saved meanwhile is either whole or absent.
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                return new PeriodReader(connection).read(configKey, from, to);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the audits of config " + configKey + " from " + from + " to "
                    + to, e);
        }
    }

    @Override
    public void recordDelivery(Delivery delivery) {
        String sql = "INSERT INTO email_delivery (config_key, audit_id, kind, attempted_at, attempted_offset, attempt,"
                + " sent, recipients, reply) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, delivery.configKey());
            Sql.setLong(insert, 2, delivery.auditId() == null ? null : parseId(delivery.auditId()).orElseThrow(() ->
                    new StoreException("not an audit id: " + delivery.auditId())));
            insert.setString(3, delivery.kind());
            insert.setObject(4, delivery.at());
            insert.setInt(5, delivery.at().getOffset().getTotalSeconds());
            insert.setInt(6, delivery.attempt());
            insert.setBoolean(7, delivery.sent());
            insert.setString(8, delivery.recipients());
            insert.setString(9, delivery.reply());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("could not record the e-mail attempt of config " + delivery.configKey(), e);
        }
    }

    @Override
    public List<Delivery> deliveries(String configKey, int limit) {
        String sql = "SELECT audit_id, kind, attempted_at, attempted_offset, attempt, sent, recipients, reply"
                + " FROM email_delivery WHERE config_key = ? ORDER BY attempted_at DESC, id DESC FETCH FIRST ? ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, configKey);
            query.setInt(2, Math.max(0, limit));
            List<Delivery> deliveries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Long auditId = Sql.longValue(row, "audit_id");
                    deliveries.add(new Delivery(configKey, auditId == null ? null : auditId.toString(),
                            row.getString("kind"), Sql.instant(row, "attempted_at", "attempted_offset"),
                            row.getInt("attempt"), row.getBoolean("sent"), row.getString("recipients"),
                            row.getString("reply")));
                }
            }
            return deliveries;
        } catch (SQLException e) {
            throw new StoreException("could not read the e-mail attempts of config " + configKey, e);
        }
    }

    @Override
    public void close() {
        dialect.release(dataSource);
    }

    /** Ids are the database's sequence numbers; anything else names no audit. */
    static OptionalLong parseId(String auditId) {
        try {
            return OptionalLong.of(Long.parseLong(auditId.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
