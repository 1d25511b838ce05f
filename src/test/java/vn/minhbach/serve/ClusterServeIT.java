package vn.minhbach.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.demo.DemoServer;

/**
 * Cluster mode for real: three {@code serve} processes on one PostgreSQL schema (Quartz's clustered JDBC job
 * store) serving the same seven portals, all due at the same second. Each audit runs once, spread over the
 * nodes; the node running the slow portal is killed (SIGKILL) mid-audit and another node recovers its jobs.
 */
class ClusterServeIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern NODE = Pattern.compile("node (\\S+) started: ");
    private static final int NODES = 3;
    private static final int FAST_PORTALS = 6;

    @TempDir
    Path dir;

    private final String schema = "cluster_it_" + UUID.randomUUID().toString().replace("-", "");
    private final List<ServeProcess> nodes = new ArrayList<>();
    private DemoServer demo;

    @BeforeEach
    void setUp() throws Exception {
        execute("CREATE SCHEMA " + schema);
        demo = DemoServer.start(LocalDate.now(HCM));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (ServeProcess node : nodes) {
            node.close();
        }
        demo.close();
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void eachAuditRunsOnceOnOneNodeAndAKilledNodesAuditIsRecoveredByAnother() throws Exception {
        // Every portal is due at the same second, after the nodes have started: three JVMs starting at once on a
        // loaded two-core machine have taken 18 s, and a second passed before a node schedules it is tomorrow's.
        ZonedDateTime due = ZonedDateTime.now(HCM).plusSeconds(45).withNano(0);
        String cron = due.getSecond() + " " + due.getMinute() + " " + due.getHour() + " * * ?";
        List<String> args = new ArrayList<>(List.of("--no-dashboard", "--workers", "2", "--shutdown-grace", "5",
                "--reports", dir.resolve("reports").toString()));
        for (int i = 1; i <= FAST_PORTALS; i++) {
            args.addAll(List.of("-c", config("UBND xã Cụm " + i, cron, 0).toString()));
        }
        // 250 ms between requests to each of its sites: its audit lasts long enough to be cut short.
        args.addAll(List.of("-c", config("UBND xã Chậm", cron, 250).toString()));
        // A node is taken for dead 2 s (plus Quartz's 7.5 s margin) after its last check-in.
        List<String> jvm = List.of("-Dorg.quartz.jobStore.clusterCheckinInterval=2000");
        for (int n = 1; n <= NODES; n++) {
            nodes.add(ServeProcess.start(dir.resolve("node" + n + ".log"), jvm, args.toArray(String[]::new)));
        }
        Map<String, ServeProcess> byName = new HashMap<>();
        for (ServeProcess node : nodes) {
            assertThat(node.awaitLog("cluster mode (JDBC job store on PostgreSQL)", Duration.ofSeconds(90)))
                    .as(node.log()).isTrue();
            Matcher name = NODE.matcher(node.log());
            assertThat(name.find()).isTrue();
            byName.put(name.group(1), node);
        }
        assertThat(byName).hasSize(NODES);

        // The slow portal's audit starts on some node: kill that node while it runs.
        Served.Row slow = awaitRun("UBND xã Chậm", Duration.ofSeconds(90));
        ServeProcess victim = byName.get(slow.node());
        assertThat(victim).as("the run's node is one of ours: %s", slow.node()).isNotNull();
        Thread.sleep(1000);
        assertThat(victim.isAlive()).isTrue();
        victim.kill();

        // Every portal ends with exactly one completed audit of that fire, the slow one on another node.
        Map<String, String> keys = configKeys();
        awaitCompleted(keys.size(), Duration.ofSeconds(150));
        List<Served.Row> runs = runs();
        Instant dueInstant = due.toInstant();
        for (String key : keys.values()) {
            List<Served.Row> completed = runs.stream().filter(r -> r.configKey().equals(key) && r.outcome().equals("COMPLETED"))
                    .toList();
            assertThat(completed).as("completed runs of %s in %s", key, runs).singleElement()
                    .satisfies(r -> assertThat(r.scheduledAt()).isEqualTo(dueInstant));
        }
        assertThat(audits()).as("one saved audit per portal").hasSize(keys.size()).allSatisfy((k, n) ->
                assertThat(n).isEqualTo(1));
        Served.Row recovered = runs.stream().filter(r -> r.configKey().equals(keys.get("UBND xã Chậm"))
                && r.outcome().equals("COMPLETED")).findFirst().orElseThrow();
        assertThat(recovered.cause()).isEqualTo("RECOVERED");
        assertThat(recovered.node()).isNotEqualTo(slow.node()).isIn(byName.keySet());
        assertThat(runs).filteredOn(r -> r.outcome().equals("RUNNING"))
                .as("only the dead node leaves runs unfinished").isNotEmpty()
                .allSatisfy(r -> assertThat(r.node()).isEqualTo(slow.node()));
        assertThat(runs).extracting(Served.Row::outcome).doesNotContain("FAILED", "ABANDONED");
        assertThat(runs.stream().map(Served.Row::node).distinct()).as("the audits were shared out").hasSizeGreaterThan(1);

        for (ServeProcess node : nodes) {
            node.terminate();
        }
        for (ServeProcess node : nodes) {
            assertThat(node.awaitExit(Duration.ofSeconds(60))).as(node.log()).isNotNull();
        }
    }

    private Path config(String organisation, String cron, int delayMillis) throws Exception {
        Path file = dir.resolve(organisation.replaceAll("\\W", "_") + ".yaml");
        // Short audits keep seven of them on three processes within a shared machine.
        String yaml = Served.small(Served.yaml(demo, organisation, cron, storeUrl(), delayMillis));
        Files.writeString(file, yaml);
        return file;
    }

    private String storeUrl() {
        return SERVER + "?currentSchema=" + schema + "&user=postgres";
    }

    private Served.Row awaitRun(String organisation, Duration timeout) throws Exception {
        String key = configKeys().get(organisation);
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Optional<Served.Row> run = runs().stream().filter(r -> r.configKey().equals(key)).findFirst();
            if (run.isPresent()) {
                return run.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no run of " + organisation + " started within " + timeout + "; logs:\n" + logs());
    }

    private void awaitCompleted(int portals, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (runs().stream().filter(r -> r.outcome().equals("COMPLETED")).map(Served.Row::configKey).distinct().count()
                    >= portals) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not every portal completed within " + timeout + ": " + runs() + "\n" + logs());
    }

    private String logs() throws Exception {
        StringBuilder all = new StringBuilder();
        for (ServeProcess node : nodes) {
            all.append(node.log()).append("\n----\n");
        }
        return all.toString();
    }

    /** Organisation → config key, as the configs' files are read. */
    private Map<String, String> configKeys() throws Exception {
        Map<String, String> keys = new HashMap<>();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                ServedConfig served = Served.config(Files.readString(file), file.toString());
                keys.put(served.config().organisation(), served.key());
            }
        }
        return keys;
    }

    private List<Served.Row> runs() throws SQLException {
        return Served.runs(SERVER + "?currentSchema=" + schema, "postgres");
    }

    private Map<String, Integer> audits() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(SERVER + "?currentSchema=" + schema, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT config_key, COUNT(*) FROM audit GROUP BY config_key")) {
            while (row.next()) {
                counts.put(row.getString(1), row.getInt(2));
            }
        }
        return counts;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
