package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Unreached;
import vn.minhbach.testing.Firewall;
import vn.minhbach.i18n.Messages;

/** Soft errors over HTTP: walls are failed fetches, retried after pauses; a stale base href is ignored. */
class SoftErrorsIT {

    private static final int PAGES = 60;

    private final TestSite site = new TestSite();

    @AfterEach
    void close() {
        site.close();
    }

    static Stream<Arguments> walls() {
        return Stream.of(Arguments.of(Firewall.F5, SoftErrors.WAF),
                Arguments.of(Firewall.MAINTENANCE, SoftErrors.MAINTENANCE),
                Arguments.of(Firewall.BROWSER_CHECK, SoftErrors.BROWSER_CHECK),
                Arguments.of(Firewall.LOGIN, SoftErrors.LOGIN),
                Arguments.of(Firewall.UNKNOWN_WORDS, SoftErrors.BARE_HOME));
    }

    @ParameterizedTest
    @MethodSource("walls")
    void aSiteAnsweringOnlyAWallDidNotAnswer(String wall, String reason) {
        try (Firewall firewall = Firewall.everywhere(wall)) {
            var pages = new TestSite.Pages();
            CrawlResult result = crawl(firewall.url("/"), pages);

            assertThat(result.answered()).isFalse();
            assertThat(result.pagesFetched()).isZero();
            assertThat(result.pagesWalled()).isEqualTo(1);
            assertThat(pages.pages).isEmpty();
            FetchOutcome.Failed home = (FetchOutcome.Failed) result.unreached().get(0).outcome();
            assertThat(home.soft()).isTrue();
            assertThat(home.error()).isEqualTo(reason);
            assertThat(firewall.requests("/")).as("asked again after each pause").isEqualTo(1 + Walls.MAX_ROUNDS);
            assertThat(result.brokenLinks()).as("a wall is not a broken link").isEmpty();
        }
    }

    @Test
    void aWallRisingMidCrawlLeavesItsPagesWalledAfterTheRetries() {
        portal();
        try (Firewall firewall = Firewall.before(site.url("/"), 31, Integer.MAX_VALUE, Firewall.F5)) {
            CrawlResult result = crawl(firewall.url("/"), new TestSite.Pages());

            assertThat(result.pagesWalled()).isPositive();
            assertThat(result.pagesFetched() + result.pagesWalled()).isEqualTo(PAGES + 1);
            List<Unreached> walled = result.unreached().stream()
                    .filter(u -> u.outcome() instanceof FetchOutcome.Failed f && f.soft()).toList();
            assertThat(walled).hasSize(result.pagesWalled()).allSatisfy(u -> {
                assertThat(((FetchOutcome.Failed) u.outcome()).error()).isEqualTo(SoftErrors.WAF);
                assertThat(u.anchorTexts()).as("what linked to it, for the items that depend on it").isNotEmpty();
                assertThat(firewall.requests(u.outcome().url().getPath())).isEqualTo(1 + Walls.MAX_ROUNDS);
            });
        }
    }

    @Test
    void aWallThatLowersIsGotPastByTheRetries() {
        portal();
        try (Firewall firewall = Firewall.before(site.url("/"), 31, 50, Firewall.F5)) {
            CrawlResult result = crawl(firewall.url("/"), new TestSite.Pages());

            assertThat(firewall.rejected()).isEqualTo(20);
            assertThat(result.pagesWalled()).isZero();
            assertThat(result.pagesFetched()).isEqualTo(PAGES + 1);
            assertThat(result.unreached()).isEmpty();
        }
    }

