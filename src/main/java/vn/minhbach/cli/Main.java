package vn.minhbach.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.minhbach.serve.ServeCommand;
import vn.minhbach.serve.UnscheduleCommand;

/** Entry point of the minhbach command line. */
@Command(name = "minhbach", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Audits what a Vietnamese government portal and its one-stop-shop site publish.")
public final class Main implements Runnable {
    /** The subcommands, in the order the usage help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AuditCommand.class, DemoCommand.class,
            ValidateCommand.class, HistoryCommand.class, ReportCommand.class, ServeCommand.class,
            UnscheduleCommand.class, EmailCommand.class, ExplainCommand.class, DoctorCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(CommandLine.defaultFactory(), args.length == 0 ? null : args[0]).execute(args));
    }

    /** The configured command line, shared by main and tests. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The configured command line with commands made by {@code factory}, for tests that inject into them. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return commandLine(factory, null);
    }

    /**
     * The configured command line with only the subcommand named {@code first} when it names one, and with every
     * subcommand otherwise (usage help, an unknown command, the version). picocli builds the model of each
     * subcommand it is given by reflection, which costs more at start-up than the audit needs.
     */
    static CommandLine commandLine(CommandLine.IFactory factory, String first) {
        CommandLine commandLine = new CommandLine(new Main(), factory);
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .toList();
        for (Class<?> subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            commandLine.addSubcommand(subcommand);
        }
        // Set after the subcommands are added: picocli passes these settings only to the subcommands it already has.
        return commandLine.setExecutionExceptionHandler(new ErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a command is required (audit, demo, validate, history, report, serve, unschedule, email, explain, doctor)");
    }
}
