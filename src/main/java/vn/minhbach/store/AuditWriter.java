package vn.minhbach.store;

import vn.minhbach.i18n.Messages;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;

/**
 * Writes one {@link AuditRun} into the tables of V1 on a connection whose transaction the caller owns.
 * Lists keep their order through a {@code pos} column. A finding's reason and expected are kept twice: in
 * Vietnamese words for readers that use SQL, and as messages (V10) for readers in another language; so is an
 * evidence excerpt (V11).
 */
final class AuditWriter {
    private final Connection connection;
    private final SaveHook hook;

    AuditWriter(Connection connection, SaveHook hook) {
        this.connection = connection;
        this.hook = hook;
    }

    /** @param complete false for an audit whose evidence is still to be kept ({@link AuditStore#begin}) */
    long write(String configKey, String fingerprint, AuditRun run, boolean complete) throws SQLException {
        long id = insertAudit(configKey, fingerprint, run, complete);
        hook.written("audit");
        insertSites(id, run.sites());
        hook.written("audit_site");
        insertItems(id, run.items());
        hook.written("audit_item");
        insertItemChildren(id, run.items());
        hook.written("audit_item_evidence");
        insertBrokenLinks(id, run.brokenLinks());
        hook.written("audit_broken_link");
        insertSiteFacts(id, run.siteFacts());
        hook.written("audit_site_facts");
        return id;
    }

