package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The command line main builds: only the subcommand its first argument names, answering as the whole one. */
class MainTest {

    @Test
    void buildsOnlyTheSubcommandTheFirstArgumentNames() {
        assertThat(Main.commandLine(CommandLine.defaultFactory(), "audit").getSubcommands()).containsOnlyKeys("audit");
        assertThat(Main.commandLine(CommandLine.defaultFactory(), "serve").getSubcommands()).containsOnlyKeys("serve");
        assertThat(Main.commandLine(CommandLine.defaultFactory(), "frobnicate").getSubcommands().keySet())
                .containsExactly("audit", "demo", "validate", "history", "report", "serve", "unschedule", "email",
                        "explain", "doctor");
        assertThat(Main.commandLine(CommandLine.defaultFactory(), null).getSubcommands()).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit", "audit --help", "audit -c config/example.yaml --as-of 28/11/2026",
            "audit -c config/example.yaml --format XLSX,pdf", "audit --frobnicate", "audit serve",
            "report --help", "history --help", "serve --help", "serve -c config/example.yaml --workers 0",
            "demo --skin joomla"})
    void answersAsTheWholeCommandLine(String line) {
        String[] args = line.split(" ");
        CliRun whole = CliRun.on(Main.commandLine(), args);
        CliRun one = CliRun.on(Main.commandLine(CommandLine.defaultFactory(), args[0]), args);
        assertThat(one).isEqualTo(whole);
        assertThat(whole.out() + whole.err()).isNotEmpty();
    }
}
