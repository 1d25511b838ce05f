package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;

class RobotsAndSitemapsIT {

    private TestSite site;

    @BeforeEach
    void start() {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void robots(String body) {
        site.server.stubFor(get("/robots.txt").willReturn(aResponse()
                .withHeader("Content-Type", "text/plain").withBody(body)));
    }

    @Test
    void robotsDisallowIsObeyedForOurProductToken() {
        robots("User-agent: *\nDisallow: /private/\n\nUser-agent: minhbach\nDisallow: /noaudit/\n");
        site.page("/", "<a href='/noaudit/x.html'>X</a><a href='/private/y.html'>Y</a><a href='/ok.html'>ok</a>");
        site.page("/ok.html", "<p>ok</p>");
        site.page("/noaudit/x.html", "<p>x</p>");
        site.page("/private/y.html", "<p>y</p>");

        CrawlResult result = crawl(TestSite.settings());

        assertThat(site.count("GET", "/noaudit/x.html")).isZero();
        // Our own group replaces the * group, so /private/ is open to us.
        assertThat(site.count("GET", "/private/y.html")).isEqualTo(1);
        assertThat(result.robotsDisallowed()).isEqualTo(1);
        assertThat(CrawlerIT.unreached(result, "/noaudit/x.html").outcome())
                .isEqualTo(new FetchOutcome.Disallowed(site.url("/noaudit/x.html")));
        assertThat(CrawlerIT.unreached(result, "/noaudit/x.html").anchorTexts()).containsExactly("X");
    }

    @Test
    void robotsCanBeIgnoredWhenConfigured() {
        robots("User-agent: *\nDisallow: /\n");
        site.page("/", "<p>home</p>");
        CrawlSettings s = TestSite.settings();
        CrawlResult result = crawl(new CrawlSettings(s.maxPages(), s.maxDepth(), 0, 2, 5, s.maxBodyBytes(),
                s.userAgent(), false));
        assertThat(result.pagesFetched()).isEqualTo(1);
    }

    @Test
    void crawlDelayLargerThanTheConfiguredDelayIsHonoured() {
        robots("User-agent: *\nCrawl-delay: 1\n");
        site.page("/", "<a href='/a.html'>a</a><a href='/b.html'>b</a>");
        site.page("/a.html", "<p>a</p>");
        site.page("/b.html", "<p>b</p>");

        crawl(new CrawlSettings(100, 10, 100, 4, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true));

        List<Date> times = site.server.getAllServeEvents().stream()
                .map(e -> e.getRequest().getLoggedDate()).sorted().toList();
        assertThat(times).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < times.size(); i++) {
            // Request times are logged on arrival; one second minus a little clock and logging slack.
            assertThat(Duration.between(times.get(i - 1).toInstant(), times.get(i).toInstant()))
                    .as("gap before request %d", i).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void aRobotsTxtAnswering500DefersTheWholeHost() {
        site.status("/robots.txt", 500);
        site.page("/", "<p>home</p>");
        CrawlResult result = crawl(TestSite.settings());
        assertThat(site.count("GET", "/")).isZero();
        assertThat(result.pagesFetched()).isZero();
        assertThat(CrawlerIT.unreached(result, "/").outcome()).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.error()).contains("robots.txt unavailable (HTTP 500)"));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        site.status("/robots.txt", 404);
        site.page("/", "<p>home</p>");
        assertThat(crawl(TestSite.settings()).pagesFetched()).isEqualTo(1);
    }

    @Test
    void sitemapsListedInRobotsTxtIncludingAnIndexAddSeeds() {
        robots("User-agent: *\nDisallow: /blocked/\nSitemap: " + site.url("/sitemap-index.xml") + "\n");
        site.server.stubFor(get("/sitemap-index.xml").willReturn(aResponse().withHeader("Content-Type", "application/xml")
                .withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <sitemap><loc>%s</loc></sitemap>
                        </sitemapindex>""".formatted(site.url("/sitemap-1.xml")))));
        site.server.stubFor(get("/sitemap-1.xml").willReturn(aResponse().withHeader("Content-Type", "application/xml")
                .withBody("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                          <url><loc>%s</loc></url>
                          <url><loc>%s</loc></url>
                          <url><loc>%s</loc></url>
                          <url><loc>https://elsewhere.example/x.html</loc></url>
                        </urlset>""".formatted(site.url("/only-in-sitemap.html"), site.url("/blocked/b.html"),
                        site.url("/")))));
        site.page("/", "<p>no links</p>");
        site.page("/only-in-sitemap.html", "<title>hidden</title>");
        site.page("/blocked/b.html", "<p>b</p>");

        var pages = new TestSite.Pages();
        CrawlResult result;
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            result = crawler.crawl(site.url("/"), List.of(), pages);
        }

        assertThat(result.sitemapFound()).isTrue();
        assertThat(pages.paths()).containsExactly("/", "/only-in-sitemap.html");
        assertThat(site.count("GET", "/blocked/b.html")).isZero();
        assertThat(result.robotsDisallowed()).isEqualTo(1);
        assertThat(site.count("GET", "/")).isEqualTo(1);
    }

    @Test
    void theConventionalSitemapXmlIsReadWhenRobotsTxtNamesNone() {
        site.server.stubFor(get("/sitemap.xml").willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                        + site.url("/from-sitemap.html") + "</loc></url></urlset>")));
        site.page("/", "<p>home</p>");
        site.page("/from-sitemap.html", "<p>x</p>");
        CrawlResult result = crawl(TestSite.settings());
        assertThat(result.sitemapFound()).isTrue();
        assertThat(result.pagesFetched()).isEqualTo(2);
    }

    @Test
    void noSitemapIsReportedAsNotFound() {
        site.page("/", "<p>home</p>");
        assertThat(crawl(TestSite.settings()).sitemapFound()).isFalse();
    }

    private CrawlResult crawl(CrawlSettings settings) {
        try (Crawler crawler = TestSite.crawler(settings)) {
            return crawler.crawl(site.url("/"), List.of(), new TestSite.Pages());
        }
    }
}
