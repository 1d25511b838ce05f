package vn.minhbach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.period.Coverage;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.ReportPeriod;
import vn.minhbach.period.StoredPeriods;
import vn.minhbach.report.PeriodFormat;
import vn.minhbach.report.ReportWriter;
import vn.minhbach.store.AuditStore;

/**
 * {@code minhbach report -c FILE --period P [-o DIR] [--as-of DATE] [--format json,html,docx,xlsx] [--lang LANG]}:
 * the period report of plan 125/KH-UBND (half-yearly and yearly to the People's Committee through the Justice
 * Office) from the stored audits of a config, written as DIR/period.json and DIR/period.html, and as a Word draft
 * (period.docx, from the config's {@code report.template}) and an Excel workbook (period.xlsx) when asked; in the
 * config's {@code report.lang} unless {@code --lang} says otherwise.
 */
@Command(name = "report", description = "Write the period report (period.json, period.html, period.docx, "
        + "period.xlsx) from stored audits.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "the YAML config")
    private Path config;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "2026, 2026-H1, 2026-Q3, 2026-11 or 2026-01-01..2026-06-30")
    private String period;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "report folder (default: reports/period-<P>)")
    private Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.IsoDate.class,
            description = "the report date: later days are not yet due (default: today in the config's time zone)")
    private LocalDate asOf;

    @Mixin
    private LangOption lang;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,html",
            description = "report formats, comma separated: json, html, docx, xlsx (default: ${DEFAULT-VALUE})")
    private String format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<PeriodFormat> formats;
        try {
            formats = PeriodFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return usage(err, "--format: " + e.getMessage());
        }
        ReportPeriod span;
        try {
            span = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return usage(err, "--period: " + e.getMessage());
        }
        AuditConfig loaded = Configs.load(config);
        LocalDate today = asOf != null ? asOf : LocalDate.now(loaded.timezone());
        PeriodReport report;
        try (AuditStore store = AuditStore.open(loaded.store())) {
            report = StoredPeriods.report(loaded, store, span, today);
        } catch (IllegalArgumentException e) {
            return usage(err, "--period: " + e.getMessage());
        }
        Path dir = output != null ? output : Path.of("reports", "period-" + span.label());
        List<Path> files = ReportWriter.writePeriod(report, dir, formats, loaded.report().template(),
                lang.or(loaded.report().lang()));
        Coverage coverage = report.coverage();
        out.printf("period %s (%s..%s): %d audits, %d of %d days audited%n", span.label(), span.start(), span.end(),
                report.audits().size(), coverage.auditedDays(), coverage.elapsedDays());
        files.forEach(file -> out.println("report: " + file.toAbsolutePath().normalize()));
        out.flush();
        if (coverage.missingDays() > 0) {
            err.printf("warning: no audit on %d of %d days of the period%s%n", coverage.missingDays(),
                    coverage.elapsedDays(), coverage.monthsWithoutAudit().isEmpty() ? ""
                            : "; months without any audit: " + String.join(", ",
                            coverage.monthsWithoutAudit().stream().map(Object::toString).toList()));
            err.flush();
        }
        return 0;
    }

    private static int usage(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
