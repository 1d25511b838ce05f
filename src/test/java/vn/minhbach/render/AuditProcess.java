package vn.minhbach.render;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code minhbach audit} of one one-stop site in a JVM of its own, on the test's classpath, for the tests that
 * count the processes an audit leaves behind, stop it with a signal or kill it. Everything it writes stays in its
 * folder: the config, the history (an H2 file), the report, its output, and its temporary files, the browser's
 * profile among them.
 *
 * <p>While the test waits for something, the browser the audit started is traced ({@link BrowserTrace}), so what
 * it left after the JVM has gone can be found.
 */
final class AuditProcess implements AutoCloseable {
    private static final String MARK = "MINHBACH_TEST_AUDIT_MARK";
    private static final long POLL_MILLIS = 100;

    private final Process process;
    private final Path dir;
    private final BrowserTrace trace;

    private AuditProcess(Process process, Path dir, BrowserTrace trace) {
        this.process = process;
        this.dir = dir;
        this.trace = trace;
    }

    /**
     * Starts the audit of {@code onestop} in {@code dir}, with the crawl's per-host delay {@code delayMillis};
     * {@code environment} sets variables of the audit's process, and removes those it maps to null.
     */
    static AuditProcess start(Path dir, URI onestop, int delayMillis, Map<String, String> environment)
            throws IOException {
        Files.writeString(dir.resolve("config.yaml"), "organisation: \"UBND thử\"\n"
                + "sites:\n  onestop: {url: \"" + onestop + "\"}\n"
                + "crawl: {delayMillis: " + delayMillis + ", timeoutSeconds: 5}\n"
                + "store: {url: \"jdbc:h2:file:" + dir.resolve("db/history") + "\", evidenceDir: \""
                + dir.resolve("evidence") + "\"}\n", StandardCharsets.UTF_8);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), "vn.minhbach.cli.Main", "audit",
                "-c", "config.yaml", "-o", "report", "--as-of", "2026-11-28", "--format", "json")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("audit.log").toFile());
        String mark = UUID.randomUUID().toString();
        builder.environment().put(MARK, mark);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        Process process = builder.start();
        return new AuditProcess(process, dir, new BrowserTrace(process.toHandle(), MARK + "=" + mark, tmp));
    }

    /** Waits for {@code condition}, recording the audit's processes meanwhile; false when the time ran out. */
    boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            trace.record();
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The exit code, or null when the audit has not ended within {@code timeout}. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return await(() -> !process.isAlive(), timeout) ? process.exitValue() : null;
    }

    /** The command lines of every browser process (chromedriver, Chromium's, the watchdog) seen so far. */
    List<String> browsersSeen() {
        trace.record();
        return trace.seen();
    }

    /** The browser processes of this audit that still run, as "PID command line" ({@link BrowserTrace#running}). */
    List<String> browsersRunning() {
        trace.record();
        return trace.running();
    }

    /** The browser's folders still on disk ({@link BrowserTrace#leftovers}). */
    List<Path> leftovers() {
        trace.record();
        return trace.leftovers();
    }

    Path report() {
        return dir.resolve("report/report.json");
    }

    String log() throws IOException {
        return Files.readString(dir.resolve("audit.log"), StandardCharsets.UTF_8);
    }

    /** SIGTERM, as a service manager or Ctrl-C stops it. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: nothing of the JVM runs any more, its shutdown hooks neither. */
    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
