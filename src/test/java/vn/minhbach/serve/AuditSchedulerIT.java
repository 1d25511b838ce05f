package vn.minhbach.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.audit.Auditor;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.ConfigException;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.demo.DemoServer;
import vn.minhbach.report.ReportFormat;

/** The scheduler with its schedule in memory, auditing the demo sites on a loopback port. */
class AuditSchedulerIT {
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    private DemoServer demo;
    private final List<AuditScheduler> started = new ArrayList<>();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void startDemo() throws Exception {
        demo = DemoServer.start(java.time.LocalDate.now(HCM));
    }

    @AfterEach
    void stop() {
        started.forEach(s -> s.shutdown(Duration.ofSeconds(30)));
        demo.close();
    }

    private AuditScheduler serve(ServedConfig... configs) throws Exception {
        ServeSettings settings = new ServeSettings(dir.resolve("reports"), Set.of(ReportFormat.JSON), 2,
                Duration.ofSeconds(30));
        AuditScheduler scheduler = AuditScheduler.create(List.of(configs), settings, Served.LOADER);
        scheduler.addListener(new AuditListener() {
            @Override
            public void completed(ServedConfig config, AuditJob.Outcome outcome, Duration duration) {
                events.add("completed " + config.key() + " " + outcome.auditId());
            }

            @Override
            public void failed(ServedConfig config, Exception cause, boolean abandoned, Duration duration) {
                events.add((abandoned ? "abandoned " : "failed ") + config.key() + " " + cause);
            }
        });
        started.add(scheduler);
        scheduler.start();
        return scheduler;
    }

    private String next(Duration timeout) throws InterruptedException {
        return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void eachConfigRunsOnItsOwnCronAndWritesDatedReports() throws Exception {
        ServedConfig fast = Served.config(Served.yaml(demo, "UBND xã A", "0/2 * * * * ?", Served.h2(dir), 0), "a.yaml");
        ServedConfig nightly = Served.config(Served.yaml(demo, "UBND xã B", "0 0 2 * * ?", Served.h2(dir), 0), "b.yaml");
        AuditScheduler scheduler = serve(fast, nightly);

        assertThat(next(Duration.ofSeconds(60))).startsWith("completed " + fast.key());
        assertThat(next(Duration.ofSeconds(60))).startsWith("completed " + fast.key());
        Instant nightlyNext = scheduler.nextRun(nightly.key()).orElseThrow();
        assertThat(nightlyNext.atZone(HCM).getHour()).isEqualTo(2);
        assertThat(nightlyNext.atZone(HCM).getMinute()).isZero();
        assertThat(nightlyNext).isBetween(Instant.now(), Instant.now().plus(Duration.ofDays(1)));

        Path configReports;
        try (var folders = Files.list(dir.resolve("reports"))) {
            List<Path> all = folders.toList();
            assertThat(all).hasSize(1);
            configReports = all.get(0);
        }
        assertThat(configReports.getFileName().toString()).isEqualTo("ubnd-xa-a-" + fast.key());
        try (var runs = Files.list(configReports)) {
            assertThat(runs.toList()).isNotEmpty().allSatisfy(run -> {
                assertThat(run.getFileName().toString()).matches("\\d{8}-\\d{6}");
                assertThat(run.resolve("report.json")).isRegularFile();
            });
        }
        assertThat(Served.runs(Served.h2(dir), "sa")).filteredOn(r -> r.outcome().equals("COMPLETED"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.configKey()).isEqualTo(fast.key()))
                .allSatisfy(r -> assertThat(r.cause()).isEqualTo("SCHEDULED"));
    }

    @Test
    void anAuditNeverOverlapsTheNextOfTheSameConfig() throws Exception {
        // Every second, an audit that takes longer than a second (80 pages, 50 ms apart on each of two sites).
        ServedConfig slow = Served.config(Served.small(Served.yaml(demo, "UBND xã C", "* * * * * ?", Served.h2(dir),
                50)), "c.yaml");
        serve(slow);
        for (int i = 0; i < 2; i++) {
            assertThat(next(Duration.ofSeconds(120))).startsWith("completed " + slow.key());
        }
        List<Served.Row> runs = Served.runs(Served.h2(dir), "sa").stream()
                .filter(r -> r.finishedAt() != null).toList();
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).startedAt()).as("run %d starts after run %d ended", i, i - 1)
                    .isAfterOrEqualTo(runs.get(i - 1).finishedAt());
        }
        assertThat(Duration.between(runs.get(0).startedAt(), runs.get(0).finishedAt())).isGreaterThan(Duration.ofSeconds(1));
    }

    @Test
    void nightsMissedWhileDownRunOnceOnStart() throws Exception {
        String yaml = Served.yaml(demo, "UBND xã D", "0 0 2 * * ?", Served.h2(dir), 0);
        ServedConfig config = Served.config(yaml, "d.yaml");
        // The last audit was three nights ago: the service was off at 02:00 since.
        Clock threeDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), HCM);
        new AuditJob(new Auditor(Checklist.defaults(), threeDaysAgo, CrawlListener.NONE))
                .run(config.config(), null, true, dir.resolve("earlier"), Set.of(ReportFormat.JSON));

        AuditScheduler scheduler = serve(config);

        assertThat(next(Duration.ofSeconds(60))).startsWith("completed " + config.key());
        assertThat(next(Duration.ofSeconds(5))).as("one run, not one per missed night").isNull();
        assertThat(scheduler.nextRun(config.key()).orElseThrow()).isAfter(Instant.now());
        assertThat(Served.runs(Served.h2(dir), "sa")).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("COMPLETED"));
    }

    @Test
    void anAuditCanBeRequestedNow() throws Exception {
        ServedConfig config = Served.config(Served.yaml(demo, "UBND xã E", "0 0 2 * * ?", Served.h2(dir), 0), "e.yaml");
        AuditScheduler scheduler = serve(config);
        assertThat(next(Duration.ofSeconds(2))).as("no audit before it is due or asked for").isNull();

        scheduler.runNow(config.key());

        assertThat(next(Duration.ofSeconds(60))).startsWith("completed " + config.key());
        assertThat(Served.runs(Served.h2(dir), "sa")).singleElement()
                .satisfies(r -> assertThat(r.cause()).isEqualTo("REQUESTED"));
        assertThatThrownBy(() -> scheduler.runNow("0000000000000000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoConfigsOfTheSamePortalAreRefused() throws Exception {
        String yaml = Served.yaml(demo, "UBND xã F", "0 0 2 * * ?", Served.h2(dir), 0);
        ServedConfig one = Served.config(yaml, "one.yaml");
        ServedConfig two = Served.config(yaml.replace("0 0 2", "0 0 3"), "two.yaml");
        ServeSettings settings = new ServeSettings(dir, Set.of(ReportFormat.JSON), 1, Duration.ZERO);
        assertThatThrownBy(() -> AuditScheduler.create(List.of(one, two), settings, Served.LOADER))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement().asString()
                        .contains("same organisation and sites as one.yaml"));
    }
}
