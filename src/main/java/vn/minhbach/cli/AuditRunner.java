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
import vn.minhbach.audit.Auditor;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.i18n.Messages;
import vn.minhbach.mail.Notifier;
import vn.minhbach.model.AuditRun;
import vn.minhbach.report.ConsoleProgress;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.report.TerminalSummary;
import vn.minhbach.store.AuditStore;

/**
 * Runs one audit for {@code audit} and {@code demo}: crawl and check, write the reports, print the summary, and
 * e-mail it when asked; reports, summary and progress line in the config's language ({@code report.lang}).
 */
final class AuditRunner {
    private static final DateTimeFormatter DIR_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AuditRunner() {
    }

    /**
     * Returns the exit code: 0 all pass, 1 some item not PASS, 3 no configured site answered (a site whose every
     * page was a wall, such as a firewall's rejection or a maintenance notice, did not answer).
     */
    static int run(AuditConfig config, LocalDate asOf, Path outDir, Set<ReportFormat> formats, boolean keepHistory,
                   PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        return run(config, asOf, outDir, formats, keepHistory, null, out, err);
    }

    /**
     * The same, then the summary e-mailed by {@code notifier} when it is not null. Whatever becomes of the
     * e-mail, the exit code is the audit's: a failed send is a warning.
     */
    static int run(AuditConfig config, LocalDate asOf, Path outDir, Set<ReportFormat> formats, boolean keepHistory,
                   Notifier notifier, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Clock clock = Clock.system(config.timezone());
        Path dir = outDir != null ? outDir : Path.of("reports", LocalDateTime.now(clock).format(DIR_NAME));
        Map<URI, String> labels = new HashMap<>();
        config.sites().values().forEach(site -> labels.put(site.url(), site.role().key()));
        AuditJob.Outcome outcome;
        Messages messages = Messages.of(config.report().lang());
        try (ConsoleProgress progress = ConsoleProgress.forTerminal(messages, System.err, labels)) {
            outcome = new AuditJob(new Auditor(Checklist.defaults(), clock, progress::progress), clock, AuditStore::open)
                    .run(config, asOf, keepHistory, dir, formats);
        }
        AuditRun run = outcome.run();
        out.print(TerminalSummary.render(messages, run, outcome.changes(), System.console() != null));
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
        if (notifier != null) {
            email(notifier.afterAudit(config, outcome), config, out, err);
        }
        boolean anyAnswered = run.sites().stream().anyMatch(s -> s.pagesFetched() > 0);
        if (!anyAnswered) {
            boolean walled = run.sites().stream().anyMatch(s -> s.pagesWalled() > 0);
            err.println("error: no configured site answered" + (walled
                    ? " with its content (only walls: firewall, browser check, maintenance or error pages)" : "")
                    + "; every item is UNKNOWN");
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        return run.summary().allPass() ? ExitCodes.ALL_PASS : ExitCodes.NOT_ALL_PASS;
    }

    private static void email(Notifier.Result result, AuditConfig config, PrintWriter out, PrintWriter err) {
        switch (result.status()) {
            case SENT -> out.println("e-mail sent to " + String.join(", ", config.email().to()) + ": "
                    + result.detail());
            case SKIPPED -> out.println("e-mail not sent: " + result.detail());
            case FAILED -> {
                err.println("warning: e-mail not sent after " + result.attempts() + " attempt(s): " + result.detail()
                        + " (the audit and its reports are kept)");
                err.flush();
            }
        }
        out.flush();
    }
}
