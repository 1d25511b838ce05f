package vn.minhbach.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.demo.DemoServer;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/**
 * SIGKILL to a real {@code serve} process (schedule in memory, history in H2) while an audit runs: when the
 * service is started again, the audit runs again once, is saved, and the run log shows the killed run abandoned
 * beside the recovered one.
 */
class ServeKillIT {
    /** A schedule that never comes due while the test runs: only the recovery can start an audit. */
    private static final String NEVER = "0 0 0 1 1 ? 2099";

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
    void anAuditKilledWithItsServiceRunsAgainOnceWhenTheServiceIsBack() throws Exception {
        Path config = dir.resolve("portal.yaml");
        // Every second, and 300 ms between requests: the audit is still crawling when the process is killed.
        Files.writeString(config, Served.yaml(demo, "UBND xã Giết", "* * * * * ?", Served.h2(dir), 300));
        try (ServeProcess serve = ServeProcess.start(dir.resolve("serve-1.log"), List.of(), "-c", config.toString(),
                "--no-dashboard", "--reports", dir.resolve("reports").toString())) {
            assertThat(serve.awaitLog("audit \"UBND xã Giết\"", Duration.ofSeconds(240))).as(serve.log()).isTrue();
            serve.kill();
        }
        assertThat(Served.runs(Served.h2(dir), "sa")).singleElement()
                .satisfies(run -> assertThat(run.outcome()).isEqualTo("RUNNING"));

        Files.writeString(config, Served.small(Served.yaml(demo, "UBND xã Giết", NEVER, Served.h2(dir), 0)));
        try (ServeProcess serve = ServeProcess.start(dir.resolve("serve-2.log"), List.of(), "-c", config.toString(),
                "--no-dashboard", "--reports", dir.resolve("reports").toString())) {
            assertThat(serve.awaitLog("it runs again once now", Duration.ofSeconds(240))).as(serve.log()).isTrue();
            assertThat(serve.awaitLog("completed in", Duration.ofSeconds(400))).as(serve.log()).isTrue();
            serve.terminate();
            assertThat(serve.awaitExit(Duration.ofSeconds(60))).as(serve.log()).isNotNull();
            assertThat(serve.log()).containsOnlyOnce(" run on node ").contains("recovered run on node");
        }

        List<Served.Row> runs = Served.runs(Served.h2(dir), "sa");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).outcome()).isEqualTo("ABANDONED");
        assertThat(runs.get(0).cause()).isEqualTo("SCHEDULED");
        assertThat(runs.get(0).finishedAt()).isNotNull();
        assertThat(runs.get(1).outcome()).isEqualTo("COMPLETED");
        assertThat(runs.get(1).cause()).isEqualTo("RECOVERED");
        var loaded = Served.LOADER.load(config);
        try (AuditStore store = AuditStore.open(loaded.store())) {
            assertThat(store.list(ConfigKeys.of(loaded), 10)).hasSize(1);
        }
    }
}
