package vn.minhbach.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.demo.DemoServer;

/** SIGTERM to a real {@code serve} process while an audit runs: it finishes or is abandoned, and the JVM exits. */
class ServeSigtermIT {
    /** What a JVM ended by SIGTERM exits with (128 + 15), once its shutdown hook has run. */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    Path dir;

    private DemoServer demo;

    @BeforeEach
    void startDemo() throws Exception {
        demo = DemoServer.start(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @AfterEach
    void stopDemo() {
        demo.close();
    }

    @Test
    void anAuditThatOutlastsTheGraceIsAbandonedAndRecordedSo() throws Exception {
        // 300 ms between requests to each site: the audit of the demo sites takes over a minute.
        Path config = config("UBND xã Dừng", 300);
        try (ServeProcess serve = ServeProcess.start(dir.resolve("serve.log"), List.of(), "-c", config.toString(),
                "--no-dashboard", "--shutdown-grace", "2", "--reports", dir.resolve("reports").toString())) {
            assertThat(serve.awaitLog("audit \"UBND xã Dừng\"", Duration.ofSeconds(60))).as(serve.log()).isTrue();
            Thread.sleep(1000);
            serve.terminate();
            assertThat(serve.awaitExit(Duration.ofSeconds(45))).as(serve.log()).isEqualTo(SIGTERM_EXIT);
            assertThat(serve.log())
                    .contains("stopping: waiting up to 2s for running audits")
                    .contains("abandoning them")
                    .containsPattern("audit \"UBND xã Dừng\" \\S+ abandoned after \\d+s: the service is stopping; nothing saved")
                    .contains("stopped (running audits abandoned)")
                    .doesNotContain("completed in");
        }
        assertThat(Served.runs(Served.h2(dir), "sa")).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo("ABANDONED");
            assertThat(run.finishedAt()).isNotNull();
            assertThat(run.cause()).isEqualTo("SCHEDULED");
        });
        assertThat(reports()).as("nothing of an abandoned audit is reported").isEmpty();
    }

    @Test
    void anAuditThatEndsWithinTheGraceIsFinishedSavedAndReported() throws Exception {
        Path config = config("UBND xã Xong", 0);
        try (ServeProcess serve = ServeProcess.start(dir.resolve("serve.log"), List.of(), "-c", config.toString(),
                "--no-dashboard", "--shutdown-grace", "120", "--reports", dir.resolve("reports").toString())) {
            assertThat(serve.awaitLog("audit \"UBND xã Xong\"", Duration.ofSeconds(60))).as(serve.log()).isTrue();
            serve.terminate();
            assertThat(serve.awaitExit(Duration.ofSeconds(120))).as(serve.log()).isEqualTo(SIGTERM_EXIT);
            assertThat(serve.log())
                    .contains("stopping: waiting up to 2m0s for running audits")
                    .containsPattern("audit \"UBND xã Xong\" \\S+ completed in \\S+: score ")
                    .containsPattern("stopped\\R")
                    .doesNotContain("abandoned");
        }
        assertThat(Served.runs(Served.h2(dir), "sa")).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo("COMPLETED");
            assertThat(run.finishedAt()).isAfter(run.startedAt());
        });
        assertThat(reports()).singleElement().satisfies(run -> assertThat(run.resolve("report.json")).isRegularFile());
    }

    /** The demo config, audited every second from now on, kept in an H2 file in the test's folder. */
    private Path config(String organisation, int delayMillis) throws Exception {
        Path file = dir.resolve("portal.yaml");
        Files.writeString(file, Served.yaml(demo, organisation, "* * * * * ?", Served.h2(dir), delayMillis));
        return file;
    }

    /** The report folders written, one per finished audit. */
    private List<Path> reports() throws Exception {
        Path root = dir.resolve("reports");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> runs = Files.walk(root, 2)) {
            return runs.filter(p -> root.relativize(p).getNameCount() == 2).toList();
        }
    }
}
