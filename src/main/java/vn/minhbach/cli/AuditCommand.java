package vn.minhbach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.minhbach.mail.Notifier;

/**
 * {@code minhbach audit -c FILE [--as-of DATE] [-o DIR] [--format json,html,csv,xlsx] [--lang vi|en] [--email]}: one
 * audit now.
 */
@Command(name = "audit", description = "Crawl the configured sites, check every item and write the reports.")
final class AuditCommand implements Callable<Integer> {
    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE", description = "the YAML config")
    private Path config;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.IsoDate.class,
            description = "the audit date all freshness rules use (default: today in the config's time zone)")
    private LocalDate asOf;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "report folder (default: reports/<timestamp>)")
    private Path output;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,html",
            description = "report formats, comma separated: json, html, csv, xlsx (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--no-history", description = "do not compare with or save to the audit history (store)")
    private boolean noHistory;

    @Mixin
    private LangOption lang;

    @Option(names = "--email", description = "then e-mail the summary as the config's email section says")
    private boolean email;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var formats = Options.formats(spec, format);
        var loaded = lang.apply(Configs.load(config));
        if (email && !loaded.email().configured()) {
            throw new ParameterException(spec.commandLine(), "--email: " + config + " has no email section");
        }
        return AuditRunner.run(loaded, asOf, output, formats, !noHistory, email ? Notifier.once() : null,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
