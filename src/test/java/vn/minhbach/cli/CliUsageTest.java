package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit code 2: usage and config errors, one clear line each, never a stack trace. */
class CliUsageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            audit                                                   | Missing required option: '--config=FILE'
            audit -c config/example.yaml --as-of 28/11/2026         | expected a date YYYY-MM-DD, got '28/11/2026'
            audit -c config/example.yaml --format json,pdf          | --format: unknown report format 'pdf'
            frobnicate                                              | Unmatched argument
            validate -c does-not-exist.yaml                         | cannot read
            report -c config/example.yaml --period 2026-H3          | halves are H1 and H2
            report -c config/example.yaml --period 2026/11          | --period: expected 2026, 2026-H1, 2026-Q3, 2026-11 or
            report -c config/example.yaml                           | Missing required option: '--period=P'
            """)
    void usageErrorsExitTwo(String args, String message) {
        CliRun run = CliRun.of(args.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void anUnknownDemoSkinIsOneLineNamingTheSkins() {
        CliRun run = CliRun.of("demo", "--skin", "joomla", "-o", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).containsExactly("--skin: unknown skin 'joomla', expected one of default, "
                + "sharepoint, liferay, nukeviet, dnn, aspnet, wordpress, domino");
        assertThat(Main.commandLine().getSubcommands().get("demo").getUsageMessage().replaceAll("\\s+", " ")).contains("--skin=NAME")
                .contains("default, sharepoint, liferay, nukeviet, dnn, aspnet, wordpress, domino");
    }

    @Test
    void brokenConfigNamesEveryKeyAndExitsTwo() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                organisation: X
                sites: {portal: {url: "https://lyson.quangngai.gov.vn/"}}
                crawl: {maxPages: many, delayMilis: 5}
                checklist: {items: {qa.section: {selectors: {rows: "li:has("}}}}
                """);
        for (String command : new String[] {"validate", "audit"}) {
            CliRun run = CliRun.of(command, "-c", file.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().lines()).as(command).hasSize(3).allMatch(l -> l.startsWith("config error: " + file))
                    .anyMatch(l -> l.contains("crawl.maxPages: expected an integer"))
                    .anyMatch(l -> l.contains("crawl.delayMilis: unknown key"))
                    .anyMatch(l -> l.contains("checklist.items.qa.section.selectors.rows: not a valid CSS selector"));
        }
    }

    @Test
    void validExampleConfigValidates() {
        CliRun run = CliRun.of("validate", "-c", "config/example.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("OK").contains("UBND đặc khu Lý Sơn");
    }
}
