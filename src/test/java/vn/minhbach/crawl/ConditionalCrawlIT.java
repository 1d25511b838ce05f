package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.CrawledPage;

/** Pages seen before are asked for conditionally; a 304 is parsed from the cache, with the same links. */
class ConditionalCrawlIT {
    private static final String LAST_MODIFIED = "Tue, 24 Nov 2026 08:00:00 GMT";

    private TestSite site;
    private final MemoryCache cache = new MemoryCache();
    private final List<StubMapping> homeStubs = new ArrayList<>();

    @BeforeEach
    void start() {
        site = new TestSite();
        home("\"h1\"", "<title>Trang chủ</title><a href='/a.html'>A</a><a href='/b.html'>B</a><a href='/old'>Cũ</a>");
        site.server.stubFor(get(urlEqualTo("/a.html")).atPriority(5).willReturn(html("<title>A</title>")
                .withHeader("Last-Modified", LAST_MODIFIED)));
        site.server.stubFor(get(urlEqualTo("/a.html")).atPriority(1)
                .withHeader("If-Modified-Since", equalTo(LAST_MODIFIED)).willReturn(aResponse().withStatus(304)));
        site.page("/b.html", "<title>B</title>");
        site.server.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
        site.server.stubFor(get(urlEqualTo("/new")).atPriority(5).willReturn(html("<title>Mới</title>")
                .withHeader("ETag", "\"n1\"")));
        site.server.stubFor(get(urlEqualTo("/new")).atPriority(1).withHeader("If-None-Match", equalTo("\"n1\""))
                .willReturn(aResponse().withStatus(304)));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aSecondCrawlOfAnUnchangedSiteParsesRememberedPagesAndFollowsTheirLinks() {
        Seen first = crawl();
        assertThat(first.downloaded).containsOnlyKeys(site.url("/"), site.url("/a.html"), site.url("/b.html"),
                site.url("/old"));
        assertThat(first.unchanged).isEmpty();
        assertThat(cache.pages).hasSize(4);
        assertThat(cache.pages.get(site.url("/old")).finalUrl()).isEqualTo(site.url("/new"));
        site.server.resetRequests();

        Seen second = crawl();

        assertThat(second.unchanged).containsOnlyKeys(site.url("/"), site.url("/a.html"), site.url("/old"));
        assertThat(second.downloaded).containsOnlyKeys(site.url("/b.html"));
        assertThat(second.pages.paths()).containsExactlyInAnyOrder("/", "/a.html", "/b.html", "/old");
        assertThat(second.pages.titles).isEqualTo(first.pages.titles);
        assertThat(second.result.pagesFetched()).isEqualTo(first.result.pagesFetched());
        assertThat(second.result.bytesFetched()).isLessThan(first.result.bytesFetched());
        site.server.verify(getRequestedFor(urlEqualTo("/")).withHeader("If-None-Match", equalTo("\"h1\"")));
        site.server.verify(getRequestedFor(urlEqualTo("/b.html")).withoutHeader("If-None-Match")
                .withoutHeader("If-Modified-Since"));
        site.server.verify(getRequestedFor(urlEqualTo("/old")).withoutHeader("If-None-Match"));
    }

    @Test
    void aChangedPageIsDownloadedAndRememberedAnew() {
        crawl();
        home("\"h2\"", "<title>Trang chủ mới</title><a href='/b.html'>B</a>");

        Seen second = crawl();

        assertThat(second.downloaded).containsKeys(site.url("/"));
        assertThat(second.pages.titles.get(site.url("/"))).isEqualTo("Trang chủ mới");
        assertThat(cache.pages.get(site.url("/")).etag()).isEqualTo("\"h2\"");
        assertThat(second.pages.paths()).containsExactlyInAnyOrder("/", "/b.html");
    }

    @Test
    void aRememberedPageIsSentOnlyToTheUrlThatGaveItsValidators() {
        crawl();
        Seen second = crawl();

        RawResponse old = second.unchanged.get(site.url("/old"));
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.text()).contains("Mới");
        assertThat(old.header("etag")).isEqualTo("\"n1\"");
    }

    /** Serves the home page with this ETag, and 304 only to a request naming it, as a real server would. */
    private void home(String etag, String body) {
        homeStubs.forEach(site.server::removeStub);
        homeStubs.clear();
        homeStubs.add(site.server.stubFor(get(urlEqualTo("/")).atPriority(5).willReturn(html(body).withHeader("ETag", etag))));
        homeStubs.add(site.server.stubFor(get(urlEqualTo("/")).atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", etag))));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
    }

    private Seen crawl() {
        Seen seen = new Seen();
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            seen.result = crawler.crawl(site.url("/"), List.of(), seen, cache);
        }
        return seen;
    }

    /** What a crawl handed to its handler. */
    private static final class Seen implements PageHandler {
        final TestSite.Pages pages = new TestSite.Pages();
        final Map<URI, RawResponse> downloaded = new ConcurrentHashMap<>();
        final Map<URI, RawResponse> unchanged = new ConcurrentHashMap<>();
        CrawlResult result;

        @Override
        public void onPage(CrawledPage page, org.jsoup.nodes.Document document) {
            pages.onPage(page, document);
        }

        @Override
        public void onResponse(RawResponse response) {
            downloaded.put(response.url(), response);
        }

        @Override
        public void onUnchanged(RawResponse remembered) {
            unchanged.put(remembered.url(), remembered);
        }
    }

    /** A page cache in memory. */
    static final class MemoryCache implements PageCache {
        final Map<URI, RawResponse> pages = new ConcurrentHashMap<>();

        @Override
        public Optional<RawResponse> lookup(URI url) {
            return Optional.ofNullable(pages.get(url));
        }

        @Override
        public void remember(RawResponse response) {
            pages.put(response.url(), response);
        }
    }
}
