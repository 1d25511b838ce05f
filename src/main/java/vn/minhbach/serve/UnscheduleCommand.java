package vn.minhbach.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.ConfigLoader;

/**
 * {@code minhbach unschedule -c FILE [-c FILE ...]}: takes portals out of a cluster's schedule. Their history
 * stays in the store.
 */
@Command(name = "unschedule", description = "Remove portals from the schedule a cluster keeps in PostgreSQL, so no"
        + " node audits them any more (their history stays).")
public final class UnscheduleCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "the YAML config of a portal to remove; repeat for several")
    private List<Path> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConfigLoader loader = new ConfigLoader(Checklist.defaults().parameterNames());
        List<ServedConfig> served = new ArrayList<>();
        for (Path file : files) {
            served.add(ServedConfig.load(file, loader));
        }
        List<ServedConfig> removed = AuditScheduler.unschedule(served);
        PrintWriter out = spec.commandLine().getOut();
        for (ServedConfig config : served) {
            out.println((removed.contains(config) ? "unscheduled " : "was not scheduled: ") + config.label() + " from "
                    + config.source());
        }
        out.println("stop serving these files on every node, or the next node to start schedules them again");
        return 0;
    }
}
