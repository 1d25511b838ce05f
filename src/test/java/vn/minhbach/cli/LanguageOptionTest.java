package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --lang} takes only the languages minhbach speaks; anything else is a usage error naming them. */
class LanguageOptionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"audit -c config/example.yaml --no-history --lang fr", "demo --lang fr"})
    void anUnknownLanguageExitsTwoNamingTheKnownOnes(String args) {
        CliRun run = CliRun.of((args + " -o " + dir).split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown language \"fr\"; expected one of vi, en").doesNotContain("\tat ");
        assertThat(dir).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "demo"})
    void theHelpNamesTheOption(String command) {
        assertThat(Main.commandLine().getSubcommands().get(command).getUsageMessage()).contains("--lang=LANG");
    }
}
