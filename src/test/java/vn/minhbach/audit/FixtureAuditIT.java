package vn.minhbach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.report.JsonReport;
import vn.minhbach.report.SchemaCheck;
import vn.minhbach.testing.FixtureSite;

/**
 * End to end on the fixture sites, each built in another CMS style: crawl over HTTP, check, and compare every
 * verdict with the site's ground truth (expected.yaml) for its fixed audit date.
 */
class FixtureAuditIT {

    @ParameterizedTest
    @ValueSource(strings = {"liferay-like", "sharepoint-like", "onestop-like"})
    void everyVerdictMatchesTheGroundTruth(String name) throws Exception {
        try (FixtureSite site = FixtureSite.start(name)) {
            AuditRun run = audit(site);
            Map<String, Finding> byId = run.items().stream().collect(Collectors.toMap(Finding::id, f -> f));
            SoftAssertions soft = new SoftAssertions();
            site.expected().forEach((id, verdict) -> {
                Finding f = byId.get(id);
                soft.assertThat(f).as(id).isNotNull();
                if (f != null) {
                    soft.assertThat(f.status().name()).as("%s on %s: %s", id, name, f.reason()).isEqualTo(verdict);
                }
            });
            soft.assertThat(SchemaCheck.errors(JsonReport.toJson(run))).as("report.json against the schema").isEmpty();
            soft.assertAll();
            assertThat(run.items()).extracting(Finding::id).containsExactlyElementsOf(Checklist.defaults().ids());
        }
    }

    static AuditRun audit(FixtureSite site) throws Exception {
        StringBuilder yaml = new StringBuilder("organisation: \"UBND fixture " + site.name() + "\"\nsites:\n");
        site.roles().forEach(role -> yaml.append("  ").append(role).append(": {url: \"").append(site.baseUri())
                .append("\"}\n"));
        yaml.append("crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 4}\n");
        if (!site.disabledItems().isEmpty()) {
            yaml.append("checklist:\n  items:\n");
            site.disabledItems().forEach(id -> yaml.append("    ").append(id).append(": {enabled: false}\n"));
        }
        AuditConfig config = new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml.toString(), site.name());
        Clock clock = Clock.fixed(site.asOf().atTime(2, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        return new Auditor(Checklist.defaults(), clock, CrawlListener.NONE).run(config, site.asOf());
    }
}
