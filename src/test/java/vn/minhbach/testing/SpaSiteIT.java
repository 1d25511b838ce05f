package vn.minhbach.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The single-page one-stop site: without a browser it is an empty shell; in headless Chromium it draws the
 * procedure list page by page, the details, the hotline and the lookup form, and its traps (robots.txt, the
 * outside host) are live for a reader that does not avoid them.
 */
class SpaSiteIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final By ROWS = By.cssSelector("table.thu-tuc tbody tr");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static SpaSite site;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        site = SpaSite.start(23);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} answers {1} {2}")
    @CsvSource({
        "/,                                  200, text/html",
        "/thu-tuc/6512a0f3c9e1000000000001,  200, text/html",
        "/gioi-thieu,                        200, text/html",
        "/main.js,                           200, text/javascript",
        "/robots.txt,                        200, text/plain",
        "/api/config,                        200, application/json",
        "/api/procedures?page=2&size=10,     200, application/json",
        "/api/procedures/6512a0f3c9e1000000000001, 200, application/json",
        "/api/procedures/khong-co,           404, application/json",
        "/files/1.012001.docx,               200, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "/files/1.012009.docx,               404, text/html",
        "/favicon.ico,                       404, text/html",
        "/private/track,                     204, text/plain",
    })
    void routesAnswerAsASinglePageAppServerDoes(String path, int status, String type) throws Exception {
        HttpResponse<String> response = get(site.url(path));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(type);
    }

    @Test
    void withoutABrowserThePageIsAnEmptyShell() throws Exception {
        String shell = get(site.url("/")).body();

        assertThat(shell).contains("<title>Cổng dịch vụ công tỉnh Quảng Ngãi</title>", "<app-root></app-root>",
                "<noscript>Vui lòng bật JavaScript để sử dụng trang</noscript>", "<script src=\"/main.js\"></script>",
                "http://outside.test:" + site.outsideUrl("/").getPort() + "/pixel.gif");
        assertThat(shell).doesNotContain(site.procedures().all().get(0).name(), "Thủ tục hành chính",
                "Đường dây nóng", site.hotline(), "Tra cứu hồ sơ", "ng-version");
        assertThat(get(site.url("/robots.txt")).body()).contains("Disallow: /private/");
        assertThat(get(site.url("/api/procedures?page=2&size=10")).body())
                .contains("\"totalPages\":3", "\"number\":2", "\"size\":10", "\"totalElements\":23");
        assertThat(site.requests()).contains("GET /api/procedures?page=2&size=10");
        assertThat(site.outside().count()).isZero();
    }

    @Test
    void aBrowserDrawsEveryRouteAndReachesTheTraps() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed");
        try (SpaSite spa = SpaSite.start(23)) {
            WebDriver browser = browser(dir.resolve("profile"), spa.outsideUrl("/").getHost());
            try {
                drawsEveryRouteAndReachesTheTraps(browser, spa);
            } finally {
                browser.quit();
            }
            assertThat(gap(spa, "GET /main.js", "GET /api/config")).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        }
    }

    private static void drawsEveryRouteAndReachesTheTraps(WebDriver browser, SpaSite spa) {
        List<SpaProcedures.Procedure> all = spa.procedures().all();
        browser.get(spa.url("/#/thu-tuc").toString());
        await(browser, b -> rows(b).size() == 10 && rows(b).get(0).contains(all.get(0).name()));
        assertThat(rows(browser).get(4)).contains(all.get(4).name(), "Trực tiếp");
        assertThat(browser.findElement(By.cssSelector("app-root")).getAttribute("ng-version")).isNotBlank();

        browser.findElement(By.xpath("//button[text()='Trang sau']")).click();
        await(browser, b -> rows(b).size() == 10 && rows(b).get(0).contains(all.get(10).name()));
        browser.findElement(By.xpath("//button[text()='Trang sau']")).click();
        await(browser, b -> rows(b).size() == 3 && rows(b).get(2).contains(all.get(22).name()));
        assertThat(browser.findElement(By.cssSelector("button.trang-sau")).isEnabled()).isFalse();

        browser.findElement(By.linkText(all.get(20).name())).click();
        await(browser, b -> b.findElement(By.id("noi-dung")).getText().contains("Thời hạn giải quyết"));
        assertThat(browser.findElement(By.id("noi-dung")).getText()).contains("Thành phần hồ sơ",
                "Mẫu đơn, tờ khai").doesNotContain("Phí, lệ phí");
        browser.get(spa.url("/#/thu-tuc/" + all.get(0).id()).toString());
        await(browser, b -> b.findElement(By.id("noi-dung")).getText().contains("Phí, lệ phí"));
        assertThat(browser.findElement(By.linkText("Tờ khai")).getAttribute("href"))
                .endsWith("/files/" + all.get(0).code() + ".docx");

        browser.get(spa.url("/").toString());
        await(browser, b -> b.findElement(By.id("noi-dung")).getText().contains("Cổng dịch vụ công"));
        assertThat(browser.findElement(By.cssSelector("header")).getText())
                .contains("Đường dây nóng: " + spa.hotline());
        await(browser, b -> spa.log().count("/private/track") > 0 && spa.outside().count("/beacon") > 0
                && spa.outside().count("/pixel.gif") > 0);

        browser.findElement(By.linkText("Giới thiệu")).click();
        await(browser, b -> b.getCurrentUrl().endsWith("/gioi-thieu")
                && b.findElement(By.id("noi-dung")).getText().startsWith("Giới thiệu"));
        assertThat(spa.log().count("/gioi-thieu")).as("the path route is drawn without a request").isZero();
        browser.findElement(By.linkText("Tra cứu hồ sơ")).click();
        await(browser, b -> !b.findElements(By.id("ma-ho-so")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("label[for=ma-ho-so]")).getText()).isEqualTo("Mã hồ sơ");
    }

    private static Duration gap(SpaSite spa, String first, String then) {
        List<String> requests = spa.requests();
        List<Instant> times = spa.log().times();
        return Duration.between(times.get(requests.indexOf(first)), times.get(requests.indexOf(then)));
    }

    private static List<String> rows(WebDriver browser) {
        return browser.findElements(ROWS).stream().map(r -> r.getText()).toList();
    }

    private static void await(WebDriver browser, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    // outside.test does not resolve; mapping it shows that the shell's image does leave the site.
    private static WebDriver browser(Path profile, String outsideAddress) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP outside.test " + outsideAddress);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
