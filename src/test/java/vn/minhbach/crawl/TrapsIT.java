package vn.minhbach.crawl;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Unreached;

class TrapsIT {

    /** Deep enough that only the trap defences, not maxDepth, can stop these crawls. */
    private static final CrawlSettings DEEP =
            new CrawlSettings(1000, 1000, 0, 2, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, true);

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
    void aCalendarLinkingToTheNextMonthIsCutOff() {
        site.page("/", "<a href='/lich?month=2026-01'>Lịch</a>");
        YearMonth month = YearMonth.of(2026, 1);
        for (int i = 0; i < 120; i++, month = month.plusMonths(1)) {
            site.server.stubFor(get("/lich?month=" + month).willReturn(aResponse()
                    .withHeader("Content-Type", "text/html").withBody("<a href='/lich?month=" + month.minusMonths(1)
                            + "'>Trước</a><a href='/lich?month=" + month.plusMonths(1) + "'>Sau</a>")));
        }

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> crawl());

        assertThat(result.pagesFetched()).isLessThanOrEqualTo(1 + 12 + 1);
        assertThat(result.unreached()).anySatisfy(u -> assertThat(u.outcome())
                .isInstanceOfSatisfying(FetchOutcome.Skipped.class, s -> assertThat(s.reason()).contains("calendar")));
    }

    @Test
    void growingQueriesAndPathsAreCutOff() {
        site.page("/", "<a href='/gq?n=1'>repeat</a><a href='/gl?q=a'>long</a><a href='/grow/'>path</a>");
        site.server.stubFor(get(urlPathEqualTo("/gq")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<a href='{{{request.url}}}&amp;n=1'>more</a>").withTransformers("response-template")));
        site.server.stubFor(get(urlPathEqualTo("/gl")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<a href='{{{request.url}}}" + "a".repeat(50) + "'>longer</a>")
                .withTransformers("response-template")));
        site.server.stubFor(get(urlPathMatching("/grow/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html").withBody("<a href='x/'>deeper</a>")));

        CrawlResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> crawl());

        assertThat(reasons(result)).anyMatch(r -> r.contains("repeated query parameter"))
                .anyMatch(r -> r.contains("query longer"))
                .anyMatch(r -> r.contains("repeated path segment"));
        assertThat(result.pagesFetched()).isLessThan(25);
    }

    private CrawlResult crawl() {
        try (Crawler crawler = TestSite.crawler(DEEP)) {
            return crawler.crawl(site.url("/"), List.of(), new TestSite.Pages());
        }
    }

    private static List<String> reasons(CrawlResult result) {
        return result.unreached().stream().map(Unreached::outcome)
                .filter(FetchOutcome.Skipped.class::isInstance)
                .map(o -> ((FetchOutcome.Skipped) o).reason()).toList();
    }
}
