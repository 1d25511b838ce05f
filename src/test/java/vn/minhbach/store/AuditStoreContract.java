package vn.minhbach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * What every database behind {@link AuditStore} must do; one subclass per database supplies an empty one.
 */
abstract class AuditStoreContract {
    static final String KEY = "0123456789abcdef";
    static final String OTHER_KEY = "fedcba9876543210";
    static final String FINGERPRINT = "f".repeat(64);
    static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);
    static final List<String> TABLES = List.of("audit", "audit_site", "audit_item", "audit_item_basis",
            "audit_item_figure", "audit_item_evidence", "audit_broken_link", "audit_broken_link_source",
            "audit_site_facts", "email_delivery");

    private final List<AutoCloseable> opened = new ArrayList<>();

    /** The config of an empty database of this kind. */
    abstract StoreConfig config();

    /** The environment the store reads credentials from. */
    abstract UnaryOperator<String> environment();

    /** A plain connection to the same database, to look at rows behind the store's back. */
    abstract Connection connect() throws SQLException;

    AuditStore open() {
        return open(SaveHook.NONE);
    }

    AuditStore open(SaveHook hook) {
        AuditStore store = JdbcAuditStore.open(config(), environment(), hook);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() throws Exception {
        for (AutoCloseable store : opened) {
            store.close();
        }
    }

    @Test
    void migratesAnEmptyDatabaseAndOpensItAgainUnchanged() throws SQLException {
        open().close();
        AuditStore again = open();
        assertThat(again.list(KEY, 10)).isEmpty();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT COUNT(*), MAX(CAST(\"version\" AS INTEGER)) FROM \"flyway_schema_history\""
                             + " WHERE \"success\" AND \"type\" = 'SQL'")) {
            row.next();
            List<Integer> versions = migrationVersions();
            assertThat(row.getInt(1)).isEqualTo(versions.size());
            assertThat(row.getInt(2)).isEqualTo(versions.get(versions.size() - 1));
        }
        assertThat(rowCounts()).containsOnlyKeys(TABLES).allSatisfy((table, count) -> assertThat(count).isZero());
    }

    @Test
    void knowsItsNewestMigration() {
        List<Integer> versions = migrationVersions();
        assertThat(StoreDatabase.NEWEST_MIGRATION).isEqualTo(versions.get(versions.size() - 1));
    }

    @Test
    void leavesFlywayOutOnlyWhenItsHistoryEndsAtTheNewestMigrationWithoutFailures() throws SQLException {
        try (Connection connection = connect()) {
            assertThatThrownBy(() -> StoreDatabase.migrated(connection)).isInstanceOf(SQLException.class);
        }
        open().close();
        int newer = StoreDatabase.NEWEST_MIGRATION + 1;
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            assertThat(StoreDatabase.migrated(connection)).isTrue();
            statement.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                    + " \"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (100, '" + newer + "', 'newer', 'SQL', 'V" + newer + "__newer.sql', 'test', 0, TRUE)");
            assertThat(StoreDatabase.migrated(connection)).as("a newer migration").isFalse();
            statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 100");
            assertThat(StoreDatabase.migrated(connection)).isTrue();
            statement.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            assertThat(StoreDatabase.migrated(connection)).as("a failed migration").isFalse();
            statement.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('1', '"
                    + StoreDatabase.NEWEST_MIGRATION + "')");
            assertThat(StoreDatabase.migrated(connection)).as("without the newest").isFalse();
        }
    }

    /** The versions of the migration scripts shipped, ascending: every one must have been applied. */
    private static List<Integer> migrationVersions() {
        try {
            java.net.URI folder = AuditStoreContract.class.getResource("/db/migration").toURI();
            // Failsafe tests read the packaged jar, Surefire tests the classes folder.
            try (var jar = folder.getScheme().equals("jar")
                    ? java.nio.file.FileSystems.newFileSystem(folder, Map.of()) : null;
                 var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
            }
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list db/migration", e);
        }
    }

    @Test
    void recordsEmailDeliveriesNewestFirstAndKeepsThemWhenTheirAuditGoes() throws SQLException {
        AuditStore store = open();
        String id = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28, 2, "a=FAIL"));
        OffsetDateTime at = OffsetDateTime.of(NOV_28, LocalTime.of(2, 5), AuditRuns.VIETNAM);
        Delivery refused = new Delivery(KEY, id, "summary", at, 1, false, "tuphap@example.vn",
                "Connection refused");
        Delivery sent = new Delivery(KEY, id, "summary", at.plusSeconds(30), 2, true, "tuphap@example.vn",
                "250 OK");
        Delivery test = new Delivery(OTHER_KEY, null, "test", at, 1, true, "a@example.vn, b@example.vn", "250 OK");
        store.recordDelivery(refused);
        store.recordDelivery(sent);
        store.recordDelivery(test);

        assertThat(store.deliveries(KEY, 10)).containsExactly(sent, refused);
        assertThat(store.deliveries(KEY, 1)).containsExactly(sent);
        assertThat(store.deliveries(OTHER_KEY, 10)).containsExactly(test);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM audit WHERE id = " + id);
        }
        assertThat(store.deliveries(KEY, 10)).extracting(Delivery::auditId).containsOnlyNulls();
        assertThatThrownBy(() -> store.recordDelivery(new Delivery(KEY, "999999", "summary", at, 1, true, "x@y.vn",
                null))).isInstanceOf(StoreException.class);
    }

    @Test
    void loadsAnAuditBackEqualToWhatWasSaved() {
        AuditStore store = open();
        AuditRun run = AuditRuns.full(NOV_28);
        String id = store.save(KEY, FINGERPRINT, run);

        assertThat(store.load(id)).contains(run);
        AuditRecord record = store.record(id).orElseThrow();
        assertThat(record.id()).isEqualTo(id);
        assertThat(record.configKey()).isEqualTo(KEY);
        assertThat(record.configFingerprint()).isEqualTo(FINGERPRINT);
        assertThat(record.organisation()).isEqualTo("UBND huyện Lý Sơn");
        assertThat(record.asOf()).isEqualTo(NOV_28);
        assertThat(record.startedAt()).isEqualTo(run.startedAt());
        assertThat(record.total()).isEqualTo(4);
        assertThat(record.counts()).containsEntry(Verdict.STALE, 1).containsEntry(Verdict.FAIL, 1)
                .containsEntry(Verdict.MISSING, 1).containsEntry(Verdict.NOT_APPLICABLE, 1)
                .containsEntry(Verdict.PASS, 0).containsEntry(Verdict.UNKNOWN, 0);
        assertThat(record.score()).isEqualTo(run.summary().score());
    }

    @Test
    void keepsReasonsAsMessagesAndTheirVietnameseWords() throws SQLException {
        AuditStore store = open();
        AuditRun full = AuditRuns.full(NOV_28);
        Text reason = Text.of("web.portal.running-since", LocalDate.of(2026, 1, 5))
                .then(Text.plain(" – ")).then(Text.of("web.period.missing", Text.of("report.verdict.FAIL")));
        Text expected = Text.of("web.portal.trend-description", 3, LocalDate.of(2025, 12, 31), 87.5, 2026L << 33,
                "55,0%");
        List<Finding> items = new ArrayList<>(full.items());
        Finding first = items.get(0);
        items.set(0, new Finding(first.id(), first.criterion(), first.site(), first.title(), first.status(), reason,
                expected, first.latest(), first.rule(), first.figures(), first.evidence()));
        AuditRun run = new AuditRun(full.organisation(), full.asOf(), full.startedAt(), full.finishedAt(),
                full.sites(), items, full.brokenLinks(), full.siteFacts());
        String id = store.save(KEY, FINGERPRINT, run);

        assertThat(store.load(id)).contains(run);
        assertThat(store.periodItems(KEY, NOV_28, NOV_28).get(0).items().get(0).message()).isEqualTo(reason);
        assertThat(store.periodItems(KEY, NOV_28, NOV_28).get(0).items().get(1).message())
                .isEqualTo(Text.plain("87,5% thủ tục trực tuyến, mục tiêu 90%"));
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT reason, expected, reason_text FROM audit_item"
                     + " WHERE audit_id = " + id + " ORDER BY pos")) {
            row.next();
            assertThat(row.getString("reason")).isEqualTo(vn.minhbach.i18n.Messages.vi().format(reason))
                    .startsWith("Bắt đầu lúc 05/01/2026.");
            assertThat(row.getString("expected")).isEqualTo(vn.minhbach.i18n.Messages.vi().format(expected));
            row.next();
            assertThat(row.getString("reason")).isEqualTo("87,5% thủ tục trực tuyến, mục tiêu 90%");
            assertThat(row.getString("reason_text")).as("plain text is kept in its words only").isNull();
        }
    }

    @Test
    void keepsExcerptsAsMessagesAndTheirVietnameseWords() throws SQLException {
        AuditStore store = open();
        AuditRun full = AuditRuns.full(NOV_28);
        Text answered = Text.of("check.evidence.answered", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 13), 12);
        Text failed = Text.of("check.evidence.failed", Text.of("check.fetch.soft",
                Text.of("check.fetch.wall.waf"), 200));
        URI page = URI.create("https://lyson.quangngai.gov.vn/hoi-dap/1");
        List<Evidence> evidence = List.of(new Evidence(page, "Hỏi về đất đai", LocalDate.of(2026, 10, 13), answered),
                new Evidence(page, null, null, failed), new Evidence(page, null, null, Text.plain("Điện thoại: 0255")),
                new Evidence(page, null, null, null));
        List<Finding> items = new ArrayList<>(full.items());
        Finding first = items.get(0);
        items.set(0, new Finding(first.id(), first.criterion(), first.site(), first.title(), first.status(),
                first.reason(), first.expected(), first.latest(), first.rule(), first.figures(), evidence));
        AuditRun run = new AuditRun(full.organisation(), full.asOf(), full.startedAt(), full.finishedAt(),
                full.sites(), items, full.brokenLinks(), full.siteFacts());
        String id = store.save(KEY, FINGERPRINT, run);

        assertThat(store.load(id).orElseThrow().items().get(0).evidence()).isEqualTo(evidence);
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT excerpt, excerpt_text FROM audit_item_evidence"
                     + " WHERE audit_id = " + id + " AND item_pos = 0 ORDER BY pos")) {
            row.next();
            assertThat(row.getString("excerpt")).isEqualTo("hỏi 01/10/2026, trả lời 13/10/2026: 12 ngày");
            assertThat(row.getString("excerpt_text")).contains("check.evidence.answered");
            row.next();
            assertThat(row.getString("excerpt")).isEqualTo("(tường lửa từ chối truy cập (WAF), HTTP 200)");
            row.next();
            assertThat(row.getString("excerpt")).isEqualTo("Điện thoại: 0255");
            assertThat(row.getString("excerpt_text")).as("plain text is kept in its words only").isNull();
            row.next();
            assertThat(row.getString("excerpt")).isNull();
            assertThat(row.getString("excerpt_text")).isNull();
        }
    }

    @Test
    void readsAnExcerptSavedWithoutItsMessageAsPlainText() throws SQLException {
        AuditStore store = open();
        String id = store.save(KEY, FINGERPRINT, AuditRuns.full(NOV_28));
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_item_evidence SET excerpt = 'trang', excerpt_text = NULL"
                    + " WHERE audit_id = " + id);
        }
        assertThat(store.load(id).orElseThrow().items().stream().flatMap(f -> f.evidence().stream())
                .map(Evidence::excerpt)).isNotEmpty().containsOnly(Text.plain("trang"));
    }

    @Test
    void readsAReasonSavedWithoutItsMessageAsPlainText() throws SQLException {
        AuditStore store = open();
        AuditRun run = AuditRuns.full(NOV_28);
        String id = store.save(KEY, FINGERPRINT, run);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE audit_item SET reason = 'lý do cũ', reason_text = NULL, expected_text = NULL"
                    + " WHERE audit_id = " + id + " AND pos = 0");
        }
        assertThat(store.load(id).orElseThrow().items().get(0).reason()).isEqualTo(Text.plain("lý do cũ"));
    }

    @Test
    void keepsFiguresAndEvidenceInTheirOwnRows() throws SQLException {
        open().save(KEY, FINGERPRINT, AuditRuns.full(NOV_28));
        assertThat(rowCounts()).containsEntry("audit_item_figure", 5).containsEntry("audit_item_evidence", 3)
                .containsEntry("audit_item_basis", 3).containsEntry("audit_broken_link_source", 2);
    }

    @Test
    void answersNothingForAnUnknownId() {
        AuditStore store = open();
        assertThat(store.load("42")).isEmpty();
        assertThat(store.load("not-an-id")).isEmpty();
        assertThat(store.record("42")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "audit_site", "audit_item", "audit_item_evidence", "audit_broken_link",
            "audit_site_facts"})
    void aSaveThatFailsHalfWayLeavesNoRowOfThatAudit(String failAfter) throws SQLException {
        open().save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(1), 2, "a=PASS"));
        Map<String, Integer> before = rowCounts();
        AuditStore failing = open(table -> {
            if (table.equals(failAfter)) {
                throw new SQLException("disk full after " + table);
            }
        });

        assertThatThrownBy(() -> failing.save(KEY, FINGERPRINT, AuditRuns.full(NOV_28)))
                .isInstanceOf(StoreException.class).hasRootCauseMessage("disk full after " + failAfter);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(failing.list(KEY, 10)).extracting(AuditRecord::asOf).containsExactly(NOV_28.minusDays(1));
    }

    @Test
    void aRowTheDatabaseRejectsRollsBackTheWholeAudit() throws SQLException {
        AuditStore store = open();
        AuditRun good = AuditRuns.full(NOV_28);
        Map<String, Double> badFigures = new LinkedHashMap<>();
        badFigures.put("percentOnline", 87.5);
        badFigures.put(null, 1.0);
        List<Finding> items = new ArrayList<>(good.items());
        Finding last = items.remove(items.size() - 1);
        items.add(new Finding(last.id(), last.criterion(), last.site(), last.title(), last.status(), last.reason(),
                last.expected(), last.latest(), last.rule(), badFigures, last.evidence()));
        AuditRun broken = new AuditRun(good.organisation(), good.asOf(), good.startedAt(), good.finishedAt(),
                good.sites(), items, good.brokenLinks(), good.siteFacts());

        assertThatThrownBy(() -> store.save(KEY, FINGERPRINT, broken)).isInstanceOf(StoreException.class)
                .hasMessageContaining("2026-11-28");
        assertThat(rowCounts()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        String id = store.save(KEY, FINGERPRINT, good);
        assertThat(store.load(id)).contains(good);
    }

    @Test
    void anAuditBegunButNotCompletedIsShownNowhereUntilCompleted() {
        AuditStore store = open();
        String done = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(1), 2, "a=PASS"));
        String begun = store.begin(KEY, FINGERPRINT, AuditRuns.full(NOV_28));

        assertThat(store.list(KEY, 10)).extracting(AuditRecord::id).containsExactly(done);
        assertThat(store.record(begun)).isEmpty();
        assertThat(store.load(begun)).isEmpty();
        assertThat(store.itemHistory(KEY, LocalDate.EPOCH, NOV_28)).extracting(AuditStatuses::auditId)
                .containsExactly(done);
        assertThat(store.periodItems(KEY, LocalDate.EPOCH, NOV_28)).extracting(a -> a.audit().id())
                .containsExactly(done);
        assertThat(store.abandoned(KEY)).containsExactly(begun);
        assertThat(store.abandoned(OTHER_KEY)).isEmpty();

        store.complete(begun);

        assertThat(store.list(KEY, 10)).extracting(AuditRecord::id).containsExactly(begun, done);
        assertThat(store.load(begun)).contains(AuditRuns.full(NOV_28));
        assertThat(store.abandoned(KEY)).isEmpty();
        assertThatThrownBy(() -> store.complete(begun)).isInstanceOf(StoreException.class);
    }

    @Test
    void discardingAnAbandonedAuditDeletesAllOfItButNeverACompleteOne() throws SQLException {
        AuditStore store = open();
        String done = store.save(KEY, FINGERPRINT, AuditRuns.full(NOV_28.minusDays(1)));
        Map<String, Integer> before = rowCounts();
        String abandoned = store.begin(KEY, FINGERPRINT, AuditRuns.full(NOV_28));

        store.discard(abandoned);
        store.discard(done);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(store.load(done)).isPresent();
        assertThat(store.abandoned(KEY)).isEmpty();
        assertThatThrownBy(() -> store.complete(abandoned)).isInstanceOf(StoreException.class)
                .hasMessageContaining("abandoned");
    }

    @Test
    void listsNewestFirstWithinOneConfig() {
        AuditStore store = open();
        String nov27 = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(1), 2, "a=PASS"));
        String nov28Late = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28, 14, "a=FAIL"));
        String nov26 = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(2), 2, "a=PASS"));
        String nov28Early = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28, 2, "a=MISSING"));
        store.save(OTHER_KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.plusDays(1), 2, "a=PASS"));

        assertThat(store.list(KEY, 10)).extracting(AuditRecord::id)
                .containsExactly(nov28Late, nov28Early, nov27, nov26);
        assertThat(store.list(KEY, 2)).extracting(AuditRecord::id).containsExactly(nov28Late, nov28Early);
        assertThat(store.list(KEY, 10).get(0).counts()).containsEntry(Verdict.FAIL, 1);
        assertThat(store.list("no such config", 10)).isEmpty();
    }

    @Test
    void givesTheItemHistoryOfADateRangeOldestFirst() {
        AuditStore store = open();
        store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(3), 2, "a=PASS", "b=PASS"));
        String nov26 = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(2), 2, "b=FAIL", "a=PASS"));
        String empty = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(1), 2));
        String nov28 = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28, 2, "a=UNKNOWN", "b=STALE"));
        store.save(OTHER_KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28, 2, "a=FAIL"));

        List<AuditStatuses> history = store.itemHistory(KEY, NOV_28.minusDays(2), NOV_28);

        assertThat(history).extracting(AuditStatuses::auditId).containsExactly(nov26, empty, nov28);
        assertThat(history.get(0).asOf()).isEqualTo(NOV_28.minusDays(2));
        assertThat(history.get(0).statuses()).containsExactly(Map.entry("b", Verdict.FAIL), Map.entry("a", Verdict.PASS));
        assertThat(history.get(1).statuses()).isEmpty();
        assertThat(history.get(2).statuses()).containsExactly(Map.entry("a", Verdict.UNKNOWN),
                Map.entry("b", Verdict.STALE));
        assertThat(store.itemHistory(KEY, LocalDate.EPOCH, NOV_28)).hasSize(4);
    }

    @Test
    void givesThePeriodItemsWithFiguresOldestFirst() {
        AuditStore store = open();
        store.save(KEY, FINGERPRINT, AuditRuns.full(NOV_28.minusDays(40)));
        String late = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28, 14, "a=PASS"));
        String early = store.save(KEY, FINGERPRINT, AuditRuns.full(NOV_28));
        String empty = store.save(KEY, FINGERPRINT, AuditRuns.withStatuses(NOV_28.minusDays(1), 2));
        store.save(OTHER_KEY, FINGERPRINT, AuditRuns.full(NOV_28));

        List<AuditItems> audits = store.periodItems(KEY, NOV_28.minusDays(1), NOV_28);

        assertThat(audits).extracting(a -> a.audit().id()).containsExactly(empty, early, late);
        assertThat(audits.get(0).items()).isEmpty();
        assertThat(audits.get(1).audit().asOf()).isEqualTo(NOV_28);
        List<StoredItem> items = audits.get(1).items();
        assertThat(items).extracting(StoredItem::id)
                .containsExactly("budget.execution", "onestop.online-rate", "qa.response-time", "site.contact");
        StoredItem online = items.get(1);
        assertThat(online.criterion()).isEqualTo("4");
        assertThat(online.title()).isEqualTo("Tỷ lệ thủ tục trực tuyến");
        assertThat(online.status()).isEqualTo(Verdict.FAIL);
        assertThat(online.reason()).isEqualTo("87,5% thủ tục trực tuyến, mục tiêu 90%");
        assertThat(online.figures()).containsExactly(Map.entry("percentOnline", 87.5), Map.entry("online", 35.0),
                Map.entry("listed", 40.0));
        assertThat(items.get(2).figures()).containsKey("medianDays").containsEntry("answered", 0.0);
        assertThat(items.get(2).figures().get("medianDays")).isNull();
        assertThat(items.get(3).criterion()).isNull();
        assertThat(items.get(0).figures()).isEmpty();
        assertThat(audits.get(2).items()).extracting(StoredItem::status).containsExactly(Verdict.PASS);
        assertThat(store.periodItems(KEY, NOV_28.plusDays(1), NOV_28.plusDays(9))).isEmpty();
    }

    @Test
    void savesFromManyThreadsAtOnce() throws Exception {
        AuditStore store = open();
        int threads = 6;
        int perThread = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < threads * perThread; i++) {
                LocalDate asOf = NOV_28.minusDays(i);
                ids.add(pool.submit(() -> store.save(KEY, FINGERPRINT, AuditRuns.full(asOf))));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get(60, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(threads * perThread);
            for (int i = 0; i < ids.size(); i++) {
                assertThat(store.load(ids.get(i).get())).contains(AuditRuns.full(NOV_28.minusDays(i)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.list(KEY, 100)).hasSize(threads * perThread);
    }

    @Test
    void refusesAnUnsetCredentialVariable() {
        StoreConfig config = config();
        StoreConfig unset = new StoreConfig(config.url(), "MINHBACH_TEST_UNSET_USER", null, null, 90);
        assertThatThrownBy(() -> AuditStore.open(unset, name -> null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("store.userEnv").hasMessageContaining("MINHBACH_TEST_UNSET_USER");
    }

    Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    row.next();
                    counts.put(table, row.getInt(1));
                }
            }
        }
        return counts;
    }
}
