package vn.minhbach.web;

import vn.minhbach.model.Text;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.audit.Auditor;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.config.DashboardConfig;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.testing.FixtureSite;

/**
 * A dashboard over a real history: the liferay-like fixture site audited for real into an H2 store in a
 * temporary folder, plus two earlier audits made from that one with some verdicts changed, so the page has a
 * trend and a history. "Kiểm tra ngay" runs a real {@link AuditJob} against the fixture site.
 */
final class DashboardFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    final FixtureSite site;
    final AuditConfig config;
    final AuditStore store;
    final Portal portal;
    final Metrics metrics = new Metrics();
    final BackgroundAuditTrigger trigger;
    final Dashboard dashboard;
    /** The ids of the stored audits, oldest first. */
    final List<String> auditIds = new ArrayList<>();

    private DashboardFixture(Path dir, DashboardConfig dashboardConfig, UnaryOperator<String> environment,
                             PeriodReportSource periods) throws Exception {
        site = FixtureSite.start("liferay-like");
        try {
            config = new ConfigLoader(Checklist.defaults().parameterNames()).parse("organisation: \"UBND huyện Sơn Tịnh\"\n"
                    + "sites:\n  portal: {url: \"" + site.baseUri() + "\"}\n"
                    + "crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 4}\n"
                    + "store: {url: \"jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath() + "\", evidenceDir: \""
                    + dir.resolve("evidence").toAbsolutePath() + "\"}\n", "test");
            store = AuditStore.open(config.store());
            portal = Portal.of(config, store);
            AuditAction action = p -> audit(p, dir.resolve("reports"));
            AuditRun real = action.audit(portal);
            String key = ConfigKeys.of(config);
            auditIds.add(store.save(key, ConfigKeys.fingerprint(config), earlier(real, 30, 3)));
            auditIds.add(store.save(key, ConfigKeys.fingerprint(config), earlier(real, 15, 1)));
            auditIds.add(store.list(key, 3).stream().filter(r -> r.asOf().equals(site.asOf())).findFirst()
                    .orElseThrow().id());
            trigger = new BackgroundAuditTrigger(action, metrics, Clock.system(ZONE));
            dashboard = Dashboard.start(dashboardConfig, List.of(portal), trigger, metrics, periods, environment);
        } catch (Exception | Error e) {
            site.close();
            throw e;
        }
    }

    static DashboardFixture start(Path dir, DashboardConfig dashboardConfig, UnaryOperator<String> environment,
                                  PeriodReportSource periods) throws Exception {
        return new DashboardFixture(dir, dashboardConfig, environment, periods);
    }

    /** On loopback at a free port, no login, no period reports. */
    static DashboardFixture start(Path dir) throws Exception {
        return start(dir, new DashboardConfig("127.0.0.1", 0, null, null), name -> null, PeriodReportSource.NONE);
    }

    String portalPath() {
        return "/portals/" + portal.key();
    }

    /** One audit as the service runs it: crawl, check, save to the store; a run that was not saved fails. */
    private AuditRun audit(Portal p, Path reports) throws IOException, InterruptedException {
        AuditJob.Outcome outcome = new AuditJob(new Auditor(Checklist.defaults(), Clock.system(ZONE), CrawlListener.NONE))
                .run(p.config(), site.asOf(), true, reports, Set.of(ReportFormat.JSON));
        if (outcome.auditId() == null) {
            throw new IllegalStateException(outcome.warning());
        }
        return outcome.run();
    }

    /** The run {@code days} earlier, with its first {@code failing} passing items failing. */
    private static AuditRun earlier(AuditRun run, int days, int failing) {
        List<Finding> items = new ArrayList<>();
        int left = failing;
        for (Finding f : run.items()) {
            boolean flip = left > 0 && f.status() == Verdict.PASS;
            left -= flip ? 1 : 0;
            items.add(flip ? f.withStatus(Verdict.FAIL, Text.plain("không đạt lần trước")) : f);
        }
        return new AuditRun(run.organisation(), run.asOf().minusDays(days), run.startedAt().minusDays(days),
                run.finishedAt().minusDays(days), run.sites(), items, run.brokenLinks(), run.siteFacts());
    }

    @Override
    public void close() {
        dashboard.close();
        trigger.close();
        store.close();
        site.close();
    }
}
