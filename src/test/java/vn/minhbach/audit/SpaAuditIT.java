package vn.minhbach.audit;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;
import vn.minhbach.render.BrowserInstall;
import vn.minhbach.report.JsonReport;
import vn.minhbach.report.SchemaCheck;
import vn.minhbach.testing.SpaSite;

/**
 * An audit of a one-stop site built like VNPT iGate (an empty app shell, hash routes, a paged JSON API, a hotline
 * drawn by script), read in the real browser: every one-stop item is decided, with the figures the site holds.
 */
class SpaAuditIT {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @Test
    void everyOneStopItemIsDecidedFromTheRenderedSiteAndItsData() throws Exception {
        assumeTrue(BrowserInstall.probe().ready(), "needs chromium and chromedriver");
        try (SpaSite site = SpaSite.start(23)) {
            AuditRun run = audit(site.url("/"), "");
            Map<String, Finding> byId = run.items().stream().collect(Collectors.toMap(Finding::id, f -> f));

            assertThat(byId.get("onestop.hotline").status()).as(Messages.vi().format(byId.get("onestop.hotline").reason()))
                    .isEqualTo(Verdict.PASS);
            Finding rate = byId.get("onestop.online-rate");
            assertThat(rate.status()).as(Messages.vi().format(rate.reason())).isEqualTo(Verdict.PASS);
            assertThat(rate.figures()).containsEntry("online", (double) site.online())
                    .containsEntry("listed", (double) site.listed());
            Finding details = byId.get("onestop.procedure-details");
            assertThat(details.status()).as(Messages.vi().format(details.reason())).isEqualTo(Verdict.FAIL);
            assertThat(details.figures()).as(Messages.vi().format(details.reason())).containsEntry("complete", (double) site.complete())
                    .containsEntry("listed", (double) site.listed());
            assertThat(byId.get("onestop.status-lookup").status()).as(Messages.vi().format(byId.get("onestop.status-lookup").reason()))
                    .isEqualTo(Verdict.PASS);
            assertThat(run.items()).flatMap(Finding::evidence).extracting(e -> e.via())
                    .contains(Via.API, Via.RENDERED);

            String json = JsonReport.toJson(run);
            assertThat(SchemaCheck.errors(json)).isEmpty();
            List<String> vias = new ObjectMapper().readTree(json).at("/items").findValues("via").stream()
                    .map(JsonNode::asText).toList();
            assertThat(vias).contains("api", "rendered");
            assertThat(site.outside().count()).as("requests to a host outside the site").isZero();
            assertThat(site.requests()).noneMatch(r -> r.contains("/private/"));
        }
    }

    @Test
    void withRenderingOffTheOneStopItemsAreUnknownNeverMissing() throws Exception {
        try (SpaSite site = SpaSite.start(23)) {
            AuditRun run = audit(site.url("/"), "render: never, ");

            assertThat(run.items()).filteredOn(f -> f.id().startsWith("onestop."))
                    .allSatisfy(f -> assertThat(f.status()).as(f.id() + ": " + f.reason()).isEqualTo(Verdict.UNKNOWN))
                    .allSatisfy(f -> assertThat(Messages.vi().format(f.reason())).contains("JavaScript"));
            assertThat(site.requests()).noneMatch(r -> r.startsWith("GET /api/"));
        }
    }

    static AuditRun audit(URI onestop, String crawl) throws Exception {
        String yaml = "organisation: \"UBND thử\"\nsites:\n  onestop: {url: \"" + onestop + "\"}\n"
                + "crawl: {" + crawl + "delayMillis: 0, timeoutSeconds: 5, concurrency: 2}\n";
        AuditConfig config = new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml, "spa");
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        Clock clock = Clock.fixed(AS_OF.atTime(2, 0).atZone(zone).toInstant(), zone);
        return new Auditor(Checklist.defaults(), clock, CrawlListener.NONE).run(config, AS_OF);
    }
}
