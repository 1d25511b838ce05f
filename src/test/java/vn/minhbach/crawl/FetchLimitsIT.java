package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;

class FetchLimitsIT {

    private static final CrawlSettings ONE_SECOND_TIMEOUT =
            new CrawlSettings(100, 10, 0, 2, 1, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);

    private TestSite site;
    private TestSite.Pages pages;

    @BeforeEach
    void start() {
        site = new TestSite();
        pages = new TestSite.Pages();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aSlowPageTimesOutAndTheCrawlStillEnds() {
        site.page("/", "<a href='/slow.html'>slow</a><a href='/fast.html'>fast</a>");
        site.page("/fast.html", "<p>fast</p>");
        site.server.stubFor(get("/slow.html").willReturn(aResponse().withFixedDelay(30_000).withBody("<p>late</p>")));

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> crawl(ONE_SECOND_TIMEOUT));

        assertThat(result.pagesFetched()).isEqualTo(2);
        assertThat(CrawlerIT.unreached(result, "/slow.html").outcome()).isInstanceOfSatisfying(
                FetchOutcome.Failed.class, f -> assertThat(f.error()).contains("timed out"));
    }

    @Test
    void aPageTricklingBytesIsCutByTheOverallDeadline() {
        site.page("/", "<a href='/trickle.html'>trickle</a>");
        // Each chunk comes well within the socket timeout, but the whole body takes 20 s.
        site.server.stubFor(get("/trickle.html").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<p>" + "x".repeat(400) + "</p>").withChunkedDribbleDelay(40, 20_000)));

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> crawl(ONE_SECOND_TIMEOUT));

        assertThat(CrawlerIT.unreached(result, "/trickle.html").outcome()).isInstanceOfSatisfying(
                FetchOutcome.Failed.class, f -> assertThat(f.error()).contains("no complete response"));
    }

    @Test
    void aHugeBodyIsCutAtTheCapAndWhatWasReadIsParsed() {
        int cap = 64 * 1024;
        site.page("/", "<title>big</title><a href='/early.html'>early</a><p>" + "Ủy ban nhân dân ".repeat(200_000)
                + "</p><a href='/late.html'>late</a>");
        site.page("/early.html", "<p>early</p>");
        site.page("/late.html", "<p>late</p>");

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> crawl(new CrawlSettings(100, 10, 0, 2, 5, cap, CrawlSettings.DEFAULT_USER_AGENT, true)));

        assertThat(pages.pages.get(site.url("/")).bytes()).isEqualTo(cap);
        assertThat(pages.titles.get(site.url("/"))).isEqualTo("big");
        assertThat(pages.paths()).containsExactly("/", "/early.html");
        assertThat(result.pagesFetched()).isEqualTo(2);
    }

    @Test
    void gzipBodiesAreDecoded() throws IOException {
        site.page("/", "<a href='/z.html'>z</a>");
        site.server.stubFor(get("/z.html").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withHeader("Content-Encoding", "gzip").withBody(gzip("<title>Nén gzip</title>"))));
        crawl(TestSite.settings());
        assertThat(pages.titles.get(site.url("/z.html"))).isEqualTo("Nén gzip");
    }

    @Test
    void charsetsComeFromTheHeaderTheBomOrAMetaTag() {
        Charset cp1258 = Charset.forName("windows-1258");
        site.page("/", "<a href='/cp1258.html'>1</a><a href='/meta.html'>2</a><a href='/bom.html'>3</a>");
        site.server.stubFor(get("/cp1258.html").willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=windows-1258")
                .withBody("<title>Nhà nư\u01A1\u0301c</title>".getBytes(cp1258))));
        site.server.stubFor(get("/meta.html").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<meta charset='iso-8859-1'><title>caf\u00e9</title>".getBytes(StandardCharsets.ISO_8859_1))));
        byte[] utf8 = "<title>Thủ tục</title>".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        site.server.stubFor(get("/bom.html").willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=iso-8859-1").withBody(bom)));

        crawl(TestSite.settings());

        assertThat(pages.titles.get(site.url("/cp1258.html"))).isEqualTo("Nhà nước");
        assertThat(pages.titles.get(site.url("/meta.html"))).isEqualTo("café");
        assertThat(pages.titles.get(site.url("/bom.html"))).isEqualTo("Thủ tục");
    }

    @Test
    void a503WithAShortRetryAfterIsRetriedOnce() {
        site.page("/", "<a href='/busy.html'>busy</a>");
        site.server.stubFor(get("/busy.html").inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
                .willSetStateTo("ready"));
        site.server.stubFor(get("/busy.html").inScenario("busy").whenScenarioStateIs("ready")
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<p>ok now</p>")));

        CrawlResult result = crawl(TestSite.settings());

        assertThat(result.pagesFetched()).isEqualTo(2);
        assertThat(site.count("GET", "/busy.html")).isEqualTo(2);
    }

    @Test
    void a429WithALongRetryAfterIsRecordedNotWaitedFor() {
        site.page("/", "<a href='/limited.html'>limited</a>");
        site.server.stubFor(get("/limited.html").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> crawl(TestSite.settings()));

        assertThat(site.count("GET", "/limited.html")).isEqualTo(1);
        assertThat(CrawlerIT.unreached(result, "/limited.html").outcome())
                .isEqualTo(new FetchOutcome.Failed(site.url("/limited.html"), 429, null));
    }

    @Test
    void nonHtmlAtPageUrlsIsNeitherParsedNorCounted() {
        site.page("/", "<a href='/api/data'>data</a><a href='/photo'>photo</a>");
        site.server.stubFor(get("/api/data").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"a\": \"<a href='/x'>\"}")));
        site.server.stubFor(get("/photo").willReturn(aResponse().withHeader("Content-Type", "image/jpeg")
                .withBody(new byte[100_000])));

        CrawlResult result = crawl(TestSite.settings());

        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(pages.paths()).containsExactly("/");
        assertThat(result.unreached()).isEmpty();
        assertThat(result.bytesFetched()).isLessThan(100_000);
    }

    private CrawlResult crawl(CrawlSettings settings) {
        try (Crawler crawler = TestSite.crawler(settings)) {
            return crawler.crawl(site.url("/"), List.of(), pages);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
