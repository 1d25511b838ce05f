package vn.minhbach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.minhbach.config.AuditConfig;

/** {@code minhbach validate -c FILE}: exit 0 for a usable config, else every problem with its key path and exit 2. */
@Command(name = "validate", description = "Check a config file and report every problem with its key path.")
final class ValidateCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "the YAML config")
    private Path config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AuditConfig loaded = Configs.load(config);
        spec.commandLine().getOut().printf("%s: OK (%s; %d site(s), %d item override(s))%n", config,
                loaded.organisation(), loaded.sites().size(), loaded.checklist().items().size());
        return 0;
    }
}
