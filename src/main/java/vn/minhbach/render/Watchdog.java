package vn.minhbach.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the browser when the JVM that started it dies without closing it (killed with SIGKILL, out of memory):
 * a small shell process that waits for the JVM to go, then kills chromedriver and every process under it
 * (Chromium and its helpers) and removes the profile. {@link #stop} ends the watchdog itself once the browser
 * was closed the ordinary way.
 */
final class Watchdog {
    private static final Logger LOG = LoggerFactory.getLogger(Watchdog.class);
    private static final String SCRIPT = """
            jvm=$1; root=$2; profile=$3
            while kill -0 "$jvm" 2>/dev/null; do sleep 1; done
            tree() { for child in $(ps -o pid= --ppid "$1"); do tree "$child"; done; echo "$1"; }
            kill -KILL $(tree "$root") 2>/dev/null
            rm -rf "$profile"
            """;

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    /** Watches the newest chromedriver this JVM started; empty when none is found or no shell can run. */
    static Optional<Watchdog> watch(Path profile) {
        Optional<ProcessHandle> driver = ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.contains("chromedriver")).orElse(false))
                .max(Comparator.comparing(p -> p.info().startInstant().orElse(java.time.Instant.EPOCH)));
        if (driver.isEmpty()) {
            LOG.debug("no chromedriver process found to watch");
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder("sh", "-c", SCRIPT, "watchdog",
                    String.valueOf(ProcessHandle.current().pid()), String.valueOf(driver.get().pid()),
                    profile.toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new Watchdog(process));
        } catch (IOException e) {
            LOG.debug("cannot start the browser's watchdog: {}", e.toString());
            return Optional.empty();
        }
    }

    void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
