package vn.minhbach.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.demo.InProcessSites.get;
import static vn.minhbach.demo.InProcessSites.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoSitesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private final InProcessSites sites = new InProcessSites(AS_OF);

    @Test
    void theProcedurePaginationReachesEveryProcedure() {
        Map<String, Response> pages = InProcessSites.crawl(sites.onestop, InProcessSites.ONESTOP, 0);

        Set<String> details = pages.keySet().stream().filter(p -> p.startsWith(OnestopPages.LIST + "/chi-tiet?"))
                .collect(Collectors.toSet());
        assertThat(details).hasSize(60);
        assertThat(pages).containsKeys("/thu-tuc-hanh-chinh?page=6", "/tra-cuu-ho-so");
        assertThat(pages.get("/thu-tuc-hanh-chinh?page=6").status()).isEqualTo(200);
    }

    @Test
    void thePortalHasAFewHundredReachablePagesAndTheExpectedFailures() {
        Map<String, Response> pages = InProcessSites.crawl(sites.portal, InProcessSites.PORTAL, 5);

        long html = pages.values().stream().filter(r -> r.status() == 200
                && r.contentType().startsWith("text/html")).count();
        assertThat(html).isBetween(250L, 500L);
        Map<Integer, Long> statuses = pages.values().stream()
                .collect(Collectors.groupingBy(Response::status, Collectors.counting()));
        assertThat(statuses).containsEntry(503, 1L).containsEntry(302, 1L).containsKey(404);
        assertThat(pages.get("/loop-a").location()).isEqualTo("/loop-b");
        assertThat(pages.entrySet().stream().filter(e -> e.getValue().status() == 404).map(Map.Entry::getKey))
                .as("the only 404s are the broken attachments")
                .containsExactlyInAnyOrder("/uploads/tin-tuc/8947.pdf", "/uploads/tin-tuc/8922.pdf",
                        "/uploads/dau-thau/441.pdf");
    }

    @Test
    void pagesAreTheSameForTheSameAuditDate() {
        Map<String, Response> first = InProcessSites.crawl(sites.portal, InProcessSites.PORTAL, 3);
        Map<String, Response> second = InProcessSites.crawl(new InProcessSites(AS_OF).portal, InProcessSites.PORTAL, 3);

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, response) -> assertThat(second.get(path).body()).as(path).isEqualTo(response.body()));
        Map<String, Response> later = InProcessSites.crawl(new InProcessSites(AS_OF.plusDays(1)).portal,
                InProcessSites.PORTAL, 3);
        assertThat(text(later.get("/"))).isNotEqualTo(text(first.get("/")));
    }

    @Test
    void noPageMentionsFinalAccounts() {
        Map<String, Response> pages = InProcessSites.crawl(sites.portal, InProcessSites.PORTAL, 3);
        pages.putAll(InProcessSites.crawl(sites.onestop, InProcessSites.ONESTOP, 0));

        for (Map.Entry<String, Response> page : pages.entrySet()) {
            assertThat(page.getKey()).doesNotContain("quyet-toan");
            if (page.getValue().contentType() != null && page.getValue().contentType().startsWith("text/")) {
                assertThat(fold(text(page.getValue()))).as(page.getKey()).doesNotContain("quyet toan");
            }
        }
    }

    @Test
    void theRedirectLoopNeverEnds() {
        Response a = get(sites.portal, "/loop-a");
        Response b = get(sites.portal, "/loop-b");

        assertThat(a.status()).isEqualTo(302);
        assertThat(a.location()).isEqualTo("/loop-b");
        assertThat(b.status()).isEqualTo(302);
        assertThat(b.location()).isEqualTo("/loop-a");
    }

    @ParameterizedTest
    @CsvSource({"2026-11, 2026-10, 2026-12", "2150-01, 2149-12, 2150-02", "1999-12, 1999-11, 2000-01"})
    void theCalendarLinksMonthsForever(String month, String previous, String next) {
        Response page = get(sites.portal, "/lich-su-kien?month=" + month);

        assertThat(page.status()).isEqualTo(200);
        assertThat(Jsoup.parse(text(page)).select("a[href^=/lich-su-kien?month=]").eachAttr("href"))
                .containsExactly("/lich-su-kien?month=" + previous, "/lich-su-kien?month=" + next);
    }

    @Test
    void robotsDisallowAdminAndSearchAndNameTheSitemap() {
        String robots = text(get(sites.portal, "/robots.txt"));
        Response sitemap = get(sites.portal, "/sitemap.xml");

        assertThat(robots).contains("Disallow: /admin/\n", "Disallow: /search\n",
                "Sitemap: http://127.0.0.1:8101/sitemap.xml");
        assertThat(sitemap.contentType()).startsWith("application/xml");
        List<String> locs = Jsoup.parse(text(sitemap), "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
        assertThat(locs).contains("http://127.0.0.1:8101/", "http://127.0.0.1:8101/van-ban")
                .allMatch(loc -> loc.startsWith("http://127.0.0.1:8101/"));
    }

    @Test
    void theIntroductionIsWindows1258WithAMatchingHeader() {
        Response intro = get(sites.portal, "/gioi-thieu");

        assertThat(intro.contentType()).isEqualTo("text/html; charset=windows-1258");
        assertThat(new String(intro.body(), StandardCharsets.UTF_8)).doesNotContain("Lý Sơn");
        String decoded = Normalizer.normalize(new String(intro.body(), DemoText.WINDOWS_1258), Normalizer.Form.NFC);
        assertThat(decoded).contains("<meta charset=\"windows-1258\">", PortalIntro.INTRO_TITLE,
                "Đường dây nóng: <a href=\"tel:02553867123\">0255.3867.123</a>").doesNotContain("?");
    }

    @Test
    void someVietnameseTextIsDecomposed() {
        String leaders = text(get(sites.portal, "/gioi-thieu/lanh-dao"));
        Post nfdNews = sites.content.news().posts().get(7);
        String news = text(get(sites.portal, nfdNews.path()));

        assertThat(nfdNews.decomposed()).isTrue();
        for (String page : List.of(leaders, news)) {
            assertThat(Normalizer.isNormalized(page, Normalizer.Form.NFC)).isFalse();
        }
        assertThat(leaders).doesNotContain(PortalIntro.LEADERS_TITLE);
        assertThat(Normalizer.normalize(leaders, Normalizer.Form.NFC)).contains(PortalIntro.LEADERS_TITLE);
        assertThat(Jsoup.parse(Normalizer.normalize(news, Normalizer.Form.NFC)).select("h1").text())
                .isEqualTo(nfdNews.title());
        assertThat(Normalizer.isNormalized(text(get(sites.portal, "/")), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void theTaxSectionAnswers503AndIsLinkedFromTheMenu() {
        Response tax = get(sites.portal, PortalTraps.TAX_SECTION);
        String home = text(get(sites.portal, "/"));

        assertThat(tax.status()).isEqualTo(503);
        assertThat(tax.retryAfter()).isNotNull();
        assertThat(Jsoup.parse(home).select("a[href=" + PortalTraps.TAX_SECTION + "]").first().wholeText())
                .isEqualTo("Thuế\u00a0và cuộc sống");
    }

    @ParameterizedTest
    @CsvSource({"/tin-tuc?page=13", "/tin-tuc?page=0", "/van-ban?page=x", "/van-ban/chi-tiet?id=1",
        "/hoi-dap/chi-tiet", "/khong-co", "/lich-su-kien?month=13"})
    void unknownPagesAnswer404(String path) {
        assertThat(get(sites.portal, path).status()).isEqualTo(404);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(java.util.Locale.ROOT);
    }
}
