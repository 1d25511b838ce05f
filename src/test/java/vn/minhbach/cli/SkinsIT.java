package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.minhbach.demo.DemoExpectations;
import vn.minhbach.demo.Skin;

/**
 * The markup variation suite: {@code minhbach demo --skin NAME} serves the same content in the markup of
 * each platform, so every skin's audit must give the default skin's verdicts, figures and evidence titles
 * (and the verdicts of the demo's ground truth). A difference names the item, the field and both values.
 */
class SkinsIT {

    private static final String AS_OF = "2026-11-28";

    /** Kept after the run, so that a difference can be read in the reports of both skins. */
    private static final Path DIR = Path.of("target", "skins");

    private static Map<String, JsonNode> reference;

    @BeforeAll
    static void auditTheDefaultSkin() throws Exception {
        reference = audit(Skin.DEFAULT);
    }

    @ParameterizedTest
    @EnumSource(value = Skin.class, names = "DEFAULT", mode = EnumSource.Mode.EXCLUDE)
    void everySkinGetsTheSameVerdictsFiguresAndEvidenceTitles(Skin skin) throws Exception {
        Map<String, JsonNode> items = audit(skin);

        List<String> differences = new ArrayList<>();
        DemoExpectations.load().forEach((id, expected) -> {
            JsonNode mine = items.get(id);
            JsonNode theirs = reference.get(id);
            if (mine == null) {
                differences.add(id + ": missing from the report");
                return;
            }
            compare(differences, id, "verdict", expected.verdict().name(), mine.path("status").asText(), mine);
            compare(differences, id, "figures", theirs.path("figures").toString(), mine.path("figures").toString(), mine);
            compare(differences, id, "evidence titles", titles(theirs).toString(), titles(mine).toString(), mine);
        });
        assertThat(differences).as("%s differs from the default skin", skin.id()).isEmpty();
    }

    private static void compare(List<String> differences, String id, String field, String expected, String actual,
                                JsonNode item) {
        if (!expected.equals(actual)) {
            differences.add(id + " " + field + ": expected " + expected + ", got " + actual
                    + " (" + item.path("status").asText() + ": " + item.path("reason").asText() + ")");
        }
    }

    /** The evidence titles, sorted: which page is shown first is not a reading. */
    private static List<String> titles(JsonNode item) {
        return StreamSupport.stream(item.path("evidence").spliterator(), false)
                .map(e -> e.path("title").asText()).sorted().toList();
    }

    private static Map<String, JsonNode> audit(Skin skin) throws Exception {
        Path out = DIR.resolve(skin.id());
        CliRun run = CliRun.of("demo", "--skin", skin.id(), "--as-of", AS_OF, "--format", "json,html", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        Map<String, JsonNode> items = new LinkedHashMap<>();
        report.get("items").forEach(item -> items.put(item.get("id").asText(), item));
        return items;
    }
}
