package vn.minhbach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.mail.Notifier;

/**
 * {@code minhbach email -c FILE --test}: sends a test message with the config's e-mail settings and prints
 * what the server answered. Exit 0 when it took the message, 3 when it is down or refused it, 2 when the
 * config has no {@code email} section.
 */
@Command(name = "email", description = "Send a test message with the config's e-mail settings.")
final class EmailCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "the YAML config")
    private Path config;

    @Option(names = "--test", required = true, description = "send a test message to the configured recipients")
    private boolean test;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AuditConfig loaded = Configs.load(config);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!loaded.email().configured()) {
            err.println("error: " + config + " has no email section: nothing to send");
            err.flush();
            return ExitCodes.USAGE;
        }
        Notifier.Result result = Notifier.once().test(loaded);
        if (result.status() == Notifier.Status.SENT) {
            out.println("test message sent to " + String.join(", ", loaded.email().to()));
            out.println("server answered: " + result.detail());
            out.flush();
            return 0;
        }
        err.println("error: test message not sent: " + result.detail());
        err.flush();
        return ExitCodes.CANNOT_RUN;
    }
}
