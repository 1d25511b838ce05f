package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Unreached;

class CrawlerIT {

    private TestSite site;

    @BeforeEach
    void start() {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void crawlsTheSiteBreadthFirstAndHandsEveryHtmlPageOn() {
        site.page("/", "<title>Trang chủ</title><a href='/a.html'>A</a><a href='b.html'>B</a>"
                + "<a href='/logo.png'>logo</a><a href='/a.html#top'>A again</a>");
        site.page("/a.html", "<title>A</title><a href='/c.html'>C</a><a href='/'>home</a>");
        site.page("/b.html", "<title>B</title>");
        site.page("/c.html", "<title>C</title>");
        site.server.stubFor(WireMock.get("/logo.png").willReturn(WireMock.aResponse()
                .withHeader("Content-Type", "image/png").withBody(new byte[2048])));
        var pages = new TestSite.Pages();
        List<URI> progress = new CopyOnWriteArrayList<>();

        CrawlResult result;
        try (Crawler crawler = new Crawler(TestSite.settings(), (seed, fetched, queued, current) -> progress.add(current),
                TestSite.LOOPBACK_DNS)) {
            result = crawler.crawl(site.url("/"), List.of(), pages);
        }

        assertThat(pages.paths()).containsExactly("/", "/a.html", "/b.html", "/c.html");
        assertThat(pages.titles.get(site.url("/"))).isEqualTo("Trang chủ");
        assertThat(pages.pages.get(site.url("/c.html")).depth()).isEqualTo(2);
        assertThat(result.pagesFetched()).isEqualTo(4);
        assertThat(result.answered()).isTrue();
        assertThat(result.pagesFailed()).isZero();
        assertThat(result.limitReached()).isFalse();
        assertThat(result.unreached()).isEmpty();
        assertThat(result.bytesFetched()).isPositive();
        assertThat(result.medianResponseMillis()).isNotNegative();
        assertThat(site.count("GET", "/a.html")).isEqualTo(1);
        assertThat(site.count("GET", "/logo.png")).isEqualTo(1);
        assertThat(progress).hasSize(5).contains(site.url("/logo.png"));
    }

    @Test
    void failedLinksAreUnreachedWithAnchorsAndBrokenWithTheirPages() {
        site.page("/", "<a href='/gone.html'>Báo cáo</a><a href='/gone.html'>Báo cáo tài chính</a>"
                + "<a href='/err.html'>Lỗi</a><a href='/p.html'>P</a><a href='/forbidden.html'>F</a>");
        site.page("/p.html", "<a href='/gone.html'>Xem</a><a href='/gone.html'>Chi tiết</a><a href='/gone.html'>Thêm</a>");
        site.status("/gone.html", 404);
        site.status("/err.html", 500);
        site.status("/forbidden.html", 403);

        CrawlResult result = crawl(TestSite.settings(), site.url("/"));

        assertThat(result.pagesFetched()).isEqualTo(2);
        assertThat(result.pagesFailed()).isEqualTo(3);
        Unreached gone = unreached(result, "/gone.html");
        assertThat(gone.outcome()).isEqualTo(new FetchOutcome.Failed(site.url("/gone.html"), 404, null));
        assertThat(gone.anchorTexts()).hasSize(LinkRecords.MAX_ANCHORS).startsWith("Báo cáo", "Báo cáo tài chính");
        assertThat(((FetchOutcome.Failed) unreached(result, "/err.html").outcome()).status()).isEqualTo(500);
        assertThat(((FetchOutcome.Failed) unreached(result, "/forbidden.html").outcome()).status()).isEqualTo(403);
        BrokenLink broken = result.brokenLinks().stream()
                .filter(b -> b.url().getPath().equals("/gone.html")).findFirst().orElseThrow();
        assertThat(broken.status()).isEqualTo(404);
        assertThat(broken.foundOn()).containsExactlyInAnyOrder(site.url("/"), site.url("/p.html"));
    }

    @Test
    void outOfScopeLinksAreNotCrawledButTheWwwTwinIs() {
        String home = "<a href='" + site.url("www.lyson.test", "/twin.html") + "'>twin</a>"
                + "<a href='" + site.url("other.test", "/foreign.html") + "'>foreign</a>"
                + "<a href='https://www.google.com/'>g</a>";
        site.page("/", home);
        site.page("/twin.html", "<title>twin</title>");
        site.page("/foreign.html", "<title>foreign</title>");

        var pages = new TestSite.Pages();
        CrawlResult result;
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            result = crawler.crawl(site.url("lyson.test", "/"), List.of(), pages);
        }

        assertThat(pages.pages.keySet()).containsExactlyInAnyOrder(site.url("lyson.test", "/"),
                site.url("www.lyson.test", "/twin.html"));
        assertThat(site.count("GET", "/foreign.html")).isZero();
        assertThat(result.unreached()).isEmpty();
    }

