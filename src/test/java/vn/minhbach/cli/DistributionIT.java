package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive that {@code mvn package} builds ({@code target/minhbach-<version>.tar.gz}) as an IT person
 * installs it: unpacked with {@code tar}, its launcher runs the demo from another folder and keeps the classes
 * of a command's first run for the next (only when that run ended by itself), and {@code systemd-analyze verify}
 * accepts its unit.
 */
class DistributionIT {
    private static final String INSTALLED = "/opt/minhbach";

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            archive = files.filter(f -> f.getFileName().toString().matches("minhbach-.+\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/minhbach-<version>.tar.gz: run mvn package"));
        }
        Run tar = Run.of(unpacked, List.of("tar", "xzf", archive.toAbsolutePath().toString()));
        assertThat(tar.exit()).as(tar.output()).isZero();
        try (Stream<Path> dirs = Files.list(unpacked)) {
            home = dirs.findFirst().orElseThrow();
        }
    }

    @Test
    void holdsWhatAServerNeeds() {
        for (String file : List.of("bin/minhbach", "lib/minhbach.jar", "config/example.yaml",
                "systemd/minhbach.service", "systemd/minhbach.env", "Dockerfile", "README.md")) {
            assertThat(home.resolve(file)).as(file).isRegularFile();
        }
        assertThat(home.resolve("bin/minhbach")).isExecutable();
    }

    @Test
    void launcherRunsTheDemoFromAnotherFolder(@TempDir Path elsewhere) throws Exception {
        Run demo = Run.of(elsewhere, List.of(home.resolve("bin/minhbach").toString(), "demo", "--as-of",
                "2026-11-28", "-o", "out", "--format", "json"));

        assertThat(demo.exit()).as(demo.output()).isEqualTo(ExitCodes.NOT_ALL_PASS);
        assertThat(demo.output()).contains("demo portal:");
        assertThat(elsewhere.resolve("out/report.json")).isNotEmptyFile();
    }

    @Test
    void launcherKeepsTheClassesOfAFirstRunForTheNext(@TempDir Path dir) throws Exception {
        Path archives = dir.resolve("cds");
        Map<String, String> env = Map.of("MINHBACH_CDS_DIR", archives.toString());
        List<String> validate = List.of(home.resolve("bin/minhbach").toString(), "validate", "-c",
                home.resolve("config/example.yaml").toString());

        Run first = Run.of(dir, validate, env);
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(archiveNames(archives)).hasSize(1);
        assertThat(archiveNames(archives).get(0)).matches("classes-\\d+-validate\\.jsa");

        Run second = Run.of(dir, validate, env);
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).as("the same words, nothing of the archive").isEqualTo(first.output());

        Run off = Run.of(dir, List.of(home.resolve("bin/minhbach").toString(), "--version"), env);
        assertThat(off.exit()).as(off.output()).isZero();
        assertThat(archiveNames(archives)).as("commands without an archive of their own").hasSize(1);
    }

    @Test
    void launcherStoppedOnItsFirstRunKeepsNoArchive(@TempDir Path dir) throws Exception {
        Path archives = dir.resolve("cds");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/minhbach").toString(), "demo", "--as-of",
                "2026-11-28", "-o", "out").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("demo.log").toFile());
        builder.environment().put("MINHBACH_CDS_DIR", archives.toString());
        Process demo = builder.start();
        Thread.sleep(2000);
        List<ProcessHandle> java = demo.descendants().toList();
        assertThat(java).as("the launcher's JVM").isNotEmpty();
        demo.destroy();

        assertThat(demo.waitFor(1, TimeUnit.MINUTES)).as("the launcher ends on SIGTERM").isTrue();
        for (ProcessHandle child : java) {
            assertThat(child.onExit().get(1, TimeUnit.MINUTES).isAlive()).as("the JVM ends with it").isFalse();
        }
        assertThat(archiveNames(archives)).as("neither an archive nor its draft").isEmpty();
    }

    private static List<String> archiveNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void systemdAcceptsTheUnit(@TempDir Path dir) throws Exception {
        String unit = Files.readString(home.resolve("systemd/minhbach.service"), StandardCharsets.UTF_8);
        assertThat(unit).contains("ExecStart=" + INSTALLED + "/bin/minhbach serve ").contains("User=minhbach")
                .contains("EnvironmentFile=/etc/minhbach/minhbach.env").contains("Restart=on-failure");
        assertThat(seconds(unit, "TimeoutStopSec=(\\d+)")).as("systemd waits longer than the audits' grace")
                .isGreaterThan(seconds(unit, "--shutdown-grace (\\d+)"));

        // systemd checks that ExecStart's program exists: the unit is verified where the archive was unpacked.
        Path here = dir.resolve("minhbach.service");
        Files.writeString(here, unit.replace(INSTALLED, home.toString()), StandardCharsets.UTF_8);
        Run verify = Run.of(dir, List.of("systemd-analyze", "verify", here.toString()));

        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).as("no warning").isBlank();
    }

    private static long seconds(String unit, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(unit);
        assertThat(m.find()).as(pattern).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A finished command: its exit status and what it printed, both streams together. */
    private record Run(int exit, String output) {
        static Run of(Path dir, List<String> command) throws IOException, InterruptedException {
            return of(dir, command, Map.of());
        }

        static Run of(Path dir, List<String> command, Map<String, String> env)
                throws IOException, InterruptedException {
            Path log = Files.createTempFile(dir, "run", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not end within 3 minutes");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new Run(process.exitValue(), output);
        }
    }
}
