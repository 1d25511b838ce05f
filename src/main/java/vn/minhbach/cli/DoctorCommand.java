package vn.minhbach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigException;
import vn.minhbach.doctor.Check;
import vn.minhbach.doctor.Doctor;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;

/**
 * {@code minhbach doctor [-c FILE]}: what this machine offers (Java, Chromium and chromedriver, Tesseract and its
 * Vietnamese data) and, for a config, whether its store and SMTP server answer; one line per check with what a
 * missing part costs. Exit 0 when everything the config needs works (missing optional parts are printed only),
 * 3 when the store or the configured SMTP server does not work, 2 for a config error (after the machine's checks).
 */
@Command(name = "doctor", description = "List what this machine has for minhbach and what each missing part costs.")
final class DoctorCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "also check this config's store and SMTP server")
    private Path config;

    @Mixin
    private LangOption lang;

    @Spec
    private CommandSpec spec;

    private final Map<String, String> environment;

    DoctorCommand() {
        this(System.getenv());
    }

    /** With another environment standing for the process's: its PATH and credential variables. */
    DoctorCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        AuditConfig loaded = null;
        ConfigException broken = null;
        if (config != null) {
            try {
                loaded = Configs.load(config);
            } catch (ConfigException e) {
                broken = e;
            }
        }
        List<Check> checks = new Doctor(environment, Doctor.TIMEOUT).run(loaded);
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = Messages.of(lang.or(loaded != null ? loaded.report().lang() : Lang.VI));
        checks.forEach(check -> out.println(check.line(messages)));
        out.println(Doctor.summary(checks, messages));
        out.flush();
        if (broken != null) {
            throw broken;
        }
        return Doctor.anyFailed(checks) ? ExitCodes.CANNOT_RUN : 0;
    }
}
