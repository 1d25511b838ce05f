package vn.minhbach.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;

/** Reads audits back from the tables of V1, lists in their saved order. */
final class AuditReader {
    static final String RECORD_COLUMNS = "id, config_key, config_fingerprint, organisation, as_of, started_at,"
            + " started_offset, finished_at, finished_offset, total, count_pass, count_stale, count_missing,"
            + " count_fail, count_unknown, count_not_applicable, score";

    private final Connection connection;

    AuditReader(Connection connection) {
        this.connection = connection;
    }

    /** Maps a row selected with {@link #RECORD_COLUMNS}. */
    static AuditRecord record(ResultSet row) throws SQLException {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        counts.put(Verdict.PASS, row.getInt("count_pass"));
        counts.put(Verdict.STALE, row.getInt("count_stale"));
        counts.put(Verdict.MISSING, row.getInt("count_missing"));
        counts.put(Verdict.FAIL, row.getInt("count_fail"));
        counts.put(Verdict.UNKNOWN, row.getInt("count_unknown"));
        counts.put(Verdict.NOT_APPLICABLE, row.getInt("count_not_applicable"));
        return new AuditRecord(Long.toString(row.getLong("id")), row.getString("config_key"),
                row.getString("config_fingerprint"), row.getString("organisation"), Sql.date(row, "as_of"),
                Sql.instant(row, "started_at", "started_offset"), Sql.instant(row, "finished_at", "finished_offset"),
                row.getInt("total"), counts, row.getDouble("score"));
    }

    Optional<AuditRecord> record(long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + RECORD_COLUMNS + " FROM audit WHERE id = ? AND complete = TRUE")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(record(row)) : Optional.empty();
            }
        }
    }

    Optional<AuditRun> load(long id) throws SQLException {
        Optional<AuditRecord> head = record(id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        AuditRecord audit = head.get();
        return Optional.of(new AuditRun(audit.organisation(), audit.asOf(), audit.startedAt(), audit.finishedAt(),
                sites(id), items(id), brokenLinks(id), siteFacts(id)));
    }

    private List<SiteSummary> sites(long id) throws SQLException {
        List<SiteSummary> sites = new ArrayList<>();
        try (PreparedStatement query = select("SELECT * FROM audit_site WHERE audit_id = ? ORDER BY pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sites.add(new SiteSummary(SiteRole.fromKey(row.getString("site_role")), Sql.uri(row, "url"),
                        row.getInt("pages_fetched"), row.getInt("pages_failed"), row.getLong("bytes_fetched"),
                        row.getInt("robots_disallowed"), row.getBoolean("limit_reached")));
            }
        }
        return sites;
    }

    private List<Finding> items(long id) throws SQLException {
        Map<Integer, List<String>> bases = new LinkedHashMap<>();
        try (PreparedStatement query = select(
                "SELECT item_pos, basis FROM audit_item_basis WHERE audit_id = ? ORDER BY item_pos, pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                bases.computeIfAbsent(row.getInt("item_pos"), k -> new ArrayList<>()).add(row.getString("basis"));
            }
        }
        Map<Integer, Map<String, Double>> figures = new LinkedHashMap<>();
        try (PreparedStatement query = select("SELECT item_pos, figure_name, figure_value FROM audit_item_figure"
                + " WHERE audit_id = ? ORDER BY item_pos, pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                figures.computeIfAbsent(row.getInt("item_pos"), k -> new LinkedHashMap<>())
                        .put(row.getString("figure_name"), Sql.doubleValue(row, "figure_value"));
            }
        }
        Map<Integer, List<Evidence>> evidence = new LinkedHashMap<>();
        try (PreparedStatement query = select(
                "SELECT * FROM audit_item_evidence WHERE audit_id = ? ORDER BY item_pos, pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                evidence.computeIfAbsent(row.getInt("item_pos"), k -> new ArrayList<>()).add(new Evidence(
                        Sql.uri(row, "url"), row.getString("title"), Sql.date(row, "evidence_date"),
                        message(row, "excerpt"), via(row.getString("via"))));
            }
        }
        List<Finding> items = new ArrayList<>();
        try (PreparedStatement query = select("SELECT * FROM audit_item WHERE audit_id = ? ORDER BY pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                int pos = row.getInt("pos");
                String site = row.getString("site_role");
                RuleRef rule = row.getBoolean("has_rule")
                        ? new RuleRef(bases.getOrDefault(pos, List.of()), row.getString("rule_version")) : null;
                items.add(new Finding(row.getString("item_id"), row.getString("criterion"),
                        site == null ? null : SiteRole.fromKey(site), row.getString("title"),
                        Verdict.valueOf(row.getString("status")), message(row, "reason"), message(row, "expected"),
                        Sql.date(row, "latest"), rule, figures.getOrDefault(pos, Map.of()),
                        evidence.getOrDefault(pos, List.of())));
            }
        }
        return items;
    }

    private List<BrokenLink> brokenLinks(long id) throws SQLException {
        Map<Integer, List<URI>> sources = new LinkedHashMap<>();
        try (PreparedStatement query = select(
                "SELECT link_pos, url FROM audit_broken_link_source WHERE audit_id = ? ORDER BY link_pos, pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                sources.computeIfAbsent(row.getInt("link_pos"), k -> new ArrayList<>()).add(Sql.uri(row, "url"));
            }
        }
        List<BrokenLink> links = new ArrayList<>();
        try (PreparedStatement query = select("SELECT * FROM audit_broken_link WHERE audit_id = ? ORDER BY pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                links.add(new BrokenLink(Sql.uri(row, "url"), Sql.integer(row, "http_status"),
                        row.getString("error_text"), sources.getOrDefault(row.getInt("pos"), List.of())));
            }
        }
        return links;
    }

    private List<SiteFacts> siteFacts(long id) throws SQLException {
        List<SiteFacts> facts = new ArrayList<>();
        try (PreparedStatement query = select("SELECT * FROM audit_site_facts WHERE audit_id = ? ORDER BY pos", id);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                facts.add(new SiteFacts(SiteRole.fromKey(row.getString("site_role")), Sql.uri(row, "url"),
                        row.getBoolean("https"), row.getBoolean("has_search"), row.getBoolean("sitemap_xml"),
                        row.getBoolean("mobile_viewport"), row.getString("footer_agency"),
                        row.getString("footer_responsible"), row.getString("footer_address"),
                        row.getString("footer_phone"), row.getString("footer_email"),
                        Sql.longValue(row, "median_response_millis"), certificate(row)));
            }
        }
        return facts;
    }

    /** A finding's reason or expected, or an excerpt: its stored message, or its words for rows saved without one. */
    static Text message(ResultSet row, String column) throws SQLException {
        return TextCodec.decode(row.getString(column + "_text"), row.getString(column));
    }

    /** The stored certificate check, or null for audits stored before it was kept or sites not reached over HTTPS. */
    private static CertificateCheck certificate(ResultSet row) throws SQLException {
        String code = row.getString("certificate_code");
        if (code == null) {
            return null;
        }
        return new CertificateCheck(row.getString("certificate_host"), CertificateCheck.Code.valueOf(code),
                row.getString("certificate_detail"));
    }

    /** A prepared query with the audit id bound as its one parameter; the caller closes it. */
    private PreparedStatement select(String sql, long id) throws SQLException {
        PreparedStatement query = connection.prepareStatement(sql);
        query.setLong(1, id);
        return query;
    }

    private static Via via(String key) {
        return key == null ? Via.HTML : Via.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
