package vn.minhbach.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.report.ReportFormat;

/**
 * {@code minhbach serve -c FILE [-c FILE ...]}: the long-running service ({@link Service}). Audits each config
 * on its schedule, e-mails the summaries and weekly digests, and shows the dashboard until stopped; SIGTERM (or
 * Ctrl-C) stops the dashboard, lets running audits finish within the grace period, abandons them after it, and
 * exits.
 */
@Command(name = "serve", description = "Audit each config on its schedule (schedule.cron), e-mail the results and show the"
        + " dashboard, until stopped.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "a YAML config; repeat for several portals")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--reports", paramLabel = "DIR", defaultValue = "reports",
            description = "root of the reports: DIR/<organisation>-<key>/<yyyyMMdd-HHmmss>/ (default: ${DEFAULT-VALUE})")
    private Path reports;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,html",
            description = "report formats, comma separated: json, html, csv, xlsx (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "audits this process runs at once (default: ${DEFAULT-VALUE})")
    private int workers;

    @Option(names = "--shutdown-grace", paramLabel = "SECONDS", defaultValue = "60",
            description = "on SIGTERM, how long running audits may take to finish before they are abandoned"
                    + " (default: ${DEFAULT-VALUE})")
    private long graceSeconds;

    @Option(names = "--no-dashboard", description = "do not start the web dashboard")
    private boolean noDashboard;

    @Spec
    private CommandSpec spec;

    private final ConfigLoader loader;

    /** picocli's constructor: configs are checked against the default checklist. */
    public ServeCommand() {
        this(new ConfigLoader(vn.minhbach.check.Checklist.defaults().parameterNames()));
    }

    ServeCommand(ConfigLoader loader) {
        this.loader = loader;
    }

    @Override
    public Integer call() throws Exception {
        if (workers < 1 || workers > 64) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--workers: expected 1 to 64, got " + workers);
        }
        if (graceSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shutdown-grace: expected 0 or more seconds");
        }
        ServeSettings settings;
        try {
            settings = new ServeSettings(reports, ReportFormat.parse(format), workers, Duration.ofSeconds(graceSeconds));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        List<ServedConfig> served = new ArrayList<>();
        for (Path file : files) {
            served.add(ServedConfig.load(file, loader));
        }
        Service service = Service.start(served, settings, loader, noDashboard ? null : Service.dashboardConfig(served),
                System::getenv);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping: waiting up to {} for running audits", AuditRuns.human(settings.shutdownGrace()));
            boolean clean = service.stop(settings.shutdownGrace());
            LOG.info("stopped{}", clean ? "" : " (running audits abandoned)");
            stopped.countDown();
        }, "minhbach-stop"));
        stopped.await();
        return 0;
    }
}
