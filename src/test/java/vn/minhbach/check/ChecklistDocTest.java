package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/checklist.md is written from the catalogue itself, so that the items, rule versions, legal bases and
 * parameter defaults users read are the ones the code applies. Rewrite it with
 * {@code mvn -B test -Dtest=ChecklistDocTest -Dminhbach.writeDocs=true}.
 */
class ChecklistDocTest {
    private static final Path DOC = Path.of("docs", "checklist.md");

    @Test
    void docsListTheCatalogueAsTheCodeAppliesIt() throws IOException {
        String expected = render(Checklist.defaults());
        if (Boolean.getBoolean("minhbach.writeDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/checklist.md is out of date; rewrite it with -Dminhbach.writeDocs=true")
                .isEqualTo(expected);
    }

    static String render(Checklist checklist) {
        StringBuilder md = new StringBuilder("""
                # The checklist

                The default "PCI Transparency" profile of plan 125/KH-UBND: 20 items, in the order reports list
                them. Each item names the PCI criterion it serves, the site it is looked for on, what it looks for
                (document titles and section names, compared after diacritic and case folding), its rule, and the
                rule's versions: the legal basis in force between two dates and the defaults of the numbers a
                config may override under `checklist.items.<id>.<parameter>`. An audit applies the version in
                force on its audit date and names it in the report.

                This page is generated from the code (`ChecklistDocTest`), so it is what the audit applies.

                | id | criterion | site | title | parameters |
                |---|---|---|---|---|
                """);
        for (Item item : checklist.items()) {
            ItemInfo info = item.info();
            md.append("| [`").append(info.id()).append("`](#").append(info.id().replace(".", "")).append(") | ")
                    .append(info.criterion()).append(" | ").append(info.role().key()).append(" | ")
                    .append(info.title()).append(" | ")
                    .append(item.parameterNames().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        for (Item item : checklist.items()) {
            ItemInfo info = item.info();
            md.append("\n## ").append(info.id()).append("\n\n")
                    .append("**").append(info.title()).append("** — criterion ").append(info.criterion())
                    .append(", ").append(info.role().key()).append(" site.\n\n")
                    .append("- Looks for: ").append(item.topic()).append('\n')
                    .append("- Rule: ").append(rule(item)).append("\n\n")
                    .append("| in force | legal basis | defaults |\n|---|---|---|\n");
            for (RuleVersion v : item.versions()) {
                md.append("| ").append(v.version()).append(" | ").append(String.join("; ", v.basis())).append(" | ")
                        .append(defaults(v.defaults())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** The item's rule in words: its {@code toString()} without the id, the topic and the versions. */
    private static String rule(Item item) {
        return item.toString().replace(item.id() + ": ", "").replace(item.topic().toString(), "")
                .replace(item.versions().toString(), "").replace(" []", "").replaceAll("^[;,\\s]+|[;,\\s]+$", "");
    }

    private static String defaults(Map<String, Double> defaults) {
        return defaults.entrySet().stream().map(e -> "`" + e.getKey() + "` = " + number(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
