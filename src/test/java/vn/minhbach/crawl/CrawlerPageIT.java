package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Crawler#page}: one page fetched again as the crawl fetches it. */
class CrawlerPageIT {
    private TestSite site;

    @BeforeEach
    void start() {
        site = new TestSite();
        site.server.stubFor(get("/robots.txt").willReturn(aResponse()
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nDisallow: /private/\n")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void followsRedirectsAndParsesWithTheFinalAddress() throws Exception {
        site.server.stubFor(get(urlEqualTo("/cu")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/moi")));
        site.page("/moi", "<html><body><a href=\"van-ban\">Văn bản</a></body></html>");

        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            Optional<Document> doc = crawler.page(site.url("/cu"));

            assertThat(doc).isPresent();
            assertThat(doc.get().selectFirst("a").absUrl("href")).isEqualTo(site.url("/van-ban").toString());
        }
    }

    @Test
    void robotsTxtErrorsAndNonHtmlGiveNothing() throws Exception {
        site.page("/private/x", "<p>secret</p>");
        site.status("/mat", 404);
        site.server.stubFor(get(urlEqualTo("/file.pdf")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withBody("%PDF")));

        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            assertThat(crawler.page(site.url("/private/x"))).isEmpty();
            assertThat(crawler.page(site.url("/mat"))).isEmpty();
            assertThat(crawler.page(site.url("/file.pdf"))).isEmpty();
        }
        assertThat(site.count("GET", "/private/x")).isZero();
    }
}
