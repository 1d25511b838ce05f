package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.testing.FixtureSite;

/** The exit codes of {@code audit} on real sites: 0 all pass, 1 some not PASS, 3 nothing answered. */
class CliExitCodesIT {
    @TempDir
    Path dir;

    @Test
    void allEnabledItemsPassingExitsZeroAndSomeFailingExitsOne() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like")) {
            StringBuilder items = new StringBuilder();
            site.expected().forEach((id, verdict) -> {
                if (!verdict.equals("PASS")) {
                    items.append("    ").append(id).append(": {enabled: false}\n");
                }
            });
            String sites = "organisation: X\nsites:\n  portal: {url: \"" + site.baseUri() + "\"}\n"
                    + "crawl: {delayMillis: 0, timeoutSeconds: 5}\n";
            Path passing = write("passing.yaml", sites + "checklist:\n  items:\n" + items);
            Path all = write("all.yaml", sites);

            CliRun pass = CliRun.of("audit", "--no-history", "-c", passing.toString(), "--as-of", site.asOf().toString(),
                    "-o", dir.resolve("pass").toString());
            assertThat(pass.exitCode()).as(pass.out() + pass.err()).isEqualTo(ExitCodes.ALL_PASS);

            CliRun some = CliRun.of("audit", "--no-history", "-c", all.toString(), "--as-of", site.asOf().toString(),
                    "-o", dir.resolve("all").toString(), "--format", "json,csv");
            assertThat(some.exitCode()).as(some.out() + some.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(dir.resolve("all/report.csv")).isNotEmptyFile();
            assertThat(dir.resolve("all/report.html")).doesNotExist();
        }
    }

    @Test
    void noSiteAnsweringExitsThreeWithEveryItemUnknown() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = write("down.yaml", "organisation: X\nsites:\n  portal: {url: \"http://127.0.0.1:" + port
                + "/\"}\ncrawl: {delayMillis: 0, timeoutSeconds: 2}\n");
        CliRun run = CliRun.of("audit", "--no-history", "-c", config.toString(), "-o", dir.resolve("down").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(run.err()).contains("no configured site answered");
        JsonNode report = new ObjectMapper().readTree(dir.resolve("down/report.json").toFile());
        assertThat(report.get("items")).allSatisfy(item -> assertThat(item.get("status").asText())
                .isIn("UNKNOWN", "NOT_APPLICABLE"));
        assertThat(report.get("items")).anySatisfy(item -> assertThat(item.get("status").asText()).isEqualTo("UNKNOWN"));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