    @Test
    void manyAddressesAnsweringOneSmallBodyAreAWall() {
        StringBuilder home = new StringBuilder("<h1>UBND xã</h1><a href='/gioi-thieu'>Giới thiệu</a>");
        for (int i = 1; i <= 6; i++) {
            home.append("<a href='/muc-").append(i).append("'>Mục ").append(i).append("</a>");
            site.page("/muc-" + i, Firewall.UNKNOWN_WORDS.formatted(1000 + i));
        }
        site.page("/", home.toString());
        site.page("/gioi-thieu", "<h1>Giới thiệu</h1><p>Xã Tịnh Hà nằm ở phía bắc huyện.</p><a href='/'>Trang chủ</a>");
        var pages = new TestSite.Pages();
        CrawlResult result = crawl(site.url("/"), pages);

        assertThat(result.pagesFetched()).isEqualTo(2);
        assertThat(result.pagesWalled()).isEqualTo(6);
        assertThat(result.unreached()).hasSize(6).allSatisfy(u -> {
            assertThat(((FetchOutcome.Failed) u.outcome()).error()).isEqualTo(SoftErrors.SAME_BODY);
            assertThat(u.anchorTexts().get(0)).startsWith("Mục ");
        });
        assertThat(result.brokenLinks()).isEmpty();
    }

    @Test
    void aStaleBaseHrefIsIgnoredAndNoted() {
        site.page("/", "<html><head><base href='http://old-host.example/'></head><body><h1>UBND huyện</h1>"
                + "<a href='/Pages/gioi-thieu.aspx'>Giới thiệu</a><a href='Pages/hoi-dap.aspx'>Hỏi đáp</a>"
                + "</body></html>");
        site.page("/Pages/gioi-thieu.aspx", "<h1>Giới thiệu</h1><p>Huyện có 11 xã.</p>");
        site.page("/Pages/hoi-dap.aspx", "<h1>Hỏi đáp</h1><p>Câu hỏi 1.</p>");
        var pages = new TestSite.Pages();
        CrawlResult result = crawl(site.url("/"), pages);

        assertThat(pages.paths()).containsExactly("/", "/Pages/gioi-thieu.aspx", "/Pages/hoi-dap.aspx");
        assertThat(result.homeLinksOffSite()).isFalse();
        assertThat(result.notes()).anySatisfy(note ->
                assertThat(Messages.vi().format(note)).contains("<base href>", "old-host.example"));
    }

    @Test
    void aHomePageWhoseLinksAllLeaveTheSiteIsNoted() {
        site.page("/", "<h1>UBND huyện</h1><p>Cổng đã chuyển.</p>" + "<a href='https://new-portal.example/a'>a</a>"
                + "<a href='https://new-portal.example/b'>b</a>".repeat(3) + "<p>" + "Tin tức. ".repeat(300) + "</p>");
        CrawlResult result = crawl(site.url("/"), new TestSite.Pages());

        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(result.homeLinksOffSite()).isTrue();
        assertThat(result.notes()).anySatisfy(note ->
                assertThat(Messages.vi().format(note)).contains("không có liên kết nào dẫn vào trong trang"));
    }

    @Test
    void aHomePageThatMovedIsFollowedAndNoted() {
        site.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/cu")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(301)
                        .withHeader("Location", site.url("moi.test", "/").toString())));
        site.page("/", "<h1>UBND</h1><a href='/tin-tuc'>Tin tức</a>");
        site.page("/tin-tuc", "<h1>Tin tức</h1><p>Bài 1</p>");
        var pages = new TestSite.Pages();
        CrawlResult result = crawl(site.url("cu.test", "/cu"), pages);

        assertThat(pages.paths()).containsExactly("/cu", "/tin-tuc");
        assertThat(result.notes()).anySatisfy(note ->
                assertThat(Messages.vi().format(note)).contains("chuyển tới", "moi.test"));
    }

    /** A portal of {@link #PAGES} pages besides the home page, each with its own text. */
    private void portal() {
        StringBuilder home = new StringBuilder("<h1>Cổng thông tin điện tử huyện</h1>");
        for (int i = 1; i <= PAGES; i++) {
            home.append("<a href='/bai-").append(i).append("'>Bài viết số ").append(i).append("</a>");
            site.page("/bai-" + i, "<h1>Bài viết " + i + "</h1><p>Nội dung riêng của bài " + i + ".</p>"
                    + "<a href='/'>Trang chủ</a><a href='/bai-" + (i % PAGES + 1) + "'>Bài tiếp</a>");
        }
        site.page("/", home.toString());
        site.status("/robots.txt", 404);
    }

    private static CrawlResult crawl(URI seed, TestSite.Pages pages) {
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            return crawler.crawl(seed, List.of(), pages);
        }
    }
}
