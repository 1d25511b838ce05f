package vn.minhbach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.demo.DemoServer;

/**
 * {@code minhbach demo [-o DIR]}: serve the bundled sample portal and one-stop site on free loopback ports,
 * audit them and write the reports. Works offline.
 */
@Command(name = "demo", description = "Audit the bundled sample portal and one-stop site (offline).")
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports/demo",
            description = "report folder (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.IsoDate.class,
            description = "the audit date (default: today); the demo's content is dated relative to it")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,html,csv",
            description = "report formats (default: ${DEFAULT-VALUE})")
    private String format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var formats = Options.formats(spec, format);
        var out = spec.commandLine().getOut();
        LocalDate date = asOf != null ? asOf : LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        try (DemoServer demo = DemoServer.start(date)) {
            out.println("demo portal:   " + demo.portalUrl());
            out.println("demo one-stop: " + demo.onestopUrl());
            out.flush();
            var config = Configs.loader().parse(demo.configYaml(), "demo config");
            // The demo sites live only as long as this command: there is no history to keep.
            return AuditRunner.run(config, date, output, formats, false, out, spec.commandLine().getErr());
        }
    }
}
