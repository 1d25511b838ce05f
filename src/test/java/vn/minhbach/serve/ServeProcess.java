package vn.minhbach.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code minhbach serve} in a JVM of its own, from the packaged jar (as an operator runs it), with its output in
 * a file: for the tests that stop it with a signal or kill it. It runs in the log's folder, so what it writes
 * to relative paths (the default evidence folder) stays out of the project.
 */
final class ServeProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target", "minhbach.jar").toAbsolutePath();

    private final Process process;
    private final Path log;

    private ServeProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java [jvmOptions] -jar target/minhbach.jar serve args}, logging to {@code log}. */
    static ServeProcess start(Path log, List<String> jvmOptions, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the package phase builds it");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.add("serve");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(log.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MINHBACH_LOG_LEVEL", "INFO");
        return new ServeProcess(builder.start(), log);
    }

    /** Waits until the log holds {@code text}; false when the process ended or the time ran out first. */
    boolean awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (log().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return log().contains(text);
            }
            Thread.sleep(100);
        }
        return false;
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** SIGTERM, as a service manager stops it. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL: the machine dies; nothing of the process runs any more. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The exit code, or null when it has not ended within {@code timeout}. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
