package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Verdict;

class MetricsTest {
    private static final Pattern HELP = Pattern.compile("# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+");
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|summary)");
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*} -?[0-9.eE+-]+");

    @Test
    void auditsAreCountedByOutcomeWithPagesAndDurations() {
        Metrics metrics = new Metrics();
        metrics.register("k1");
        metrics.recordAudit("k1", run(12, Verdict.PASS, Verdict.FAIL, Verdict.PASS), Duration.ofMillis(1500));
        metrics.recordAudit("k1", run(8, Verdict.PASS, Verdict.NOT_APPLICABLE), Duration.ofMillis(500));
        metrics.recordAudit("k1", run(0, Verdict.UNKNOWN), Duration.ofSeconds(3));
        metrics.recordFailure("k2", Duration.ofSeconds(1));
        String text = PrometheusText.render(metrics);

        assertExposition(text);
        assertThat(text).contains("minhbach_audits_total{config=\"k1\",outcome=\"all_pass\"} 1\n")
                .contains("minhbach_audits_total{config=\"k1\",outcome=\"not_all_pass\"} 1\n")
                .contains("minhbach_audits_total{config=\"k1\",outcome=\"cannot_run\"} 1\n")
                .contains("minhbach_audits_total{config=\"k1\",outcome=\"error\"} 0\n")
                .contains("minhbach_audits_total{config=\"k2\",outcome=\"error\"} 1\n")
                .contains("minhbach_audit_failures_total{config=\"k1\"} 1\n")
                .contains("minhbach_audit_failures_total{config=\"k2\"} 1\n")
                .contains("minhbach_pages_fetched_total{config=\"k1\"} 20\n")
                .contains("minhbach_audit_duration_seconds_sum{config=\"k1\"} 5\n")
                .contains("minhbach_audit_duration_seconds_count{config=\"k1\"} 3\n")
                .contains("minhbach_last_audit_score{config=\"k1\"} 0\n")
                .doesNotContain("minhbach_last_audit_score{config=\"k2\"}");
    }

    @Test
    void registeredConfigsShowZerosBeforeTheirFirstAudit() {
        Metrics metrics = new Metrics();
        metrics.register("abc");
        String text = PrometheusText.render(metrics);
        assertExposition(text);
        assertThat(text).contains("minhbach_audits_total{config=\"abc\",outcome=\"all_pass\"} 0\n")
                .contains("minhbach_audit_duration_seconds_count{config=\"abc\"} 0\n")
                .doesNotContain("minhbach_last_audit_score{");
    }

    @Test
    void labelValuesAreEscaped() {
        assertThat(PrometheusText.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
        Metrics metrics = new Metrics();
        metrics.register("x\"y");
        assertExposition(PrometheusText.render(metrics));
    }

    /**
     * Checks text against the 0.0.4 exposition format: every line a HELP, a TYPE or a sample; each family's
     * HELP and TYPE once, before its samples; samples named by their family (a summary's with _sum or _count).
     */
    static void assertExposition(String text) {
        assertThat(text).endsWith("\n");
        Set<String> typed = new HashSet<>();
        String family = null;
        String type = null;
        for (String line : text.split("\n")) {
            Matcher help = HELP.matcher(line);
            Matcher typeLine = TYPE.matcher(line);
            Matcher sample = SAMPLE.matcher(line);
            if (help.matches()) {
                family = help.group(1);
            } else if (typeLine.matches()) {
                assertThat(typeLine.group(1)).as(line).isEqualTo(family);
                assertThat(typed.add(family)).as("one TYPE line for " + family).isTrue();
                type = typeLine.group(2);
            } else {
                assertThat(sample.matches()).as("a sample line: " + line).isTrue();
                String name = sample.group(1);
                List<String> allowed = type.equals("summary") ? List.of(family + "_sum", family + "_count") : List.of(family);
                assertThat(allowed).as(line).contains(name);
            }
        }
        assertThat(typed).contains("minhbach_audits_total", "minhbach_audit_failures_total",
                "minhbach_pages_fetched_total", "minhbach_audit_duration_seconds");
    }

    private static AuditRun run(int pages, Verdict... verdicts) {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 28, 2, 0, 0, 0, ZoneOffset.ofHours(7));
        List<Finding> items = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            items.add(new Finding("item." + i, "1", SiteRole.PORTAL, "Mục " + i, verdicts[i], "", null, null,
                    new RuleRef(List.of(), "2020-01-01.."), Map.of(), List.of()));
        }
        return new AuditRun("UBND", LocalDate.of(2026, 11, 28), at, at.plusMinutes(3),
                List.of(new SiteSummary(SiteRole.PORTAL, URI.create("https://x.gov.vn/"), pages, 0, 0, 0, false)),
                items, List.of(), List.of());
    }
}
