package vn.minhbach.web;

import vn.minhbach.model.Text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Verdict;

class MetricsTest {
    private static final URI SITE = URI.create("https://x.gov.vn/");

    @Test
    void auditsAreCountedByOutcomeWithPagesAndDurations() throws Exception {
        Metrics metrics = new Metrics();
        metrics.register("k1");
        metrics.recordAudit("k1", run(12, Verdict.PASS, Verdict.FAIL, Verdict.PASS), Duration.ofMillis(1500));
        metrics.recordAudit("k1", run(8, Verdict.PASS, Verdict.NOT_APPLICABLE), Duration.ofMillis(500));
        metrics.recordAudit("k1", run(0, Verdict.UNKNOWN), Duration.ofSeconds(3));
        metrics.recordFailure("k2", Duration.ofSeconds(1));
        String text = metrics.exposition();

        Promtool.assertValid(text);
        assertThat(text).contains("minhbach_audits_total{config=\"k1\",outcome=\"all_pass\"} 1.0\n")
                .contains("minhbach_audits_total{config=\"k1\",outcome=\"not_all_pass\"} 1.0\n")
                .contains("minhbach_audits_total{config=\"k1\",outcome=\"cannot_run\"} 1.0\n")
                .contains("minhbach_audits_total{config=\"k1\",outcome=\"error\"} 0.0\n")
                .contains("minhbach_audits_total{config=\"k2\",outcome=\"error\"} 1.0\n")
                .contains("minhbach_audit_failures_total{config=\"k1\"} 1.0\n")
                .contains("minhbach_audit_failures_total{config=\"k2\"} 1.0\n")
                .contains("minhbach_pages_fetched_total{config=\"k1\"} 20.0\n")
                .contains("minhbach_audit_duration_seconds_sum{config=\"k1\"} 5.0\n")
                .contains("minhbach_audit_duration_seconds_count{config=\"k1\"} 3\n")
                .contains("minhbach_last_audit_score{config=\"k1\"} 0.0\n")
                .doesNotContain("minhbach_last_audit_score{config=\"k2\"}");
    }

    @Test
    void registeredConfigsShowZerosBeforeTheirFirstAudit() throws Exception {
        Metrics metrics = new Metrics();
        metrics.register("abc");
        String text = metrics.exposition();

        Promtool.assertValid(text);
        assertThat(text).contains("minhbach_audits_total{config=\"abc\",outcome=\"all_pass\"} 0.0\n")
                .contains("minhbach_audit_duration_seconds_count{config=\"abc\"} 0\n")
                .doesNotContain("minhbach_last_audit_score{");
    }

    @Test
    void crawlsAreCountedAsTheyGo() throws Exception {
        Metrics metrics = new Metrics();
        CrawlListener crawl = metrics.crawl("k");
        crawl.visited(SITE, new FetchOutcome.Fetched(SITE, SITE, 200, "text/html", 1000, 40));
        crawl.visited(SITE, new FetchOutcome.Fetched(SITE.resolve("/a"), SITE.resolve("/a"), 200, "text/html", 500,
                3000));
        crawl.visited(SITE, new FetchOutcome.Failed(SITE.resolve("/b"), 404, null));
        crawl.visited(SITE, new FetchOutcome.Failed(SITE.resolve("/c"), 200, "Request Rejected"));
        crawl.visited(SITE, new FetchOutcome.Disallowed(SITE.resolve("/private/")));
        crawl.rendered(SITE, SITE.resolve("/#/thu-tuc"));
        String text = metrics.exposition();

        Promtool.assertValid(text);
        assertThat(text).contains("minhbach_crawl_pages_total{config=\"k\",outcome=\"fetched\"} 2.0\n")
                .contains("minhbach_crawl_pages_total{config=\"k\",outcome=\"failed\"} 1.0\n")
                .contains("minhbach_crawl_pages_total{config=\"k\",outcome=\"walled\"} 1.0\n")
                .contains("minhbach_crawl_pages_total{config=\"k\",outcome=\"disallowed\"} 1.0\n")
                .contains("minhbach_crawl_bytes_total{config=\"k\"} 1500.0\n")
                .contains("minhbach_crawl_fetch_duration_seconds_bucket{config=\"k\",le=\"0.05\"} 1\n")
                .contains("minhbach_crawl_fetch_duration_seconds_bucket{config=\"k\",le=\"5.0\"} 2\n")
                .contains("minhbach_crawl_fetch_duration_seconds_count{config=\"k\"} 2\n")
                .contains("minhbach_crawl_pages_rendered_total{config=\"k\"} 1.0\n");
    }

    @Test
    void theJvmIsMeasuredToo() throws Exception {
        String text = new Metrics().exposition();

        Promtool.assertValid(text);
        assertThat(text).contains("# TYPE jvm_memory_used_bytes gauge").contains("jvm_gc_collection_seconds")
                .contains("jvm_threads_current");
    }

    @Test
    void labelValuesAreEscaped() throws Exception {
        Metrics metrics = new Metrics();
        metrics.register("x\"y\\z\nw");
        String text = metrics.exposition();

        Promtool.assertValid(text);
        assertThat(text).contains("minhbach_audit_failures_total{config=\"x\\\"y\\\\z\\nw\"} 0.0\n");
    }

    private static AuditRun run(int pages, Verdict... verdicts) {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 2, 0, 0, 0, ZoneOffset.ofHours(7));
        List<Finding> items = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            items.add(new Finding("item." + i, "1", SiteRole.PORTAL, "Mục " + i, verdicts[i], Text.plain(""), null, null,
                    new RuleRef(List.of(), "2020-01-01.."), Map.of(), List.of()));
        }
        return new AuditRun("UBND", LocalDate.of(2026, 11, 28), at, at.plusMinutes(3),
                List.of(new SiteSummary(SiteRole.PORTAL, SITE, pages, 0, 0, 0, false)),
                items, List.of(), List.of());
    }
}
