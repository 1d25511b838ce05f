package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.i18n.Messages;
import vn.minhbach.report.Labels;
import vn.minhbach.report.SchemaCheck;
import vn.minhbach.testing.FixtureSite;

/** Audits saved to the store, compared with the previous one, and listed, shown and diffed by {@code history}. */
class HistoryIT {
    @TempDir
    Path dir;

    @Test
    void secondAuditReportsChangesAndHistoryListsShowsAndDiffs() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like")) {
            Path config = Files.writeString(dir.resolve("c.yaml"), "organisation: X\nsites:\n  portal: {url: \""
                    + site.baseUri() + "\"}\ncrawl: {delayMillis: 0, timeoutSeconds: 5}\nstore: {url: \"jdbc:h2:file:"
                    + dir.resolve("db/minhbach").toAbsolutePath() + "\", evidenceDir: \""
                    + dir.resolve("evidence").toAbsolutePath() + "\"}\n");
            CliRun first = CliRun.of("audit", "-c", config.toString(), "--as-of", site.asOf().minusDays(1).toString(),
                    "-o", dir.resolve("r1").toString());
            assertThat(first.out()).contains("saved as audit 1");
            assertThat(Files.readString(dir.resolve("r1/report.json"))).doesNotContain("\"changes\"");

            CliRun second = CliRun.of("audit", "-c", config.toString(), "--as-of", site.asOf().toString(),
                    "-o", dir.resolve("r2").toString());
            assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(second.out()).contains("saved as audit 2").contains("Thay đổi so với lần kiểm tra")
                    .containsPattern("history: pages downloaded \\d+, unchanged \\(304\\) 0; evidence: [1-9]\\d* pages");
            String json = Files.readString(dir.resolve("r2/report.json"));
            assertThat(SchemaCheck.errors(json)).isEmpty();
            JsonNode changes = new ObjectMapper().readTree(json).get("changes");
            assertThat(changes.get("previousAuditId").asText()).isEqualTo("1");
            assertThat(changes.get("previousAsOf").asText()).isEqualTo(site.asOf().minusDays(1).toString());
            assertThat(Jsoup.parse(dir.resolve("r1/report.html").toFile()).select("table.trend")).isEmpty();
            List<String> trend = Jsoup.parse(dir.resolve("r2/report.html").toFile()).select("table.trend tr").eachText();
            assertThat(trend).as("the score of both audits, the first first").hasSize(2);
            assertThat(trend.get(1)).startsWith(Labels.day(Messages.vi(), site.asOf()));

            CliRun list = CliRun.of("history", "-c", config.toString());
            assertThat(list.exitCode()).isZero();
            assertThat(list.out().lines().skip(1)).hasSize(2);
            assertThat(list.out().lines().skip(1).findFirst().orElseThrow()).startsWith("2 ").contains(site.asOf().toString());

            CliRun show = CliRun.of("history", "-c", config.toString(), "--show", "1");
            assertThat(show.out()).contains("planning.annual-plan").contains("Điểm");

            CliRun diff = CliRun.of("history", "-c", config.toString(), "--diff", "1", "2");
            assertThat(diff.exitCode()).isZero();
            assertThat(diff.out()).startsWith("from audit 1");

            CliRun evidence = CliRun.of("history", "-c", config.toString(), "--evidence", "2");
            assertThat(evidence.exitCode()).as(evidence.err()).isZero();
            String line = evidence.out().lines().findFirst().orElseThrow();
            assertThat(line).contains(".warc.gz@");
            String cited = line.substring(line.lastIndexOf(' ') + 1);
            CliRun page = CliRun.of("history", "-c", config.toString(), "--page", "2", cited);
            assertThat(page.exitCode()).as(page.err()).isZero();
            assertThat(page.out()).containsIgnoringCase("<html");
            assertThat(page.err()).contains(cited + " in audit 2: HTTP 200").contains("sha256 ");
            CliRun notKept = CliRun.of("history", "-c", config.toString(), "--page", "2", site.baseUri() + "nowhere");
            assertThat(notKept.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(notKept.err()).contains("audit 2 kept no evidence of");

            CliRun unknown = CliRun.of("history", "-c", config.toString(), "--show", "99");
            assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(unknown.err()).contains("no stored audit with id '99'");
        }
    }
}
