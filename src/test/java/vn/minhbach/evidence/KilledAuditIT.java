package vn.minhbach.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.minhbach.bench.IncrementalSite;
import vn.minhbach.check.Checklist;
import vn.minhbach.cli.Main;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.store.AuditItems;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.EvidenceIndex;

/**
 * {@code minhbach audit} with history, each in a JVM of its own, killed with SIGKILL at seeded random moments
 * (while crawling, saving the verdicts, writing evidence, pruning, writing reports), on H2 and on PostgreSQL.
 * After every kill the store opens, every audit it lists loads whole with all its items, the period items agree
 * with the listing, and every piece of evidence indexed reads back; after the last kill the next audit runs,
 * is saved and listed, no abandoned audit is left, every WARC file ends with a whole record, and {@code history}
 * and {@code report} succeed.
 *
 * <p>{@code -Dminhbach.kills=50} sets the kills per store (default {@value #DEFAULT_KILLS}, to keep the build
 * short), {@code -Dminhbach.killSeed} the seed; the counts per phase are printed.
 */
class KilledAuditIT {
    private static final int DEFAULT_KILLS = 2;
    private static final long DEFAULT_SEED = 20261206L;
    private static final int PAGES = 30;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Pattern SAVED = Pattern.compile("saved as audit (\\d+)");

    /** The moment a kill aims at: a random delay after the line the audit logs (at DEBUG) when it gets there. */
    enum Target {
        CRAWL(null, 3000),
        SAVE("saving the audit of", 30),
        EVIDENCE("keeping the evidence of audit", 30),
        PRUNE("pruning the detail", 30),
        REPORTS("writing the reports", 30);

        final String marker;
        final int maxDelayMillis;

        Target(String marker, int maxDelayMillis) {
            this.marker = marker;
            this.maxDelayMillis = maxDelayMillis;
        }
    }

    /** Where a kill fell, told by what it left in the store. */
    enum Left {
        /** Nothing saved: crawling, checking, or the verdicts' transaction not committed. */
        NOTHING,
        /** The audit saved but not complete: its evidence was being written. */
        INCOMPLETE_AUDIT,
        /** The audit complete: pruning, writing reports, or exiting. */
        COMPLETE_AUDIT,
        /** The audit ended before the kill. */
        ENDED
    }

    @TempDir
    Path dir;
    private IncrementalSite site;
    private String schema;

    @BeforeEach
    void startSite() throws IOException {
        site = IncrementalSite.start(0, PAGES);
    }

