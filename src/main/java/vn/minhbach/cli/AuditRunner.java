package vn.minhbach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.audit.AuditRun;
import vn.minhbach.audit.Auditor;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.report.ConsoleProgress;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.report.TerminalSummary;
import vn.minhbach.store.AuditStore;

/** Runs one audit for {@code audit} and {@code demo}: crawl and check, write the reports, print the summary. */
final class AuditRunner {
    private static final DateTimeFormatter DIR_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AuditRunner() {
    }

    /** Returns the exit code: 0 all pass, 1 some item not PASS, 3 no configured site answered. */
    static int run(AuditConfig config, LocalDate asOf, Path outDir, Set<ReportFormat> formats, boolean keepHistory,
                   PrintWriter out, PrintWriter err) throws IOException {
        Clock clock = Clock.system(config.timezone());
        Path dir = outDir != null ? outDir : Path.of("reports", LocalDateTime.now(clock).format(DIR_NAME));
        Map<URI, String> labels = new HashMap<>();
        config.sites().values().forEach(site -> labels.put(site.url(), site.role().key()));
        AuditJob.Outcome outcome;
        try (ConsoleProgress progress = ConsoleProgress.forTerminal(System.err, labels)) {
            outcome = new AuditJob(new Auditor(Checklist.defaults(), clock, progress), clock, AuditStore::open)
                    .run(config, asOf, keepHistory, dir, formats);
        }
        AuditRun run = outcome.run();
        out.print(TerminalSummary.render(run, outcome.changes(), System.console() != null));
        outcome.reports().forEach(file -> out.println("report: " + file.toAbsolutePath().normalize()));
        if (outcome.auditId() != null) {
            out.println("saved as audit " + outcome.auditId());
        }
        if (outcome.history() != null) {
            out.println("history: " + outcome.history().describe());
        }
        out.flush();
        if (outcome.warning() != null) {
            err.println("warning: " + outcome.warning());
            err.flush();
        }
        boolean anyAnswered = run.sites().stream().anyMatch(s -> s.pagesFetched() > 0);
        if (!anyAnswered) {
            err.println("error: no configured site answered; every item is UNKNOWN");
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        return run.summary().allPass() ? ExitCodes.ALL_PASS : ExitCodes.NOT_ALL_PASS;
    }
}
