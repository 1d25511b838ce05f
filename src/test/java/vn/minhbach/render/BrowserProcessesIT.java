package vn.minhbach.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.minhbach.cli.ExitCodes;
import vn.minhbach.testing.SpaSite;

/**
 * No Chromium process outlives an audit, however it ends: run to the end (the browser is closed), stopped with
 * SIGTERM mid-render (the shutdown hook closes it) or killed with SIGKILL mid-render (the watchdog ends the
 * browser's processes and removes its profile), also on a machine without {@code ps} (a slim container). The
 * audit runs in a JVM of its own ({@link AuditProcess}), politely slow (200 ms between requests) so that it is
 * still rendering when it is stopped.
 */
class BrowserProcessesIT {
    /** The time the browser's processes and files may take to go once the audit's JVM has gone. */
    private static final Duration GONE = Duration.ofSeconds(5);

    @BeforeAll
    static void needsBrowser() {
        assumeTrue(BrowserInstall.probe().ready(), "needs chromium and chromedriver");
    }

    enum Ending {
        /** Three procedures: the audit ends on its own. */
        RUNS_TO_THE_END(3),
        /** Sixty procedures at 200 ms a request: minutes of rendering, stopped in the middle. */
        SIGTERM(60),
        SIGKILL(60),
        /** The PATH offers everything the machine has but {@code ps}. */
        SIGKILL_WITHOUT_PS(60);

        final int procedures;

        Ending(int procedures) {
            this.procedures = procedures;
        }
    }

    @ParameterizedTest
    @EnumSource(Ending.class)
    void everyBrowserProcessIsGoneWhenTheAuditEnds(Ending ending, @TempDir Path dir) throws Exception {
        Path bin = dir.resolve("bin");
        Map<String, String> environment = ending == Ending.SIGKILL_WITHOUT_PS
                ? Map.of("PATH", pathWithoutPs(Files.createDirectory(bin)).toString()) : Map.of();
        try {
            end(ending, Files.createDirectory(dir.resolve("audit")), environment);
        } finally {
            removeLinks(bin);
        }
    }

    private static void end(Ending ending, Path work, Map<String, String> environment) throws Exception {
        try (SpaSite site = SpaSite.start(ending.procedures);
             AuditProcess audit = AuditProcess.start(work, site.url("/"), 200, environment)) {
            if (ending == Ending.RUNS_TO_THE_END) {
                assertThat(audit.awaitExit(Duration.ofMinutes(3))).as("the exit code of an audit that ran; %s",
                        audit.log()).isBetween(ExitCodes.ALL_PASS, ExitCodes.NOT_ALL_PASS);
            } else {
                assertThat(audit.await(() -> !audit.browsersSeen().isEmpty()
                        && site.requests().stream().anyMatch(r -> r.startsWith("GET /api/")), Duration.ofMinutes(2)))
                        .as("the browser renders a page; %s", audit.log()).isTrue();
                if (ending == Ending.SIGTERM) {
                    audit.terminate();
                } else {
                    audit.kill();
                }
                assertThat(audit.awaitExit(Duration.ofSeconds(30))).as("the audit's exit code").isNotNull();
            }

            assertThat(audit.browsersSeen()).as("the browser's processes while the audit ran")
                    .anyMatch(c -> c.contains("chromedriver"))
                    .anyMatch(c -> c.contains("--type=renderer") && c.contains("--user-data-dir=" + work));
            audit.await(() -> audit.browsersRunning().isEmpty() && audit.leftovers().isEmpty(), GONE);
            assertThat(audit.browsersRunning()).as("browser processes %s after the audit's JVM ended", GONE).isEmpty();
            assertThat(audit.leftovers()).as("the browser's folders %s after the audit's JVM ended", GONE).isEmpty();
        }
    }

    /** Removes the links to the machine's programs, which the temporary folder's cleaning would warn of one by one. */
    private static void removeLinks(Path bin) throws IOException {
        if (Files.isDirectory(bin)) {
            try (Stream<Path> links = Files.list(bin)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    /** A folder of links to every program of the machine's usual PATH but {@code ps}. */
    private static Path pathWithoutPs(Path bin) throws IOException {
        for (String dir : List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            if (!Files.isDirectory(Path.of(dir))) {
                continue;
            }
            try (Stream<Path> programs = Files.list(Path.of(dir))) {
                for (Path program : programs.toList()) {
                    Path link = bin.resolve(program.getFileName().toString());
                    if (!link.getFileName().toString().equals("ps")
                            && !Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, program);
                    }
                }
            }
        }
        return bin;
    }
}
