package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;

/**
 * The dashboard end to end in headless Chromium: the page loads without console errors, shows every item
 * of the latest audit, and "Kiểm tra ngay" runs a real audit whose result appears on the page.
 */
class DashboardBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void pageShowsTheItemsAndAuditNowAddsAnAudit() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
                        + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        try (DashboardFixture fx = DashboardFixture.start(dir.resolve("data"))) {
            // A browser asking for Vietnamese: headless Chromium would otherwise ask for its own default language.
            WebDriver browser = browser(dir.resolve("profile"), "vi-VN,vi");
            try {
                browser.get(fx.dashboard.uri().toString());
                assertThat(browser.getCurrentUrl()).endsWith(fx.portalPath());
                assertThat(browser.getTitle()).contains("UBND huyện Sơn Tịnh");

                List<AuditRecord> audits = fx.store.list(fx.portal.key(), 100);
                AuditRun latest = fx.store.load(audits.get(0).id()).orElseThrow();
                List<WebElement> rows = browser.findElements(By.cssSelector("#muc tr[data-item]"));
                assertThat(rows).hasSize(latest.items().size());
                assertThat(rows.get(0).getText()).contains(latest.items().get(0).title());
                assertThat(browser.findElement(By.id("xu-huong")).isDisplayed()).isTrue();
                assertThat(historyRows(browser)).isEqualTo(audits.size());
                assertThat(severe(browser)).as("console errors on load").isEmpty();

                browser.findElement(By.id("kiem-tra-ngay")).click();
                new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(250))
                        .ignoring(StaleElementReferenceException.class)
                        .until(b -> historyRows(b) == audits.size() + 1
                                && b.findElement(By.id("kiem-tra-ngay")).isEnabled());
                assertThat(browser.findElement(By.id("trang-thai")).getText())
                        .doesNotContain("không hoàn tất").doesNotContain("Đang kiểm tra");
                String newest = fx.store.list(fx.portal.key(), 1).get(0).id();
                assertThat(browser.findElement(By.cssSelector("#lich-su tr[data-audit]")).getAttribute("data-audit"))
                        .isEqualTo(newest);
                assertThat(severe(browser)).as("console errors after the audit").isEmpty();

                browser.findElement(By.linkText(newest)).click();
                assertThat(browser.getTitle()).startsWith("Báo cáo công khai thông tin");
                assertThat(severe(browser)).as("console errors on the stored report").isEmpty();
            } finally {
                browser.quit();
            }

            WebDriver english = browser(dir.resolve("profile-en"), "en-GB,en");
            try {
                english.get(fx.dashboard.uri().toString());
                assertThat(english.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
                assertThat(english.findElement(By.id("kiem-tra-ngay")).getText()).isEqualTo("Audit now");
                assertThat(english.findElement(By.tagName("body")).getText())
                        .contains("Results of the latest audit", "Audit history", "Score trend")
                        .doesNotContain("Kiểm tra ngay", "Lịch sử kiểm tra");
                assertThat(english.findElements(By.cssSelector("#muc tr[data-item] .badge")))
                        .extracting(WebElement::getText).isNotEmpty()
                        .allMatch(List.of("Pass", "Stale", "Missing", "Fail", "Unknown", "Not applicable")::contains);
                assertThat(severe(english)).as("console errors on the English page").isEmpty();
            } finally {
                english.quit();
            }
        }
    }

    private static int historyRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#lich-su tr[data-audit]")).size();
    }

    private static List<String> severe(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    /** A headless browser whose requests ask for {@code languages} (Accept-Language), in that order. */
    private static WebDriver browser(Path profile, String languages) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languages));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
