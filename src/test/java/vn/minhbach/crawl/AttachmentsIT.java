package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;

class AttachmentsIT {

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
    void attachmentsAreCheckedWithHeadOnceAndNotDownloaded() {
        site.page("/", "<a href='/docs/a.pdf'>Báo cáo</a><a href='/p.html'>p</a>");
        site.page("/p.html", "<a href='/docs/a.pdf'>Báo cáo quý</a>");
        site.server.stubFor(head(urlEqualTo("/docs/a.pdf")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withHeader("Content-Length", "123456")));

        CrawlResult result = crawl(site.url("/"));

        assertThat(result.attachments()).containsOnlyKeys(site.url("/docs/a.pdf"));
        assertThat(result.attachments().get(site.url("/docs/a.pdf"))).isInstanceOfSatisfying(
                FetchOutcome.Fetched.class, f -> {
                    assertThat(f.status()).isEqualTo(200);
                    assertThat(f.contentType()).isEqualTo("application/pdf");
                });
        assertThat(site.count("HEAD", "/docs/a.pdf")).isEqualTo(1);
        assertThat(site.count("GET", "/docs/a.pdf")).isZero();
        assertThat(result.pagesFetched()).isEqualTo(2);
    }

    @Test
    void aLinkFollowedAsAPageThatAnswersWithAFileIsAnAttachment() {
        site.page("/", "<a href='/van-ban/12/tep'><img src='/img/icon_download.png' alt=''></a>");
        site.server.stubFor(get(urlEqualTo("/van-ban/12/tep")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody(new byte[100])));

        CrawlResult result = crawl(site.url("/"));

        assertThat(result.attachments().get(site.url("/van-ban/12/tep"))).isInstanceOfSatisfying(
                FetchOutcome.Fetched.class, f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
        assertThat(result.pagesFetched()).isEqualTo(1);
    }

    @Test
    void whenHeadIsRefusedAOneByteGetIsSentAndItsBodyIsNotRead() {
        site.page("/", "<a href='/files/b.docx'>b</a><a href='/files/c.xlsx'>c</a>");
        site.server.stubFor(head(urlEqualTo("/files/b.docx")).willReturn(aResponse().withStatus(405)));
        // This server ignores Range; reading its body would take 20 s.
        site.server.stubFor(get(urlEqualTo("/files/b.docx")).willReturn(aResponse()
                .withHeader("Content-Type", "application/octet-stream").withBody(new byte[4000])
                .withChunkedDribbleDelay(20, 20_000)));
        site.server.stubFor(head(urlEqualTo("/files/c.xlsx")).willReturn(aResponse().withStatus(403)));
        site.server.stubFor(get(urlEqualTo("/files/c.xlsx")).willReturn(aResponse().withStatus(403)));

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> crawl(site.url("/")));

        assertThat(result.attachments().get(site.url("/files/b.docx"))).isInstanceOf(FetchOutcome.Fetched.class);
        site.server.verify(getRequestedFor(urlEqualTo("/files/b.docx")).withHeader("Range", equalTo("bytes=0-0")));
        assertThat(result.attachments().get(site.url("/files/c.xlsx")))
                .isEqualTo(new FetchOutcome.Failed(site.url("/files/c.xlsx"), 403, null));
    }

    @Test
    void brokenAttachmentsAreBrokenLinksWithTheirPages() {
        StringBuilder home = new StringBuilder("<a href='/vb-30.pdf'>vb</a>");
        for (int i = 1; i <= 7; i++) {
            home.append("<a href='/p").append(i).append(".html'>p</a>");
            site.page("/p" + i + ".html", "<a href='/vb-30.pdf'>Văn bản 30</a>");
        }
        site.page("/", home.toString());

        CrawlResult result = crawl(site.url("/"));

        assertThat(result.attachments().get(site.url("/vb-30.pdf")))
                .isEqualTo(new FetchOutcome.Failed(site.url("/vb-30.pdf"), 404, null));
        assertThat(result.pagesFailed()).isEqualTo(1);
        assertThat(result.brokenLinks()).singleElement().satisfies(b -> {
            assertThat(b.url()).isEqualTo(site.url("/vb-30.pdf"));
            assertThat(b.status()).isEqualTo(404);
            assertThat(b.foundOn()).hasSize(LinkRecords.MAX_FOUND_ON).contains(site.url("/"));
        });
    }

    @Test
    void downloadFileLinksAreCheckedAndAttachmentsOnOtherHostsAreNotAsked() {
        URI foreign = site.url("vbpl.test", "/FileData/TW/Lists/vbpq/Attachments/147294/a%20b.pdf");
        site.page("/", "<a href='" + foreign + "'>luật</a>"
                + "<a href=\"javascript:downloadfile('31.VBHN.doc','/TW/Attachments/31.VBHN.doc');\">31</a>");
        site.server.stubFor(head(urlEqualTo("/FileData/TW/Lists/vbpq/Attachments/147294/a%20b.pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf")));
        site.server.stubFor(head(urlEqualTo("/TW/Attachments/31.VBHN.doc")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "/files/31.VBHN.doc")));
        site.server.stubFor(head(urlEqualTo("/files/31.VBHN.doc")).willReturn(aResponse()
                .withHeader("Content-Type", "application/msword")));

        CrawlResult result;
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            result = crawler.crawl(site.url("lyson.test", "/"), List.of(), new TestSite.Pages());
        }

        // The scope guard: another organisation's host is not the configured site's.
        assertThat(result.attachments()).doesNotContainKey(foreign);
        assertThat(site.server.getAllServeEvents()).noneMatch(e -> e.getRequest().getHeader("Host").startsWith("vbpl.test"));
        assertThat(result.attachments().get(site.url("lyson.test", "/TW/Attachments/31.VBHN.doc")))
                .isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> assertThat(f.finalUrl())
                        .isEqualTo(site.url("lyson.test", "/files/31.VBHN.doc")));
        assertThat(result.brokenLinks()).isEmpty();
    }

    private CrawlResult crawl(URI seed) {
        try (Crawler crawler = TestSite.crawler(TestSite.settings())) {
            return crawler.crawl(seed, List.of(), new TestSite.Pages());
        }
    }
}
