package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;

/**
 * The crawl's scope guard with host names resolved by a test resolver: the configured site {@code portal.test} on
 * 127.0.0.1 is crawled; requests to other hosts, and connections to internal addresses the site is not on
 * (169.254.169.254, 10.x), are never made and are recorded as failures.
 */
class ScopeGuardIT {

    private TestSite site;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final DnsResolver dns = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            String address = names.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    };

    @BeforeEach
    void start() {
        site = new TestSite();
        names.put("portal.test", "127.0.0.1");
        // Another host on the very same server: only the guard keeps the crawl away from it.
        names.put("other.test", "127.0.0.1");
        names.put("www.portal.test", "169.254.169.254");
        names.put("intranet.test", "10.0.0.7");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void hostsOutsideTheSiteAreNeverAsked() {
        String other = "http://other.test:" + site.server.port();
        site.server.stubFor(get(urlEqualTo("/robots.txt")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withBody("User-agent: *\nAllow: /\nSitemap: " + other
                        + "/sitemap.xml\n")));
        site.page("/", "<a href='" + other + "/files/a.pdf'>tệp ngoài</a><a href='/docs/moved.pdf'>tệp chuyển</a>"
                + "<a href='/old'>trang cũ</a><a href='" + other + "/trang'>trang ngoài</a>"
                + "<script src='" + other + "/app.js'></script>");
        site.server.stubFor(any(urlEqualTo("/docs/moved.pdf")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", other + "/docs/moved.pdf")));
        site.server.stubFor(get(urlEqualTo("/old")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", other + "/new")));

        CrawlResult result = crawl(site.url("portal.test", "/"));

        assertThat(hostsAsked()).containsOnly("portal.test");
        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(result.attachments()).doesNotContainKey(URI.create(other + "/files/a.pdf"));
        assertThat(result.attachments().get(site.url("portal.test", "/docs/moved.pdf")))
                .isInstanceOfSatisfying(FetchOutcome.Failed.class, failed -> assertThat(failed.error())
                        .contains("refused: other.test is outside the configured sites"));
    }

    @Test
    void internalAddressesTheSiteIsNotOnAreRefusedAndRecorded() {
        site.page("/", "<a href='http://www.portal.test:" + site.server.port() + "/gioi-thieu'>giới thiệu</a>"
                + "<a href='/tin-tuc'>tin tức</a>");
        site.page("/tin-tuc", "<p>tin</p>");
        URI intranet = URI.create("http://intranet.test:" + site.server.port() + "/noi-bo");

        CrawlResult result;
        try (Crawler crawler = new Crawler(TestSite.settings(), CrawlListener.NONE, dns)) {
            result = crawler.crawl(site.url("portal.test", "/"), List.of(intranet), new TestSite.Pages());
        }

        assertThat(result.pagesFetched()).isEqualTo(2);
        assertThat(failures(result)).anySatisfy(error -> assertThat(error)
                        .contains("refused: www.portal.test resolves to 169.254.169.254"))
                .anySatisfy(error -> assertThat(error).contains("refused: intranet.test resolves to 10.0.0.7"));
    }

    @Test
    void aNameThatLaterResolvesElsewhereIsCaughtWhenConnecting() throws Exception {
        // No keep-alive: every request opens a connection, so every request resolves the name again.
        site.server.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(200)
                .withHeader("Connection", "close").withHeader("Content-Type", "text/html").withBody("<p>a</p>")));
        site.server.stubFor(get(urlEqualTo("/b")).willReturn(aResponse().withStatus(200)
                .withHeader("Connection", "close").withHeader("Content-Type", "text/html").withBody("<p>b</p>")));
        URI seed = site.url("portal.test", "/");
        try (Fetcher fetcher = new Fetcher(TestSite.settings(), dns)) {
            fetcher.guard(Guard.of(seed, () -> Scope.of(seed), List.of(), dns));

            HttpReply first = fetcher.fetch(site.url("portal.test", "/a"), Fetcher.Mode.PAGE);
            names.put("portal.test", "169.254.169.254");
            HttpReply second = fetcher.fetch(site.url("portal.test", "/b"), Fetcher.Mode.PAGE);

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.answered()).isFalse();
            assertThat(second.error()).startsWith("refused: portal.test resolves to 169.254.169.254");
            assertThat(site.count("GET", "/b")).isZero();
        }
    }

    @Test
    void theBrowsersRequestsPassTheSameGuard() throws Exception {
        URI seed = site.url("portal.test", "/");
        site.page("/api/data", "{}");
        try (Fetcher fetcher = new Fetcher(TestSite.settings(), dns)) {
            Scope scope = Scope.of(seed);
            fetcher.guard(Guard.of(seed, () -> scope, List.of(), dns));
            BrowserGate gate = new BrowserGate(fetcher, new RobotsCache(fetcher, TestSite.settings(),
                    new LongAdder()), () -> scope);

            BrowserReply twin = gate.send(new BrowserRequest("GET",
                    URI.create("http://www.portal.test:" + site.server.port() + "/api/data"), List.of(), null, "XHR"));
            BrowserReply own = gate.send(new BrowserRequest("GET", site.url("portal.test", "/api/data"), List.of(),
                    null, "XHR"));

            // Refused at its robots.txt already: the twin's address is never connected to.
            assertThat(twin.refused()).isNotNull();
            assertThat(own.status()).isEqualTo(200);
            assertThat(hostsAsked()).containsOnly("portal.test");
        }
    }

    private List<String> failures(CrawlResult result) {
        return Stream.concat(result.brokenLinks().stream().map(BrokenLink::error),
                result.unreached().stream().map(Object::toString)).filter(Objects::nonNull).toList();
    }

    private List<String> hostsAsked() {
        return site.server.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Host"))
                .map(host -> host.replaceAll(":[0-9]+$", "")).distinct().toList();
    }

    private CrawlResult crawl(URI seed) {
        try (Crawler crawler = new Crawler(TestSite.settings(), CrawlListener.NONE, dns)) {
            return crawler.crawl(seed, List.of(), new TestSite.Pages());
        }
    }
}
