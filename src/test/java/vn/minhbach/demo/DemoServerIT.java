package vn.minhbach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoServerIT {

    private static DemoServer server;
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        server = DemoServer.start(LocalDate.of(2026, 11, 28));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bothSitesAnswerOnLoopbackPorts() throws Exception {
        HttpResponse<String> portal = get(server.portalUrl());
        HttpResponse<String> onestop = get(server.onestopUrl());

        assertThat(server.portalUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.portalUrl().getPort()).isNotEqualTo(server.onestopUrl().getPort());
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(portal.body()).contains("Đường dây nóng", "0255.3867.123", "1022", server.onestopUrl().toString());
        assertThat(onestop.statusCode()).isEqualTo(200);
        assertThat(onestop.body()).contains("0255.3822.456", "Tra cứu hồ sơ", server.portalUrl().toString());
    }

    @ParameterizedTest
    @CsvSource({
        "portal, /robots.txt, 200, text/plain",
        "portal, /sitemap.xml, 200, application/xml",
        "portal, /gioi-thieu, 200, text/html; charset=windows-1258",
        "portal, /loop-a, 302, ",
        "portal, /lich-su-kien?month=2099-01, 200, text/html",
        "portal, /chuyen-muc/thue-va-cuoc-song, 503, text/html",
        "portal, /uploads/tin-tuc/8997.pdf, 200, application/pdf",
        "portal, /uploads/tin-tuc/8947.pdf, 404, text/html",
        "portal, /khong-ton-tai, 404, text/html",
        "onestop, /thu-tuc-hanh-chinh?page=6, 200, text/html",
        "onestop, /bieu-mau/1.001000.doc, 200, application/msword",
        "onestop, /robots.txt, 200, text/plain"
    })
    void pathsAnswerWithTheirStatusAndType(String site, String path, int status, String type) throws Exception {
        URI base = "portal".equals(site) ? server.portalUrl() : server.onestopUrl();

        HttpResponse<String> response = get(base.resolve(path));

        assertThat(response.statusCode()).isEqualTo(status);
        if (type != null) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(type));
        }
    }

    @Test
    void headRequestsHaveNoBody() throws Exception {
        HttpResponse<String> head = CLIENT.send(HttpRequest.newBuilder(server.portalUrl())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theConfigNamesBothSitesAndSwitchesOneItemOff() throws Exception {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(server.configYaml());

        assertThat(config.at("/sites/portal/url").asText()).isEqualTo(server.portalUrl().toString());
        assertThat(config.at("/sites/onestop/url").asText()).isEqualTo(server.onestopUrl().toString());
        assertThat(config.at("/crawl/delayMillis").asInt(-1)).isZero();
        assertThat(config.at("/crawl/concurrency").asInt()).isEqualTo(4);
        assertThat(config.at("/crawl/timeoutSeconds").asInt()).isEqualTo(5);
        assertThat(config.at("/checklist/items").get("investment.projects").get("enabled").asBoolean(true)).isFalse();
        assertThat(DemoExpectations.load().get("investment.projects").verdict().name()).isEqualTo("NOT_APPLICABLE");
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
