package vn.minhbach.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.model.Verdict;

class FixtureSiteIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> ITEMS = List.of("planning.annual-plan", "planning.five-year-plan",
            "planning.land-use", "legal.documents", "budget.estimate", "budget.execution", "budget.final-accounts",
            "tender.notices", "investment.projects", "contact.hotline", "contact.focal-officials", "qa.section",
            "qa.response-time", "section.legal-qa", "section.tax-and-life", "section.business-info",
            "onestop.hotline", "onestop.online-rate", "onestop.procedure-details", "onestop.status-lookup");
    private static final Pattern DOWNLOADFILE = Pattern.compile("downloadfile\\('[^']+','([^']+)'\\)");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            liferay-like    | /                                   | 302 | -
            liferay-like    | /web/guest/trang-chu                | 200 | text/html
            liferay-like    | /web/guest/van-ban?p_p_id=com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vanban&p_p_lifecycle=0&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_vanban_cur=2 | 200 | text/html
            liferay-like    | /documents/20182/45012/qd-12-2026.pdf | 200 | application/pdf
            liferay-like    | /documents/20182/45012/qd-10-2026.pdf | 404 | text/html
            liferay-like    | /web/guest/thue-va-cuoc-song        | 503 | text/html
            liferay-like    | /robots.txt                         | 200 | text/plain
            liferay-like    | /khong-co                           | 404 | text/html
            sharepoint-like | /                                   | 302 | -
            sharepoint-like | /Pages/default.aspx                 | 200 | text/html
            sharepoint-like | /Pages/VanBan.aspx?Page=2           | 200 | text/html
            sharepoint-like | /Pages/ThuocTinhVanBan.aspx?ItemID=2308 | 200 | text/html
            sharepoint-like | /Lists/VanBan/Attachments/2308/25.2026.QD-UBND.pdf | 200 | application/pdf
            sharepoint-like | /Lists/VanBan/Attachments/2305/05.CT-UBND.pdf | 404 | text/html
            sharepoint-like | /Pages/LichCongTac.aspx             | 503 | text/html
            sharepoint-like | /DoanhNghiep/Pages/default.aspx     | 200 | text/html
            sharepoint-like | /sitemap.xml                        | 200 | application/xml
            onestop-like    | /                                   | 200 | text/html
            onestop-like    | /thu-tuc?trang=2                    | 200 | text/html
            onestop-like    | /thu-tuc/1.001612                   | 200 | text/html
            onestop-like    | /bieu-mau/1.001612.doc              | 200 | application/msword
            onestop-like    | /bieu-mau/1.000656.doc              | 404 | text/html
            onestop-like    | /thong-ke                           | 503 | text/html
            """)
    void servesStatusesAndTypes(String name, String path, int status, String type) throws Exception {
        try (FixtureSite site = FixtureSite.start(name)) {
            HttpResponse<String> response = get(site.url(path));

            assertThat(response.statusCode()).as(path).isEqualTo(status);
            if (!"-".equals(type)) {
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(type));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"liferay-like", "sharepoint-like", "onestop-like"})
    void expectationsCoverEveryItemAndHomeLinksAreRootRelative(String name) throws Exception {
        try (FixtureSite site = FixtureSite.start(name)) {
            assertThat(site.asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
            assertThat(site.expected().keySet()).containsExactlyElementsOf(ITEMS);
            assertThat(site.expected().values()).allMatch(v -> EnumSet.allOf(Verdict.class).contains(Verdict.valueOf(v)));
            assertThat(site.roles()).isNotEmpty();

            HttpResponse<String> home = get(site.url("/"));
            String start = home.statusCode() == 302 ? home.headers().firstValue("Location").orElseThrow() : "/";
            Document doc = Jsoup.parse(get(site.url(start)).body(), site.url(start).toString());
            assertThat(doc.select("a[href]").eachAttr("href")).as("links are root-relative")
                    .noneMatch(href -> href.startsWith("http"));
        }
    }

    @Test
    void thePortalFixturesTogetherCoverEveryVerdict() {
        Set<String> verdicts = new HashSet<>();
        for (String name : List.of("liferay-like", "sharepoint-like")) {
            try (FixtureSite site = FixtureSite.start(name)) {
                verdicts.addAll(site.expected().values());
            }
        }
        assertThat(verdicts).containsExactlyInAnyOrder("PASS", "STALE", "MISSING", "FAIL", "UNKNOWN", "NOT_APPLICABLE");
    }

    @Test
    void sharepointRobotsAndSitemapNameTheDynamicPort() throws Exception {
        try (FixtureSite site = FixtureSite.start("sharepoint-like")) {
            String robots = get(site.url("/robots.txt")).body();
            String sitemap = get(site.url("/sitemap.xml")).body();

            assertThat(robots).contains("Disallow: /DoanhNghiep/", "Sitemap: " + site.url("/sitemap.xml"));
            assertThat(sitemap).contains("<loc>" + site.url("/Pages/VanBan.aspx") + "</loc>");
        }
    }

    @Test
    void sharepointAttachmentsAreOnlyInDownloadfileCalls() throws Exception {
        try (FixtureSite site = FixtureSite.start("sharepoint-like")) {
            String properties = get(site.url("/Pages/ThuocTinhVanBan.aspx?ItemID=2308")).body();
            Matcher m = DOWNLOADFILE.matcher(properties);

            assertThat(m.find()).isTrue();
            assertThat(get(site.url(m.group(1))).statusCode()).isEqualTo(200);
            assertThat(Jsoup.parse(properties).select("div.vbProperties td.label").eachText())
                    .contains("Số ký hiệu", "Ngày ban hành", "Trích yếu");
        }
    }

    @Test
    void onestopPaginationReachesEveryProcedure() throws Exception {
        try (FixtureSite site = FixtureSite.start("onestop-like")) {
            Set<String> details = new HashSet<>();
            for (String page : List.of("/thu-tuc", "/thu-tuc?trang=2")) {
                Document doc = Jsoup.parse(get(site.url(page)).body());
                details.addAll(doc.select("a[href^=/thu-tuc/]").eachAttr("href"));
            }
            assertThat(details).hasSize(12);
            for (String detail : details) {
                assertThat(get(site.url(detail)).statusCode()).as(detail).isEqualTo(200);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            liferay-like    | /documents/20182/45012/qd-10-2026.pdf
            sharepoint-like | /Lists/TinTuc/Attachments/105/bao-cao-tong-ket.pdf
            onestop-like    | /bieu-mau/1.000656.doc /huong-dan
            """)
    void theOnlyBrokenLinksAreTheIntendedOnes(String name, String broken) throws Exception {
        try (FixtureSite site = FixtureSite.start(name)) {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>(List.of("/"));
            while (!queue.isEmpty()) {
                String path = queue.poll();
                if (statuses.containsKey(path)) {
                    continue;
                }
                HttpResponse<String> response = get(site.url(path));
                statuses.put(path, response.statusCode());
                response.headers().firstValue("Location").ifPresent(queue::add);
                if (response.statusCode() == 200 && response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("text/html")) {
                    Jsoup.parse(response.body()).select("a[href^=/]").eachAttr("href").forEach(queue::add);
                }
            }
            List<String> notFound = statuses.entrySet().stream().filter(e -> e.getValue() == 404)
                    .map(Map.Entry::getKey).toList();
            assertThat(notFound).containsExactlyInAnyOrder(broken.split(" "));
            assertThat(statuses.size()).isGreaterThan(10);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
