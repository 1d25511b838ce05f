package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String json = JsonReport.toJson(ReportFixture.run());

    @Test
    void matchesGoldenFile() throws Exception {
        Golden.assertMatches("report.json", json);
    }

    @Test
    void validatesAgainstTheSchema() {
        assertThat(SchemaCheck.errors(json)).isEmpty();
    }

    @Test
    void emptyAuditValidatesToo() {
        AuditRun fixture = ReportFixture.run();
        AuditRun empty = new AuditRun(fixture.organisation(), fixture.asOf(), fixture.startedAt(),
                fixture.finishedAt(), List.of(), List.of(), List.of(), List.of());
        String emptyJson = JsonReport.toJson(empty);
        assertThat(SchemaCheck.errors(emptyJson)).isEmpty();
        assertThat(emptyJson).contains("\"items\": []", "\"score\": 0.0");
    }

    static Stream<Arguments> brokenReports() {
        return Stream.of(
                Arguments.of("unknown verdict", edit(r -> item(r).put("status", "BROKEN"))),
                Arguments.of("summary removed", edit(r -> r.remove("summary"))),
                Arguments.of("asOf not a date", edit(r -> r.put("asOf", "28/11/2026"))),
                Arguments.of("startedAt without offset", edit(r -> r.put("startedAt", "2026-11-28 02:00"))),
                Arguments.of("latest not a date", edit(r -> item(r).put("latest", "2026-13-45"))),
                Arguments.of("figure not a number", edit(r -> ((ObjectNode) item(r).get("figures"))
                        .put("percentOnline", "72%"))),
                Arguments.of("item id not an id", edit(r -> item(r).put("id", "Planning Annual"))),
                Arguments.of("schemaVersion 2", edit(r -> r.put("schemaVersion", 2))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReports")
    void schemaCheckCatchesABrokenReport(String what, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode root = (ObjectNode) MAPPER.readTree(json);
        breakIt.accept(root);
        assertThat(SchemaCheck.errors(MAPPER.writeValueAsString(root))).as(what).isNotEmpty();
    }

    @Test
    void keysComeInTheDocumentedOrder() throws Exception {
        JsonNode root = MAPPER.readTree(json);
        assertThat(names(root)).containsExactly("schemaVersion", "tool", "organisation", "asOf", "startedAt",
                "finishedAt", "sites", "items", "brokenLinks", "summary", "siteFacts");
        assertThat(names(root.get("items").get(0))).containsExactly("id", "criterion", "site", "title", "status",
                "reason", "expected", "latest", "rule", "figures", "evidence");
        assertThat(names(root.get("summary"))).containsExactly("total", "PASS", "STALE", "MISSING", "FAIL",
                "UNKNOWN", "NOT_APPLICABLE", "score");
        assertThat(names(root.get("siteFacts").get(0))).containsExactly("role", "url", "https", "search",
                "sitemapXml", "mobileViewport", "footerAgency", "footerResponsible", "footerAddress", "footerPhone",
                "footerEmail", "medianResponseMillis");
    }

    @Test
    void carriesTheRunAsGiven() throws Exception {
        JsonNode root = MAPPER.readTree(json);
        assertThat(root.get("tool").get("version").asText()).isEqualTo("1.0.0");
        assertThat(root.get("startedAt").asText()).isEqualTo("2026-11-28T02:00:00+07:00");
        assertThat(root.get("finishedAt").asText()).isEqualTo("2026-11-27T19:03:10Z");
        List<String> ids = new ArrayList<>();
        root.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(
                ReportFixture.items().stream().map(Finding::id).toList());
        JsonNode summary = root.get("summary");
        assertThat(summary.get("total").asInt()).isEqualTo(10);
        assertThat(summary.get("PASS").asInt()).isEqualTo(3);
        assertThat(summary.get("score").asDouble()).isEqualTo(33.3);
        assertThat(root.get("items").get(3).get("latest").isNull()).isTrue();
        assertThat(root.get("brokenLinks").get(1).get("status").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "12.0, 12",
            "100.0, 100",
            "0.0, 0",
            "-3.0, -3",
            "4.5, 4.5",
            "72.3076923076923, 72.3076923076923",
            "1.0E20, 1.0E20"
    })
    void wholeFiguresAreWrittenAsIntegers(double value, String written) {
        ObjectNode figures = MAPPER.createObjectNode();
        JsonReport.putFigure(figures, "x", value);
        assertThat(figures.get("x").toString()).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void figuresWithoutJsonFormAreLeftOut(double value) {
        ObjectNode figures = MAPPER.createObjectNode();
        JsonReport.putFigure(figures, "x", value);
        assertThat(figures.has("x")).isFalse();
    }

    @Test
    void isPrettyPrintedWithUnixLineEnds() {
        assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n").endsWith("}\n").doesNotContain("\r");
        assertThat(json).contains("\"figures\": {}", "\"evidence\": []");
    }

    /** Gives a lambda its type inside {@code Arguments.of}. */
    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> change) {
        return change;
    }

    private static ObjectNode item(ObjectNode root) {
        return (ObjectNode) root.get("items").get(7);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