    private long insertAudit(String configKey, String fingerprint, AuditRun run, boolean complete)
            throws SQLException {
        Summary summary = run.summary();
        String sql = "INSERT INTO audit (config_key, config_fingerprint, organisation, as_of, started_at,"
                + " started_offset, finished_at, finished_offset, total, count_pass, count_stale, count_missing,"
                + " count_fail, count_unknown, count_not_applicable, score, complete)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, configKey);
            insert.setString(2, fingerprint);
            insert.setString(3, run.organisation());
            Sql.setDate(insert, 4, run.asOf());
            insert.setObject(5, run.startedAt());
            insert.setInt(6, run.startedAt().getOffset().getTotalSeconds());
            insert.setObject(7, run.finishedAt());
            insert.setInt(8, run.finishedAt().getOffset().getTotalSeconds());
            insert.setInt(9, summary.total());
            int column = 10;
            for (Verdict verdict : Verdict.values()) {
                insert.setInt(column++, summary.count(verdict));
            }
            insert.setDouble(column++, summary.score());
            insert.setBoolean(column, complete);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new audit");
                }
                return keys.getLong("id");
            }
        }
    }

    private void insertSites(long id, List<SiteSummary> sites) throws SQLException {
        String sql = "INSERT INTO audit_site (audit_id, pos, site_role, url, pages_fetched, pages_failed,"
                + " bytes_fetched, robots_disallowed, limit_reached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int pos = 0; pos < sites.size(); pos++) {
                SiteSummary site = sites.get(pos);
                insert.setLong(1, id);
                insert.setInt(2, pos);
                insert.setString(3, site.role().key());
                insert.setString(4, Sql.uri(site.url()));
                insert.setInt(5, site.pagesFetched());
                insert.setInt(6, site.pagesFailed());
                insert.setLong(7, site.bytesFetched());
                insert.setInt(8, site.robotsDisallowed());
                insert.setBoolean(9, site.limitReached());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertItems(long id, List<Finding> items) throws SQLException {
        String sql = "INSERT INTO audit_item (audit_id, pos, item_id, criterion, site_role, title, status, reason,"
                + " expected, latest, has_rule, rule_version, reason_text, expected_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int pos = 0; pos < items.size(); pos++) {
                Finding item = items.get(pos);
                insert.setLong(1, id);
                insert.setInt(2, pos);
                insert.setString(3, item.id());
                insert.setString(4, item.criterion());
                insert.setString(5, item.site() == null ? null : item.site().key());
                insert.setString(6, item.title());
                insert.setString(7, item.status().name());
                insert.setString(8, Messages.vi().format(item.reason()));
                insert.setString(9, Messages.vi().format(item.expected()));
                Sql.setDate(insert, 10, item.latest());
                insert.setBoolean(11, item.rule() != null);
                insert.setString(12, item.rule() == null ? null : item.rule().version());
                insert.setString(13, TextCodec.encode(item.reason()));
                insert.setString(14, TextCodec.encode(item.expected()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertItemChildren(long id, List<Finding> items) throws SQLException {
        try (PreparedStatement basis = connection.prepareStatement(
                "INSERT INTO audit_item_basis (audit_id, item_pos, pos, basis) VALUES (?, ?, ?, ?)");
             PreparedStatement figure = connection.prepareStatement("INSERT INTO audit_item_figure"
                     + " (audit_id, item_pos, pos, figure_name, figure_value) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement evidence = connection.prepareStatement("INSERT INTO audit_item_evidence"
                     + " (audit_id, item_pos, pos, url, title, evidence_date, excerpt, via, excerpt_text)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int itemPos = 0; itemPos < items.size(); itemPos++) {
                Finding item = items.get(itemPos);
                List<String> bases = item.rule() == null ? List.of() : item.rule().basis();
                for (int pos = 0; pos < bases.size(); pos++) {
                    setChildKey(basis, id, itemPos, pos);
                    basis.setString(4, bases.get(pos));
                    basis.addBatch();
                }
                int pos = 0;
                for (Map.Entry<String, Double> entry : item.figures().entrySet()) {
                    setChildKey(figure, id, itemPos, pos++);
                    figure.setString(4, entry.getKey());
                    Sql.setDouble(figure, 5, entry.getValue());
                    figure.addBatch();
                }
                for (pos = 0; pos < item.evidence().size(); pos++) {
                    Evidence seen = item.evidence().get(pos);
                    setChildKey(evidence, id, itemPos, pos);
                    evidence.setString(4, Sql.uri(seen.url()));
                    evidence.setString(5, seen.title());
                    Sql.setDate(evidence, 6, seen.date());
                    evidence.setString(7, Messages.vi().format(seen.excerpt()));
                    evidence.setString(8, seen.via() == Via.HTML ? null : seen.via().key());
                    evidence.setString(9, TextCodec.encode(seen.excerpt()));
                    evidence.addBatch();
                }
            }
            basis.executeBatch();
            figure.executeBatch();
            evidence.executeBatch();
        }
    }

    private static void setChildKey(PreparedStatement insert, long id, int parentPos, int pos) throws SQLException {
        insert.setLong(1, id);
        insert.setInt(2, parentPos);
        insert.setInt(3, pos);
    }

    private void insertBrokenLinks(long id, List<BrokenLink> links) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement("INSERT INTO audit_broken_link"
                + " (audit_id, pos, url, http_status, error_text) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement source = connection.prepareStatement("INSERT INTO audit_broken_link_source"
                     + " (audit_id, link_pos, pos, url) VALUES (?, ?, ?, ?)")) {
            for (int linkPos = 0; linkPos < links.size(); linkPos++) {
                BrokenLink broken = links.get(linkPos);
                link.setLong(1, id);
                link.setInt(2, linkPos);
                link.setString(3, Sql.uri(broken.url()));
                Sql.setInteger(link, 4, broken.status());
                link.setString(5, broken.error());
                link.addBatch();
                for (int pos = 0; pos < broken.foundOn().size(); pos++) {
                    setChildKey(source, id, linkPos, pos);
                    source.setString(4, Sql.uri(broken.foundOn().get(pos)));
                    source.addBatch();
                }
            }
            // Parents before children: the sources refer to the links by key.
            link.executeBatch();
            source.executeBatch();
        }
    }

    private void insertSiteFacts(long id, List<SiteFacts> facts) throws SQLException {
        String sql = "INSERT INTO audit_site_facts (audit_id, pos, site_role, url, https, has_search, sitemap_xml,"
                + " mobile_viewport, footer_agency, footer_responsible, footer_address, footer_phone, footer_email,"
                + " median_response_millis, certificate_code, certificate_host, certificate_detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int pos = 0; pos < facts.size(); pos++) {
                SiteFacts site = facts.get(pos);
                insert.setLong(1, id);
                insert.setInt(2, pos);
                insert.setString(3, site.role().key());
                insert.setString(4, Sql.uri(site.url()));
                insert.setBoolean(5, site.https());
                insert.setBoolean(6, site.search());
                insert.setBoolean(7, site.sitemapXml());
                insert.setBoolean(8, site.mobileViewport());
                insert.setString(9, site.footerAgency());
                insert.setString(10, site.footerResponsible());
                insert.setString(11, site.footerAddress());
                insert.setString(12, site.footerPhone());
                insert.setString(13, site.footerEmail());
                Sql.setLong(insert, 14, site.medianResponseMillis());
                CertificateCheck certificate = site.certificate();
                insert.setString(15, certificate == null ? null : certificate.code().name());
                insert.setString(16, certificate == null ? null : certificate.host());
                insert.setString(17, certificate == null ? null : certificate.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
