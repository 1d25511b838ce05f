package vn.minhbach.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.render.BrowserInstall;

class BrowserChecksTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path bin;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Chromium 156.0.8078.114 built on Debian | ChromeDriver 156.0.8078.114 (ea19f97) | OK       | cùng phiên bản chính 156
            Chromium 156.0.8078.114 built on Debian | ChromeDriver 120.0.6099.224 (1a2b3c4) | WARNING  | Chromium 156, chromedriver 120: chromedriver không khởi động trình duyệt khác phiên bản chính
            Google Chrome 121.0.6167.85             | ChromeDriver 120.0.6099.224           | WARNING  | Chromium 121, chromedriver 120
            Chromium (custom build)                 | ChromeDriver 156.0.8078.114           | SKIPPED  | không đọc được số phiên bản để so
            """)
    void theDriverMustMatchTheBrowsersMajorVersion(String browser, String driver, Check.Status status, String found) {
        Check versions = BrowserChecks.versions(new BrowserInstall(CHROMIUM, browser, DRIVER, driver));

        assertThat(versions.status()).isEqualTo(status);
        assertThat(versions.found()).startsWith(found);
        assertThat(versions.loss()).isEqualTo(status == Check.Status.WARNING ? BrowserChecks.COST : null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            true  | false | OK      | MISSING | thiếu chromedriver
            false | true  | MISSING | OK      | thiếu Chromium
            false | false | MISSING | MISSING | thiếu Chromium
            """)
    void eachMissingPartIsNamedWithWhatItCosts(boolean hasBrowser, boolean hasDriver, Check.Status browser,
                                               Check.Status driver, String versions) {
        List<Check> checks = BrowserChecks.of(new BrowserInstall(hasBrowser ? CHROMIUM : null,
                hasBrowser ? "Chromium 156.0.8078.114" : null, hasDriver ? DRIVER : null,
                hasDriver ? "ChromeDriver 156.0.8078.114" : null));

        assertThat(checks).extracting(Check::status).containsExactly(browser, driver, Check.Status.SKIPPED);
        assertThat(checks.get(2).found()).isEqualTo(versions);
        assertThat(checks).filteredOn(c -> c.status() == Check.Status.MISSING).allSatisfy(c -> {
            assertThat(c.found()).isEqualTo("không tìm thấy trên PATH");
            assertThat(c.cost()).contains("VNPT iGate").contains("UNKNOWN").contains(BrowserInstall.NEEDS_BROWSER);
            assertThat(c.fix()).contains("sudo apt-get install");
        });
    }

    @Test
    void noBrowserOnThePathIsMissingWithItsCost() {
        List<Check> checks = BrowserChecks.of(BrowserInstall.probe(FakePrograms.pathOf(bin)));

        assertThat(checks.get(0).line()).isEqualTo("THIẾU     Chromium                 không tìm thấy trên PATH."
                + " Hậu quả: trang chỉ hiển thị bằng JavaScript (ví dụ cổng dịch vụ công VNPT iGate) sẽ là UNKNOWN"
                + " với lý do \"needs a browser to read; install chromium and chromium-driver\". Cách sửa: sudo"
                + " apt-get install chromium chromium-driver, hoặc đặt MINHBACH_CHROMIUM là đường dẫn tới trình duyệt");
        assertThat(checks.get(1).line()).startsWith("THIẾU     chromedriver             không tìm thấy trên PATH.");
    }

    @Test
    void programsOnThePathAreFoundWithTheVersionLineBehindAWrappersWarning() throws Exception {
        FakePrograms.write(bin, "chromium", """
                echo "$0: 9: [: 25275080704: unexpected operator" >&2
                echo "Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)"
                """);
        FakePrograms.write(bin, "chromedriver", "echo 'ChromeDriver 155.0.7999.1 (0a1b2c-refs/branch-heads/7999@{#1})'");

        BrowserInstall install = BrowserInstall.probe(FakePrograms.pathOf(bin));
        List<Check> checks = BrowserChecks.of(install);

        assertThat(install.chromium()).isEqualTo(bin.resolve("chromium"));
        assertThat(checks).extracting(Check::status)
                .containsExactly(Check.Status.OK, Check.Status.OK, Check.Status.WARNING);
        assertThat(checks.get(0).found()).isEqualTo("Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm) ("
                + bin.resolve("chromium") + ")");
        assertThat(checks.get(2).line()).contains("Chromium 156, chromedriver 155");
    }
}