    @Test
    void extraSeedsAreFetchedEvenUnlinkedAndOutOfScope() {
        site.page("/", "<p>home</p>");
        site.page("/hidden/list.html", "<title>list</title>");
        site.page("/elsewhere.html", "<title>elsewhere</title>");
        var pages = new TestSite.Pages();
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            crawler.crawl(site.url("lyson.test", "/"), List.of(site.url("lyson.test", "/hidden/list.html"),
                    site.url("dichvucong.test", "/elsewhere.html")), pages);
        }
        assertThat(pages.paths()).containsExactly("/", "/elsewhere.html", "/hidden/list.html");
    }

    @Test
    void maxPagesStopsTheCrawlAndSkipsWhatIsLeft() {
        StringBuilder home = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            home.append("<a href='/p").append(i).append(".html'>Trang ").append(i).append("</a>");
            site.page("/p" + i + ".html", "<p>" + i + "</p>");
        }
        site.page("/", home.toString());
        CrawlSettings settings = new CrawlSettings(3, 10, 0, 2, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);

        CrawlResult result = crawl(settings, site.url("/"));

        assertThat(result.pagesFetched()).isEqualTo(3);
        assertThat(result.limitReached()).isTrue();
        assertThat(result.unreached()).hasSize(4).allSatisfy(u -> {
            assertThat(u.outcome()).isInstanceOf(FetchOutcome.Skipped.class);
            assertThat(u.anchorTexts()).singleElement().asString().startsWith("Trang ");
        });
    }

    @Test
    void maxDepthStopsLinksBeyondIt() {
        site.page("/", "<a href='/d1.html'>1</a>");
        site.page("/d1.html", "<a href='/d2.html'>2</a>");
        site.page("/d2.html", "<a href='/d3.html'>3</a>");
        site.page("/d3.html", "<p>3</p>");
        CrawlSettings settings = new CrawlSettings(100, 2, 0, 2, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);

        CrawlResult result = crawl(settings, site.url("/"));

        assertThat(result.pagesFetched()).isEqualTo(3);
        assertThat(result.limitReached()).isTrue();
        assertThat(site.count("GET", "/d3.html")).isZero();
        assertThat(unreached(result, "/d3.html").outcome()).isInstanceOf(FetchOutcome.Skipped.class);
    }

    @Test
    void aListPagedByNextLinksIsFollowedPastMaxDepthAtTheListsDepth() {
        site.page("/", "<a href='/tin-tuc'>Tin tức</a>");
        for (int n = 1; n <= 6; n++) {
            String next = n < 6 ? "<a href='/tin-tuc?page=" + (n + 1) + "'><img src='/next.gif' alt='Tiếp'></a>" : "";
            site.page(n == 1 ? "/tin-tuc" : "/tin-tuc?page=" + n, "<a href='/bai-" + n + ".html'>Bài số " + n + "</a>" + next);
            site.page("/bai-" + n + ".html", "<p>Bài số " + n + "</p>");
        }
        CrawlSettings settings = new CrawlSettings(100, 2, 0, 2, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);
        var pages = new TestSite.Pages();

        CrawlResult result;
        try (Crawler crawler = new Crawler(settings, (seed, fetched, queued, current) -> { }, TestSite.LOOPBACK_DNS)) {
            result = crawler.crawl(site.url("/"), List.of(), pages);
        }

        assertThat(site.count("GET", "/tin-tuc")).isEqualTo(1);
        assertThat(pages.pages.get(site.url("/tin-tuc?page=6")).depth()).isEqualTo(1);
        assertThat(pages.pages.get(site.url("/bai-6.html")).depth()).isEqualTo(2);
        assertThat(pages.pages).hasSize(13).containsKeys(site.url("/tin-tuc?page=6"), site.url("/bai-1.html"));
        assertThat(result.limitReached()).isFalse();
    }

    @Test
    void aPageFirstMetBeyondMaxDepthIsStillFetchedWhenAListsNextPageLinksIt() {
        site.page("/", "<a href='/a'>A</a><a href='/list'>Danh sách</a>");
        site.page("/a", "<a href='/b'>B</a>");
        site.page("/b", "<a href='/list?page=3'>Trang 3 của danh sách</a>");
        site.page("/list", "<p>trang 1</p><a href='/list?page=2'>Trang sau</a>");
        site.page("/list?page=2", "<p>trang 2</p><a href='/list?page=3'>Trang sau</a>");
        site.page("/list?page=3", "<p>trang 3</p>");
        CrawlSettings settings = new CrawlSettings(100, 2, 0, 1, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);

        CrawlResult result = crawl(settings, site.url("/"));

        assertThat(site.count("GET", "/list?page=3")).isEqualTo(1);
        assertThat(result.limitReached()).isFalse();
        assertThat(result.unreached()).isEmpty();
    }

    @Test
    void aSeedThatIsDownEndsPromptlyWithNoPages() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI seed = URI.create("http://127.0.0.1:" + closedPort + "/");

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> crawl(TestSite.settings(), seed));

        assertThat(result.pagesFetched()).isZero();
        assertThat(result.answered()).isFalse();
        assertThat(result.unreached()).singleElement()
                .extracting(Unreached::outcome).isInstanceOf(FetchOutcome.Failed.class);
    }

    @Test
    void aSeedAnswering500HasNoPages() {
        site.status("/", 500);
        CrawlResult result = crawl(TestSite.settings(), site.url("/"));
        assertThat(result.pagesFetched()).isZero();
        assertThat(result.brokenLinks()).singleElement().extracting(BrokenLink::status).isEqualTo(500);
    }

    private CrawlResult crawl(CrawlSettings settings, URI seed) {
        try (Crawler crawler = TestSite.crawler(settings)) {
            return crawler.crawl(seed, List.of(), new TestSite.Pages());
        }
    }

    static Unreached unreached(CrawlResult result, String path) {
        return result.unreached().stream().filter(u -> u.outcome().url().getPath().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("not unreached: " + path + " in " + result.unreached()));
    }
}