    @AfterEach
    void stop() throws SQLException {
        site.close();
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void h2StoreSurvivesKills() throws Exception {
        survivesKills("jdbc:h2:file:" + dir.resolve("db/history"));
    }

    @Test
    void postgresStoreSurvivesKills() throws Exception {
        schema = "minhbach_kill_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        survivesKills(POSTGRES + "?currentSchema=" + schema + "&user=postgres");
    }

    private void survivesKills(String storeUrl) throws Exception {
        int kills = Integer.getInteger("minhbach.kills", DEFAULT_KILLS);
        long seed = Long.getLong("minhbach.killSeed", DEFAULT_SEED);
        Random random = new Random(seed);
        Path evidence = dir.resolve("evidence");
        Files.writeString(dir.resolve("config.yaml"), "organisation: \"UBND xã Thử Nghiệm\"\n"
                + "sites:\n  portal: {url: \"" + site.home() + "\"}\n"
                + "crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 4, maxPages: 500}\n"
                + "store: {url: \"" + storeUrl + "\", evidenceDir: \"" + evidence + "\", retainDays: 2}\n",
                StandardCharsets.UTF_8);
        AuditConfig config = new ConfigLoader(Checklist.defaults().parameterNames()).load(dir.resolve("config.yaml"));

        int day = 0;
        int expectedAudits = 0;
        auditToEnd(day++);
        expectedAudits++;

        Map<Target, Map<Left, Integer>> outcomes = new EnumMap<>(Target.class);
        int cutFiles = 0;
        for (int kill = 0; kill < kills; kill++) {
            site.change(30);
            int before = listed(config).size();
            Target target = Target.values()[random.nextInt(Target.values().length)];
            long delay = random.nextInt(target.maxDelayMillis + 1);
            boolean endedFirst;
            try (AuditOutput audit = AuditOutput.start(start(day++, true))) {
                endedFirst = !audit.awaitLine(target.marker, Duration.ofSeconds(300))
                        || audit.process.waitFor(delay, TimeUnit.MILLISECONDS);
                audit.process.destroyForcibly();
                assertThat(audit.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            int after = listed(config).size();
            Left left = endedFirst ? Left.ENDED : after > before ? Left.COMPLETE_AUDIT
                    : abandoned(config) > 0 ? Left.INCOMPLETE_AUDIT : Left.NOTHING;
            outcomes.computeIfAbsent(target, t -> new EnumMap<>(Left.class)).merge(left, 1, Integer::sum);
            cutFiles += cutFiles(evidence).size();
            String when = "kill " + kill + ", " + delay + " ms after " + target + " (" + left + ")";
            assertThat(after - before).as(when).isBetween(0, 1);
            expectedAudits += after - before;
            assertConsistent(config, evidence, when);
            System.out.printf("KilledAuditIT %s: %s, consistent%n", storeName(storeUrl), when);
        }

        String out = auditToEnd(day++);
        Matcher saved = SAVED.matcher(out);
        assertThat(saved.find()).as(out).isTrue();
        expectedAudits++;
        List<AuditRecord> listed = listed(config);
        assertThat(listed).hasSize(expectedAudits);
        assertThat(listed.get(0).id()).isEqualTo(saved.group(1));
        assertConsistent(config, evidence, "after the last audit");
        try (AuditStore store = AuditStore.open(config.store())) {
            assertThat(store.abandoned(ConfigKeys.of(config))).isEmpty();
        }
        assertThat(cutFiles(evidence)).isEmpty();
        assertThat(cli("history", "-c", dir.resolve("config.yaml").toString(), "--limit", "100"))
                .contains(saved.group(1));
        assertThat(cli("report", "-c", dir.resolve("config.yaml").toString(), "--period",
                FIRST_DAY + ".." + FIRST_DAY.plusDays(day), "--as-of", FIRST_DAY.plusDays(day).toString(),
                "-o", dir.resolve("period").toString()))
                .contains(expectedAudits + " audits");
        System.out.printf("KilledAuditIT %s: %d kills (seed %d): %s; WARC files found cut after a kill: %d;"
                + " audits listed: %d%n", storeName(storeUrl), kills, seed,
                outcomes, cutFiles, expectedAudits);
    }

    private static String storeName(String storeUrl) {
        return storeUrl.startsWith("jdbc:h2") ? "H2" : "PostgreSQL";
    }

    /** What every reader must be able to rely on, whatever moment the last process was killed at. */
    private void assertConsistent(AuditConfig config, Path evidence, String when) {
        String key = ConfigKeys.of(config);
        try (AuditStore store = AuditStore.open(config.store())) {
            List<AuditRecord> listed = store.list(key, 1000);
            List<AuditItems> period = store.periodItems(key, LocalDate.EPOCH, FIRST_DAY.plusYears(1));
            assertThat(period).as(when).extracting(a -> a.audit().id())
                    .containsExactlyInAnyOrderElementsOf(listed.stream().map(AuditRecord::id).toList());
            assertThat(store.itemHistory(key, LocalDate.EPOCH, FIRST_DAY.plusYears(1))).as(when).hasSize(listed.size());
            EvidenceArchive archive = new EvidenceArchive(evidence, store.evidence());
            for (AuditRecord record : listed) {
                assertThat(record.total()).as(when).isPositive();
                assertThat(store.load(record.id())).as(when).hasValueSatisfying(run ->
                        assertThat(run.items()).hasSize(record.total()));
                assertThat(period).filteredOn(a -> a.audit().id().equals(record.id())).singleElement()
                        .satisfies(a -> assertThat(a.items()).as(when).hasSize(record.total()));
                for (EvidenceIndex.Capture capture : store.evidence().captures(record.id())) {
                    assertThat(archive.shownAll(record.id(), capture.url())).as(when).isNotEmpty();
                }
            }
        }
    }

    private static List<AuditRecord> listed(AuditConfig config) {
        try (AuditStore store = AuditStore.open(config.store())) {
            return store.list(ConfigKeys.of(config), 1000);
        }
    }

    private static int abandoned(AuditConfig config) {
        try (AuditStore store = AuditStore.open(config.store())) {
            return store.abandoned(ConfigKeys.of(config)).size();
        }
    }

    /** The WARC files that do not end with a whole record. */
    private static List<Path> cutFiles(Path evidence) throws IOException {
        if (!Files.isDirectory(evidence)) {
            return List.of();
        }
        List<Path> cut = new ArrayList<>();
        try (Stream<Path> files = Files.walk(evidence)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).toList()) {
                if (WarcRepair.wholeLength(file) != Files.size(file)) {
                    cut.add(file);
                }
            }
        }
        return cut;
    }

    private static String withoutTestClasses(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Starts the audit of {@code FIRST_DAY + day} in a JVM of its own, its output to a file or piped back. */
    private Process start(int day, boolean piped) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path log = dir.resolve("audit-" + day + ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")),
                // The main log configuration, with its MINHBACH_LOG_LEVEL, not the tests' own logback-test.xml.
                "-cp", withoutTestClasses(System.getProperty("java.class.path")), Main.class.getName(), "audit",
                "-c", "config.yaml", "-o", "report-" + day, "--as-of", FIRST_DAY.plusDays(day).toString(),
                "--format", "json")
                .directory(dir.toFile()).redirectErrorStream(true);
        if (!piped) {
            builder.redirectOutput(log.toFile());
        }
        builder.environment().put("MINHBACH_LOG_LEVEL", "DEBUG");
        return builder.start();
    }

    /** Runs the audit of {@code FIRST_DAY + day} to its end; its output. */
    private String auditToEnd(int day) throws Exception {
        Process audit = start(day, false);
        boolean ended = audit.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            audit.destroyForcibly();
        }
        assertThat(ended).isTrue();
        String out = Files.readString(dir.resolve("audit-" + day + ".log"), StandardCharsets.UTF_8);
        assertThat(audit.exitValue()).as(out).isIn(0, 1);
        assertThat(out).doesNotContain("warning: history", "warning: evidence");
        return out;
    }

    /** Runs a command in this JVM; its standard output, after checking it exited 0. */
    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        assertThat(code).as(out + "\n" + err).isZero();
        return out.toString();
    }

    /** A running audit whose output lines are read as they come, so that a kill can follow one. */
    private static final class AuditOutput implements AutoCloseable {
        /** Put after the last line; told apart from a line of output by identity. */
        private static final String END = new String("end of output");
        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Thread reader;

        private AuditOutput(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (BufferedReader in = process.inputReader(StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // The process was killed: its output ends there.
                }
                lines.add(END);
            }, "audit-output");
            reader.setDaemon(true);
            reader.start();
        }

        static AuditOutput start(Process process) {
            return new AuditOutput(process);
        }

        /** Waits for a line containing {@code marker} (none: returns at once); false when the output ended first. */
        boolean awaitLine(String marker, Duration timeout) throws InterruptedException {
            if (marker == null) {
                return true;
            }
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line == END) {
                    return false;
                }
                if (line.contains(marker)) {
                    return true;
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(30));
        }
    }
}
