package vn.minhbach.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.minhbach.cli.Main;

/**
 * The same audit run again and again in one JVM, as the {@code audit} command runs it: the first pays for loading
 * the classes and for the JIT compiler's work, the later ones show what the audit costs once its code is compiled.
 * The history store and evidence folder the config names are deleted before each audit, so each is a first audit.
 *
 * <p>{@code java -cp … vn.minhbach.bench.WarmAudits CONFIG AS_OF REPORT_DIR [AUDITS]}; run by
 * {@code scripts/bench warm}.
 */
public final class WarmAudits {

    private WarmAudits() {
    }

    public static void main(String[] args) throws IOException {
        Path config = Path.of(args[0]);
        Path store = config.resolveSibling("db");
        Path evidence = config.resolveSibling("evidence");
        int audits = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.println("| audit in the JVM | exit code | wall (s) | CPU (s) |");
        System.out.println("|---:|---:|---:|---:|");
        for (int i = 1; i <= audits; i++) {
            delete(store);
            delete(evidence);
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            // the audit's summary is not wanted here: only the table goes to stdout
            int code = Main.commandLine().setOut(new PrintWriter(OutputStream.nullOutputStream())).execute("audit", "-c", config.toString(), "--as-of", args[1],
                    "--format", "json", "-o", args[2] + "-" + i);
            System.out.printf("| %d | %d | %.1f | %.1f |%n", i, code, (System.nanoTime() - wall) / 1e9,
                    (os.getProcessCpuTime() - cpu) / 1e9);
        }
        System.exit(0);
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
