package vn.minhbach.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.crawl.Crawler;
import vn.minhbach.crawl.PageHandler;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.Rendering;
import vn.minhbach.testing.SpaProcedures;
import vn.minhbach.testing.SpaSite;

/**
 * A crawl of a hash-routed application in the real browser: its routes are pages, its paged list is read to the
 * end, the JSON it loaded is handed on, and the browser's requests keep to the site, robots.txt and the delay.
 */
class ChromeRendererIT {
    private static final CrawlSettings SETTINGS = new CrawlSettings(100, 5, 0, 2, 10, 1 << 20,
            CrawlSettings.DEFAULT_USER_AGENT, true);

    @BeforeAll
    static void needsBrowser() {
        assumeTrue(BrowserInstall.probe().ready(), "needs chromium and chromedriver");
    }

    @Test
    void routesAndListPagesAreReadAndTheDataHandedOn() throws Exception {
        try (SpaSite site = SpaSite.start(23)) {
            Crawl crawl = crawl(site, SETTINGS);

            String home = crawl.texts.get(site.url("/").toString());
            assertThat(home).startsWith("rendered").contains(SpaSite.HOTLINE);
            String list = crawl.texts.get(site.url("/#/thu-tuc").toString());
            assertThat(list).as("all three pages of the list, read by its next button")
                    .contains(site.procedures().all().get(0).name(), site.procedures().all().get(22).name());
            assertThat(crawl.texts).containsKey(site.url("/#/tra-cuu").toString())
                    .containsKey(site.url("/#/thu-tuc/" + SpaProcedures.id(1)).toString());
            assertThat(crawl.data.get(site.url("/#/thu-tuc").toString()))
                    .extracting(a -> a.url().getRawQuery()).contains("page=0&size=10", "page=1&size=10", "page=2&size=10");
            assertThat(crawl.result.attachments().keySet()).as("form files named by the pages and their data")
                    .anyMatch(url -> url.getPath().endsWith(".docx"));
            assertThat(site.outside().count()).as("requests that reached a host outside the site").isZero();
            assertThat(site.requests()).noneMatch(r -> r.contains("/private/"))
                    .noneMatch(r -> r.contains(".gif") || r.contains(".css"));
        }
    }

    @Test
    void theBrowsersRequestsWaitForTheHostsDelay() throws Exception {
        try (SpaSite site = SpaSite.start(3)) {
            crawl(site, new CrawlSettings(3, 1, 300, 2, 10, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true));

            List<Instant> times = site.log().times();
            assertThat(times).hasSizeGreaterThan(3);
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i)).toMillis())
                        .as("pause before %s", site.requests().get(i)).isGreaterThanOrEqualTo(250);
            }
        }
    }

    @Test
    void noBrowserProcessOutlivesTheRenderer() throws Exception {
        ChromeRenderer renderer = ChromeRenderer.start(BrowserInstall.probe(), Duration.ofSeconds(20));
        assertThat(browsers()).isNotEmpty();
        renderer.close();
        assertThat(browsers()).isEmpty();
    }

    @Test
    void aBrowserThatStopsMidAuditIsStartedAgainAndThePageReadByTheNewOne() throws Exception {
        try (SpaSite site = SpaSite.start(3); Browser browser = new Browser(Duration.ofSeconds(20))) {
            CrawlSettings home = new CrawlSettings(1, 0, 0, 1, 10, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);
            assertThat(crawl(site, home, browser).texts.get(site.url("/").toString())).startsWith("rendered");
            List<ProcessHandle> killed = browsers();
            killed.forEach(ProcessHandle::destroyForcibly);
            CompletableFuture.allOf(killed.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);

            Crawl again = crawl(site, home, browser);

            assertThat(again.texts.get(site.url("/").toString())).startsWith("rendered").contains(SpaSite.HOTLINE);
        }
        assertThat(browsers()).isEmpty();
    }

    /** Chromium and chromedriver processes this JVM started and that are still alive. */
    static List<ProcessHandle> browsers() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false)).toList();
    }

    private record Crawl(Map<String, String> texts, Map<String, List<Rendering.DataAnswer>> data, CrawlResult result) {
    }

    private static Crawl crawl(SpaSite site, CrawlSettings settings) throws Exception {
        try (Browser browser = new Browser(Duration.ofSeconds(30))) {
            return crawl(site, settings, browser);
        }
    }

    private static Crawl crawl(SpaSite site, CrawlSettings settings, Browser browser) throws Exception {
        Map<String, String> texts = new ConcurrentHashMap<>();
        Map<String, List<Rendering.DataAnswer>> data = new ConcurrentHashMap<>();
        PageHandler handler = new PageHandler() {
            @Override
            public void onPage(CrawledPage page, Document document) {
                texts.put(page.url().toString(), (page.rendered() ? "rendered " : "html ") + document.text());
            }

            @Override
            public void onData(CrawledPage page, List<Rendering.DataAnswer> answers) {
                data.put(page.url().toString(), answers);
            }
        };
        try (Crawler crawler = new Crawler(settings, CrawlListener.NONE, browser)) {
            CrawlResult result = crawler.crawl(site.url("/"), List.of(), handler);
            return new Crawl(texts, data, result);
        }
    }
}
