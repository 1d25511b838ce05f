package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private static final URI PORTAL = URI.create(ReportFixture.PORTAL);
    private static final URI ONESTOP = URI.create(ReportFixture.ONESTOP);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    private ConsoleProgress progress(boolean enabled) {
        return new ConsoleProgress(out, enabled, Map.of(PORTAL, "portal"), nanos::get);
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawsOneLineInPlace() {
        try (ConsoleProgress progress = progress(true)) {
            progress.progress(PORTAL, 132, 57, URI.create(ReportFixture.PORTAL + "van-ban"));
            assertThat(printed()).isEqualTo("\rportal: 132 trang, 57 chờ, https://lyson.quangngai.gov.vn/van-ban");
        }
    }

    @Test
    void throttlesToAboutTenUpdatesASecond() {
        try (ConsoleProgress progress = progress(true)) {
            progress.progress(PORTAL, 1, 5, PORTAL);
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(40));
            progress.progress(PORTAL, 2, 6, PORTAL);
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(59));
            progress.progress(PORTAL, 3, 7, PORTAL);
            assertThat(printed()).contains("1 trang").doesNotContain("2 trang", "3 trang");
            nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
            progress.progress(PORTAL, 4, 8, PORTAL);
            assertThat(printed()).contains("4 trang, 8 chờ");
        }
    }

    @Test
    void blanksWhatALongerPreviousLineLeft() {
        try (ConsoleProgress progress = progress(true)) {
            progress.progress(PORTAL, 10, 20, URI.create(ReportFixture.PORTAL + "a/very/long/path/to/a/page"));
            int first = printed().length() - 1;
            nanos.addAndGet(ConsoleProgress.MIN_INTERVAL_NANOS);
            progress.progress(PORTAL, 11, 19, PORTAL);
            String second = printed().substring(first + 1);
            assertThat(second).startsWith("\rportal: 11 trang, 19 chờ, https://lyson.quangngai.gov.vn/ ");
            assertThat(second.length() - 1).isEqualTo(first);
        }
    }

    @Test
    void namesAnUnlabelledSeedByItsHostAndCutsLongLines() {
        try (ConsoleProgress progress = progress(true)) {
            progress.progress(ONESTOP, 3, 0, URI.create(ReportFixture.ONESTOP + "x".repeat(200)));
            String line = printed().substring(1);
            assertThat(line).startsWith("motcualyson.quangngai.gov.vn: 3 trang, 0 chờ, ").endsWith("…");
            assertThat(TerminalText.width(line)).isEqualTo(ConsoleProgress.WIDTH);
        }
    }

    @Test
    void closeClearsTheLine() {
        ConsoleProgress progress = progress(true);
        progress.progress(PORTAL, 1, 2, PORTAL);
        int width = TerminalText.width(printed().substring(1));
        progress.close();
        assertThat(printed()).endsWith("\r" + " ".repeat(width) + "\r");
        int length = printed().length();
        progress.close();
        assertThat(printed()).hasSize(length);
    }

    @Test
    void isSilentWhenNotInteractive() {
        try (ConsoleProgress progress = progress(false)) {
            progress.progress(PORTAL, 1, 2, PORTAL);
        }
        assertThat(printed()).isEmpty();
    }

    @Test
    void testRunsHaveNoTerminalSoForTerminalStaysSilent() {
        try (ConsoleProgress progress = ConsoleProgress.forTerminal(out)) {
            progress.progress(PORTAL, 1, 2, PORTAL);
        }
        assertThat(printed()).isEmpty();
    }
}
