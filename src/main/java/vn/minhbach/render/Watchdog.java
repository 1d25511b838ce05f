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
    /*
     * The JVM is gone once its PID is, or once this shell was handed to another parent: a dead JVM whose parent
     * does not collect it lingers as a zombie, and a PID may be reused. Processes and their parents are read from
     * /proc, not with ps, which slim systems lack (without it only chromedriver died and Chromium ran on).
     * Chromium keeps its single-instance socket in a folder of its own outside the profile, which the profile's
     * SingletonSocket link names; it removes it when it quits, not when it is killed.
     */
    private static final String SCRIPT = """
            jvm=$1; root=$2; profile=$3
            adopted() { read -r stat < /proc/$$/stat && set -- ${stat##*")"} && [ "$2" != "$PPID" ]; }
            while kill -0 "$jvm" 2>/dev/null && ! adopted; do sleep 1; done
            children() {
              for stat in /proc/[0-9]*/stat; do
                read -r line < "$stat" || continue
                set -- "$1" ${line##*")"}
                if [ "$3" = "$1" ]; then pid=${stat#/proc/}; echo "${pid%/stat}"; fi
              done
            }
            tree() { for child in $(children "$1"); do tree "$child"; done; echo "$1"; }
            socket=$(readlink "$profile/SingletonSocket")
            kill -KILL $(tree "$root")
            rm -rf "$profile"
            case "$socket" in */org.chromium.Chromium.*/SingletonSocket) rm -rf "${socket%/SingletonSocket}" ;; esac
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
