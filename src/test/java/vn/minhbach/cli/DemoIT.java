package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.demo.DemoExpectations;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.SchemaCheck;

/**
 * {@code minhbach demo} end to end: the bundled sites are served, crawled and audited, the reports written,
 * every verdict matches the demo's ground truth and every verdict kind appears. Two audit dates in different
 * parts of the year, since the demo's content is dated relative to the audit date.
 */
class DemoIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-28", "2027-03-10"})
    void demoAuditMatchesItsGroundTruth(String asOf) throws Exception {
        CliRun run = CliRun.of("demo", "--as-of", asOf, "-o", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
        assertThat(run.out()).contains("report: ").contains("report.html");
        for (String file : new String[] {"report.json", "report.html", "report.csv", "report.xlsx"}) {
            assertThat(dir.resolve(file)).isNotEmptyFile();
        }
        String json = Files.readString(dir.resolve("report.json"));
        assertThat(SchemaCheck.errors(json)).isEmpty();
        JsonNode report = new ObjectMapper().readTree(json);
        assertThat(report.get("asOf").asText()).isEqualTo(LocalDate.parse(asOf).toString());

        Map<String, JsonNode> items = new HashMap<>();
        report.get("items").forEach(item -> items.put(item.get("id").asText(), item));
        Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
        SoftAssertions soft = new SoftAssertions();
        DemoExpectations.load().forEach((id, expected) -> {
            JsonNode item = items.get(id);
            soft.assertThat(item).as(id).isNotNull();
            if (item != null) {
                seen.add(Verdict.valueOf(item.get("status").asText()));
                soft.assertThat(item.get("status").asText()).as("%s: %s (expected because %s)", id,
                        item.get("reason").asText(), expected.why()).isEqualTo(expected.verdict().name());
            }
        });
        soft.assertThat(seen).as("every verdict kind appears").containsExactlyInAnyOrder(Verdict.values());
        soft.assertAll();
    }
}
