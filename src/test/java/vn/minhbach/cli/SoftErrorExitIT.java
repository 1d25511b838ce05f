package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.testing.Firewall;

/** A portal whose every URL answers 200 with a firewall's rejection did not answer: exit 3, nothing MISSING. */
class SoftErrorExitIT {
    @TempDir
    Path dir;

    @Test
    void aPortalBehindAFirewallRejectingEveryUrlExitsThree() throws Exception {
        try (Firewall firewall = Firewall.everywhere(Firewall.F5)) {
            Path config = Files.writeString(dir.resolve("waf.yaml"), "organisation: X\nsites:\n  portal: {url: \""
                    + firewall.url("/") + "\"}\ncrawl: {delayMillis: 0, timeoutSeconds: 5}\n");
            CliRun run = CliRun.of("audit", "--no-history", "-c", config.toString(), "-o", dir.resolve("r").toString(),
                    "--format", "json,html");

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CANNOT_RUN);
            assertThat(run.err()).contains("no configured site answered with its content");
            JsonNode report = new ObjectMapper().readTree(dir.resolve("r/report.json").toFile());
            assertThat(report.get("items")).allSatisfy(item -> assertThat(item.get("status").asText())
                    .isIn("UNKNOWN", "NOT_APPLICABLE"));
            assertThat(report.at("/summary/MISSING").asInt()).isZero();
            assertThat(report.at("/sites/0/pagesWalled").asInt()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("r/report.html"))).contains("Trang bị chặn");
        }
    }
}
