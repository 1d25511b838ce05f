package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.testing.FixtureSite;

/** {@code minhbach explain} on the Liferay-style fixture portal. */
class ExplainIT {
    private static FixtureSite site;
    private static Path config;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        site = FixtureSite.start("liferay-like");
        config = Files.writeString(dir.resolve("portal.yaml"), "organisation: X\nsites:\n  portal: {url: \""
                + site.baseUri() + "\"}\ncrawl: {delayMillis: 0, timeoutSeconds: 5}\n");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static CliRun explain(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "explain";
        args[1] = "-c";
        args[2] = config.toString();
        args[3] = "--as-of=" + site.asOf();
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    @Test
    void dump() {
        for (String id : new String[] {"legal.documents", "budget.estimate", "tender.notices", "qa.response-time",
                "section.legal-qa"}) {
            CliRun run = explain(id);
            System.out.println("=== " + id + " exit " + run.exitCode() + "\n" + run.out() + run.err());
        }
        assertThat(true).isTrue();
    }
}
