package vn.minhbach.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;

/**
 * Reads the audits of a config in a date range with their items and figures, in three queries whatever the
 * number of audits (the audits, their items, their figures), grouped here by audit and item position.
 */
final class PeriodReader {
    /** Complete audits only (V9): one whose saving was cut short is not history. */
    private static final String RANGE = " a.complete = TRUE AND a.config_key = ? AND a.as_of BETWEEN ? AND ?";

    private final Connection connection;

    PeriodReader(Connection connection) {
        this.connection = connection;
    }

    List<AuditItems> read(String configKey, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, Map<Integer, Map<String, Double>>> figures = figures(configKey, from, to);
        Map<Long, List<StoredItem>> items = items(configKey, from, to, figures);
        List<AuditItems> audits = new ArrayList<>();
        String sql = "SELECT " + AuditReader.RECORD_COLUMNS + " FROM audit a WHERE" + RANGE
                + " ORDER BY as_of, started_at, id";
        try (PreparedStatement query = prepare(sql, configKey, from, to); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                AuditRecord record = AuditReader.record(row);
                audits.add(new AuditItems(record, items.getOrDefault(row.getLong("id"), List.of())));
            }
        }
        return audits;
    }

    private Map<Long, List<StoredItem>> items(String configKey, LocalDate from, LocalDate to,
                                              Map<Long, Map<Integer, Map<String, Double>>> figures)
            throws SQLException {
        String sql = "SELECT i.audit_id, i.pos, i.item_id, i.criterion, i.title, i.status, i.reason, i.reason_text"
                + " FROM audit_item i JOIN audit a ON a.id = i.audit_id WHERE" + RANGE
                + " ORDER BY i.audit_id, i.pos";
        Map<Long, List<StoredItem>> items = new HashMap<>();
        try (PreparedStatement query = prepare(sql, configKey, from, to); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                long audit = row.getLong("audit_id");
                Map<String, Double> values = figures.getOrDefault(audit, Map.of()).getOrDefault(row.getInt("pos"),
                        Map.of());
                items.computeIfAbsent(audit, k -> new ArrayList<>()).add(new StoredItem(row.getString("item_id"),
                        row.getString("criterion"), row.getString("title"), Verdict.valueOf(row.getString("status")),
                        row.getString("reason"), AuditReader.message(row, "reason"), values));
            }
        }
        return items;
    }

    private Map<Long, Map<Integer, Map<String, Double>>> figures(String configKey, LocalDate from, LocalDate to)
            throws SQLException {
        String sql = "SELECT f.audit_id, f.item_pos, f.figure_name, f.figure_value"
                + " FROM audit_item_figure f JOIN audit a ON a.id = f.audit_id WHERE" + RANGE
                + " ORDER BY f.audit_id, f.item_pos, f.pos";
        Map<Long, Map<Integer, Map<String, Double>>> figures = new HashMap<>();
        try (PreparedStatement query = prepare(sql, configKey, from, to); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                figures.computeIfAbsent(row.getLong("audit_id"), k -> new HashMap<>())
                        .computeIfAbsent(row.getInt("item_pos"), k -> new LinkedHashMap<>())
                        .put(row.getString("figure_name"), Sql.doubleValue(row, "figure_value"));
            }
        }
        return figures;
    }

    /** A query over the audits of one config in a date range; the caller closes it. */
    private PreparedStatement prepare(String sql, String configKey, LocalDate from, LocalDate to) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setString(1, configKey);
        query.setObject(2, from);
        query.setObject(3, to);
        return query;
    }
}
