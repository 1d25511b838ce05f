package vn.minhbach.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;

/** The {@link EvidenceIndex} in tables {@code evidence_payload} (V2) and {@code evidence_capture} (V2, kinds V8). */
final class JdbcEvidenceIndex implements EvidenceIndex {
    private static final String PAYLOAD_COLUMNS = "p.digest, p.warc_file, p.warc_offset, p.record_id, p.target_uri,"
            + " p.captured_at AS payload_at, p.length";
    /** The page (or document) first, then its rendering, then the JSON answers in the order they came. */
    private static final String CAPTURE_ORDER = " ORDER BY c.url, CASE c.kind WHEN 'page' THEN 0 WHEN 'document' THEN 0"
            + " WHEN 'rendered' THEN 1 ELSE 2 END, c.part";

    private final Dialect dialect;
    private final DataSource dataSource;

    JdbcEvidenceIndex(Dialect dialect, DataSource dataSource) {
        this.dialect = dialect;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Payload> payload(String digest) {
        String sql = "SELECT " + PAYLOAD_COLUMNS + " FROM evidence_payload p WHERE p.digest = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, digest);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(payload(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not look up evidence payload " + digest, e);
        }
    }

    @Override
    public void addCapture(Capture capture) {
        long id = id(capture.auditId());
        Payload payload = capture.payload();
        try (Connection connection = dataSource.getConnection()) {
            Sql.inTransaction(connection, c -> {
                if (!exists(c, payload.digest())) {
                    insertPayload(c, payload);
                }
                String sql = "INSERT INTO evidence_capture (audit_id, url, kind, part, request, digest, captured_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)";
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    insert.setLong(1, id);
                    insert.setString(2, capture.url().toString());
                    insert.setString(3, capture.kind().column());
                    insert.setInt(4, capture.part());
                    insert.setString(5, capture.request());
                    insert.setString(6, payload.digest());
                    insert.setObject(7, utc(capture.capturedAt()));
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("could not index the evidence of " + capture.url() + " in audit "
                    + capture.auditId(), e);
        }
    }

    private static boolean exists(Connection connection, String digest) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM evidence_payload WHERE digest = ?")) {
            query.setString(1, digest);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void insertPayload(Connection connection, Payload payload) throws SQLException {
        String sql = "INSERT INTO evidence_payload (digest, warc_file, warc_offset, record_id, target_uri, captured_at,"
                + " length) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, payload.digest());
            insert.setString(2, payload.warcFile());
            insert.setLong(3, payload.offset());
            insert.setString(4, payload.recordId());
            insert.setString(5, payload.targetUri().toString());
            insert.setObject(6, utc(payload.capturedAt()));
            insert.setLong(7, payload.length());
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<Capture> capture(String auditId, URI url) {
        return captures(auditId, url).stream().filter(c -> c.kind() == Kind.PAGE).findFirst();
    }

    @Override
    public List<Capture> captures(String auditId, URI url) {
        return query(auditId, " AND c.url = ?", url.toString());
    }

    @Override
    public List<Capture> captures(String auditId) {
        return query(auditId, "", null);
    }

    @Override
    public Optional<Capture> latestDocument(String configKey, URI url) {
        String sql = "SELECT c.audit_id, c.url, c.kind, c.part, c.request, c.captured_at, " + PAYLOAD_COLUMNS
                + " FROM evidence_capture c JOIN evidence_payload p ON p.digest = c.digest"
                + " JOIN audit a ON a.id = c.audit_id WHERE a.complete = TRUE AND a.config_key = ? AND c.url = ? AND c.kind = ?"
                + " ORDER BY a.as_of DESC, a.id DESC FETCH FIRST 1 ROWS ONLY";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, configKey);
            query.setString(2, url.toString());
            query.setString(3, Kind.DOCUMENT.column());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(capture(Long.toString(row.getLong("audit_id")), row))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("could not look up the document kept of " + url, e);
        }
    }

    private List<Capture> query(String auditId, String condition, String url) {
        OptionalLong id = JdbcAuditStore.parseId(auditId);
        if (id.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT c.url, c.kind, c.part, c.request, c.captured_at, " + PAYLOAD_COLUMNS
                + " FROM evidence_capture c JOIN evidence_payload p ON p.digest = c.digest WHERE c.audit_id = ?"
                + condition + CAPTURE_ORDER;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id.getAsLong());
            if (url != null) {
                query.setString(2, url);
            }
            List<Capture> captures = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    captures.add(capture(auditId, row));
                }
            }
            return captures;
        } catch (SQLException e) {
            throw new StoreException("could not read the evidence of audit " + auditId, e);
        }
    }

    @Override
    public List<String> prune(String configKey, LocalDate before) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> unnamed = Sql.inTransaction(connection, c -> {
                execute(c, "DELETE FROM evidence_capture WHERE audit_id IN"
                        + " (SELECT id FROM audit WHERE config_key = ? AND as_of < ?)", configKey, before);
                List<String> files = new ArrayList<>();
                String orphans = "SELECT DISTINCT warc_file FROM evidence_payload p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM evidence_capture c WHERE c.digest = p.digest)";
                try (PreparedStatement query = c.prepareStatement(orphans); ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        files.add(row.getString(1));
                    }
                }
                execute(c, "DELETE FROM evidence_payload p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM evidence_capture c WHERE c.digest = p.digest)");
                List<String> released = new ArrayList<>();
                for (String file : files) {
                    try (PreparedStatement query = c.prepareStatement(
                            "SELECT 1 FROM evidence_payload WHERE warc_file = ?")) {
                        query.setString(1, file);
                        try (ResultSet row = query.executeQuery()) {
                            if (!row.next()) {
                                released.add(file);
                            }
                        }
                    }
                }
                execute(c, "DELETE FROM page_cache WHERE config_key = ? AND fetched_at < ?", configKey,
                        before.atStartOfDay().atOffset(ZoneOffset.UTC));
                return released;
            });
            // The caller deletes the released files next, which cannot be undone: the deletion of the rows
            // naming them must not be lost with the process.
            dialect.makeDurable(connection);
            return unnamed;
        } catch (SQLException e) {
            throw new StoreException("could not prune the history of config " + configKey + " before " + before, e);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Capture capture(String auditId, ResultSet row) throws SQLException {
        return new Capture(auditId, Sql.uri(row, "url"), Kind.of(row.getString("kind")), row.getInt("part"),
                row.getString("request"), row.getObject("captured_at", OffsetDateTime.class).toInstant(), payload(row));
    }

    private static Payload payload(ResultSet row) throws SQLException {
        return new Payload(row.getString("digest"), row.getString("warc_file"), row.getLong("warc_offset"),
                row.getString("record_id"), Sql.uri(row, "target_uri"),
                row.getObject("payload_at", OffsetDateTime.class).toInstant(), row.getLong("length"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static long id(String auditId) {
        return JdbcAuditStore.parseId(auditId).orElseThrow(
                () -> new StoreException("not an audit id: " + auditId));
    }
}
