package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.FetchOutcome;

class RedirectsIT {

    private TestSite site;

    @BeforeEach
    void start() {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void redirect(String from, int status, String to) {
        site.server.stubFor(get(from).willReturn(aResponse().withStatus(status).withHeader("Location", to)));
    }

    @Test
    void followsAChainAndRecordsTheFinalUrl() {
        redirect("/", 302, "/home");
        redirect("/home", 301, "/vi/home.html");
        site.page("/vi/home.html", "<a href='/old'>old</a>");
        redirect("/old", 308, site.url("www.lyson.test", "/new.html").toString());
        site.page("/new.html", "<p>new</p>");
        var pages = new TestSite.Pages();

        CrawlResult result;
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            result = crawler.crawl(site.url("lyson.test", "/"), List.of(), pages);
        }

        assertThat(result.pagesFetched()).isEqualTo(2);
        CrawledPage home = pages.pages.get(site.url("lyson.test", "/"));
        assertThat(home.finalUrl()).isEqualTo(site.url("lyson.test", "/vi/home.html"));
        assertThat(pages.pages.get(site.url("lyson.test", "/old")).finalUrl())
                .isEqualTo(site.url("www.lyson.test", "/new.html"));
    }

    @Test
    void aLoopIsAFailureNamedRedirectLoop() {
        site.page("/", "<a href='/loop-a'>Loop</a>");
        redirect("/loop-a", 302, "/loop-b");
        redirect("/loop-b", 302, "/loop-a");

        CrawlResult result = crawl(site.url("/"));

        assertThat(CrawlerIT.unreached(result, "/loop-a").outcome())
                .isEqualTo(new FetchOutcome.Failed(site.url("/loop-a"), null, "redirect loop"));
        assertThat(result.brokenLinks()).singleElement().satisfies(b -> {
            assertThat(b.error()).isEqualTo("redirect loop");
            assertThat(b.foundOn()).containsExactly(site.url("/"));
        });
    }

    @Test
    void aTooLongChainFails() {
        site.page("/", "<a href='/r0'>chain</a><a href='/s0'>short chain</a>");
        for (int i = 0; i < 10; i++) {
            redirect("/r" + i, 302, "/r" + (i + 1));
        }
        for (int i = 0; i < Redirects.MAX_HOPS; i++) {
            redirect("/s" + i, 302, "/s" + (i + 1));
        }
        site.page("/s" + Redirects.MAX_HOPS, "<p>end</p>");

        CrawlResult result = crawl(site.url("/"));

        assertThat(CrawlerIT.unreached(result, "/r0").outcome()).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.error()).isEqualTo(Redirects.TOO_MANY));
        assertThat(site.count("GET", "/r" + (Redirects.MAX_HOPS + 1))).isZero();
        assertThat(result.pagesFetched()).isEqualTo(2);
    }

    @Test
    void aRedirectLeavingScopeIsNotFollowed() {
        site.page("/", "<a href='/away'>away</a>");
        redirect("/away", 302, site.url("elsewhere.test", "/landing.html").toString());
        site.page("/landing.html", "<p>landing</p>");

        CrawlResult result;
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            result = crawler.crawl(site.url("lyson.test", "/"), List.of(), new TestSite.Pages());
        }

        assertThat(site.count("GET", "/landing.html")).isZero();
        assertThat(CrawlerIT.unreached(result, "/away").outcome()).isInstanceOfSatisfying(FetchOutcome.Skipped.class,
                s -> assertThat(s.reason()).contains("out of scope"));
    }

    @Test
    void aHomePageMovedToAnotherHostBringsThatHostIntoScope() {
        site.server.stubFor(get("/").withHost(com.github.tomakehurst.wiremock.client.WireMock.equalTo("old.test"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(301).withHeader("Location", site.url("new.test", "/").toString())));
        site.page("/", "<a href='/gioi-thieu.html'>Giới thiệu</a>");
        site.page("/gioi-thieu.html", "<p>about</p>");
        var pages = new TestSite.Pages();

        CrawlResult result;
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            result = crawler.crawl(site.url("old.test", "/"), List.of(), pages);
        }

        assertThat(result.pagesFetched()).isEqualTo(2);
        assertThat(pages.pages.get(site.url("old.test", "/")).finalUrl()).isEqualTo(site.url("new.test", "/"));
        assertThat(pages.pages).containsKey(site.url("new.test", "/gioi-thieu.html"));
    }

    @Test
    void aRedirectToAPageAlreadySeenIsNotFetchedTwice() {
        site.page("/", "<a href='/a.html'>a</a><a href='/alias'>alias</a>");
        redirect("/alias", 301, "/a.html");
        site.page("/a.html", "<p>a</p>");
        CrawlResult result = crawl(site.url("/"));
        assertThat(site.count("GET", "/a.html")).isEqualTo(1);
        assertThat(result.unreached()).isEmpty();
    }

    private CrawlResult crawl(URI seed) {
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            return crawler.crawl(seed, List.of(), new TestSite.Pages());
        }
    }
}
