package vn.minhbach.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.cli.ExitCodes;
import vn.minhbach.testing.SpaSite;

/**
 * An audit on a machine without a browser: neither Chromium nor chromedriver on the PATH (an empty folder) nor
 * named by {@code MINHBACH_CHROMIUM} / {@code MINHBACH_CHROMEDRIVER}. The audit still runs to its end, the
 * one-stop site built by JavaScript is UNKNOWN item by item with the reason that says what to install, never
 * MISSING, and no browser process is started. Needs no browser installed, so it always runs.
 */
class NoBrowserIT {

    @Test
    void theOneStopItemsAreUnknownWithTheReasonToInstallABrowser(@TempDir Path dir) throws Exception {
        Path emptyPath = Files.createDirectory(dir.resolve("bin"));
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", emptyPath.toString());
        environment.put("MINHBACH_CHROMIUM", null);
        environment.put("MINHBACH_CHROMEDRIVER", null);
        Path work = Files.createDirectory(dir.resolve("audit"));
        try (SpaSite site = SpaSite.start(3);
             AuditProcess audit = AuditProcess.start(work, site.url("/"), 0, environment)) {

            assertThat(audit.awaitExit(Duration.ofMinutes(3))).as(audit.log()).isEqualTo(ExitCodes.NOT_ALL_PASS);

            List<JsonNode> onestop = new ArrayList<>();
            new ObjectMapper().readTree(audit.report().toFile()).path("items").forEach(item -> {
                if (item.path("id").asText().startsWith("onestop.")) {
                    onestop.add(item);
                }
            });
            assertThat(onestop).as(audit.log()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.path("status").asText()).as(item.toString()).isEqualTo("UNKNOWN");
                assertThat(item.path("reason").asText()).as(item.toString()).contains(BrowserInstall.NEEDS_BROWSER);
            });
            assertThat(audit.browsersSeen()).as("browser processes started").isEmpty();
            assertThat(audit.log()).doesNotContain("rendering pages built by JavaScript in");
            assertThat(site.requests()).as("requests only a browser makes")
                    .noneMatch(r -> r.startsWith("GET /main.js") || r.startsWith("GET /api/"));
        }
    }
}
