package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own parser and linter ({@code promtool check metrics}, Debian's {@code prometheus} package) as
 * the judge of an exposition: what it cannot parse, or lints, fails the test.
 */
final class Promtool {
    private Promtool() {
    }

    static void assertValid(String exposition) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(exposition.getBytes(StandardCharsets.UTF_8));
        }
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("promtool ends").isTrue();
        assertThat(process.exitValue()).as("promtool check metrics: %s%n%s", said, exposition).isZero();
    }
}
