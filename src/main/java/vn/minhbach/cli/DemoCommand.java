package vn.minhbach.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.minhbach.demo.DemoServer;
import vn.minhbach.demo.Skin;

/**
 * {@code minhbach demo [-o DIR] [--skin NAME] [--lang vi|en]}: serve the bundled sample portal and one-stop site on free
 * loopback ports, in the plain markup or a platform's ({@link Skin}), audit them and write the reports. Works
 * offline.
 */
@Command(name = "demo", description = "Audit the bundled sample portal and one-stop site (offline).")
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports/demo",
            description = "report folder (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Options.IsoDate.class,
            description = "the audit date (default: today); the demo's content is dated relative to it")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,html,csv,xlsx",
            description = "report formats (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--skin", paramLabel = "NAME", defaultValue = "default", completionCandidates = SkinNames.class,
            description = "the same content in the markup of a platform: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE})")
    private String skinName;

    @Mixin
    private LangOption lang;

    @Spec
    private CommandSpec spec;

    /** The skin names, for the help text. */
    static final class SkinNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Skin.ids().iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        var formats = Options.formats(spec, format);
        Optional<Skin> skin = Skin.named(skinName);
        if (skin.isEmpty()) {
            spec.commandLine().getErr().println("--skin: unknown skin '" + skinName + "', expected one of "
                    + String.join(", ", Skin.ids()));
            return ExitCodes.USAGE;
        }
        var out = spec.commandLine().getOut();
        LocalDate date = asOf != null ? asOf : LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        try (DemoServer demo = DemoServer.start(date, skin.get())) {
            out.println("demo portal:   " + demo.portalUrl());
            out.println("demo one-stop: " + demo.onestopUrl());
            if (skin.get() != Skin.DEFAULT) {
                out.println("skin:          " + skin.get().id() + " (" + skin.get().description() + ")");
            }
            out.flush();
            var config = lang.apply(Configs.loader().parse(demo.configYaml(), "demo config"));
            // The demo sites live only as long as this command: there is no history to keep.
            return AuditRunner.run(config, date, output, formats, false, out, spec.commandLine().getErr());
        }
    }
}
