package vn.minhbach.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.minhbach.serve.ServeCommand;
import vn.minhbach.serve.UnscheduleCommand;

/** Entry point of the minhbach command line. */
@Command(name = "minhbach", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Audits what a Vietnamese government portal and its one-stop-shop site publish.",
        subcommands = {AuditCommand.class, DemoCommand.class, ValidateCommand.class, HistoryCommand.class,
                ReportCommand.class, ServeCommand.class, UnscheduleCommand.class, EmailCommand.class,
                ExplainCommand.class, DoctorCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and tests. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The configured command line with commands made by {@code factory}, for tests that inject into them. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new Main(), factory)
                .setExecutionExceptionHandler(new ErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required (audit, demo, validate, history, report, serve, unschedule, email, explain, doctor)");
    }
}
