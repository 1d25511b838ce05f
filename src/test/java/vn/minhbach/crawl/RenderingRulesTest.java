package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.html.AppShell;
import vn.minhbach.html.Scripts;
import vn.minhbach.html.UrlNormalizer;
import vn.minhbach.model.Rendering;

/** The rules that decide what a browser reads and reaches, on strings alone. */
class RenderingRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            #/thu-tuc                  | http://dvc.gov.vn/#/thu-tuc
            #!/thu-tuc/12              | http://dvc.gov.vn/#!/thu-tuc/12
            /vi/procedure#/detail?x=1  | http://dvc.gov.vn/vi/procedure#/detail?x=1
            #top                       | http://dvc.gov.vn/
            /gioi-thieu#muc-2          | http://dvc.gov.vn/gioi-thieu
            #/tìm kiếm                 | http://dvc.gov.vn/#/t%C3%ACm%20ki%E1%BA%BFm
            """)
    void aClientSideRouteIsKeptAnAnchorIsNot(String href, String expected) {
        URI base = URI.create("http://dvc.gov.vn/");
        URI normalised = UrlNormalizer.normalize(base, href);
        assertThat(UrlNormalizer.withRoute(normalised, href)).hasToString(expected);
    }

    @Test
    void onlyARenderedPagesLinksKeepTheirRoutes() {
        var doc = Jsoup.parse("<a href='#/thu-tuc'>Thủ tục</a><a href='#muc-1'>Mục 1</a>", "http://dvc.gov.vn/");
        assertThat(LinkExtractor.extract(doc, URI.create("http://dvc.gov.vn/"), true)).extracting(l -> l.url().toString())
                .containsExactly("http://dvc.gov.vn/#/thu-tuc", "http://dvc.gov.vn/");
        assertThat(LinkExtractor.extract(doc, URI.create("http://dvc.gov.vn/"))).extracting(l -> l.url().toString())
                .containsOnly("http://dvc.gov.vn/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://dichvucong.quangngai.gov.vn/x   | true
            https://apiigate.quangngai.gov.vn/pa/x  | true
            https://www.dichvucong.quangngai.gov.vn | true
            https://quangngai.gov.vn/               | true
            https://apiigate.binhdinh.gov.vn/pa/x   | false
            https://gov.vn/                         | false
            https://cdn.jsdelivr.net/x.js           | false
            http://127.0.0.2/beacon                 | false
            """)
    void dataMayComeFromTheOrganisationsOtherHostsOnly(String url, boolean allowed) {
        Scope scope = Scope.of(URI.create("https://dichvucong.quangngai.gov.vn/"));
        assertThat(scope.sameOrganisation(URI.create(url))).isEqualTo(allowed);
    }

    @Test
    void anAddressByIpHasNoOrganisationBeyondItself() {
        Scope scope = Scope.of(URI.create("http://127.0.0.1:8080/"));
        assertThat(scope.sameOrganisation(URI.create("http://127.0.0.1:8080/api"))).isTrue();
        assertThat(scope.sameOrganisation(URI.create("http://127.0.0.1:9090/api"))).isFalse();
    }

    @Test
    void theGateRefusesWhatTheCrawlWouldNotAskAndSendsTheRest() throws Exception {
        List<URI> sent = new ArrayList<>();
        BrowserRequests gate = request -> {
            sent.add(request.url());
            return new BrowserReply(200, "OK", List.of(), new byte[0], null);
        };
        PageRendering rendering = new PageRendering(new CrawlSettings.Render(CrawlSettings.Render.Mode.AUTO, 1, 5),
                (url, served, requests) -> new Rendering("<html></html>", url, List.of(), null), gate);
        URI page = URI.create("http://dvc.gov.vn/#/a");
        assertThat(rendering.render(page, null, a -> false).rendered()).isTrue();
        assertThat(rendering.render(page, null, a -> false).failure()).isEqualTo("beyond crawl.renderMaxPages 1");
        PageRendering never = new PageRendering(new CrawlSettings.Render(CrawlSettings.Render.Mode.NEVER, 10, 5),
                (url, served, requests) -> { throw new AssertionError("rendered"); }, gate);
        assertThat(never.render(page, null, a -> false).failure()).isEqualTo("crawl.render is never");
        assertThat(sent).isEmpty();
    }

    @Test
    void theRemainingPagesOfAWantedListAreAskedThroughTheGate() throws Exception {
        List<BrowserRequest> sent = new ArrayList<>();
        BrowserRequests gate = request -> {
            sent.add(request);
            String page = request.url().getQuery();
            return new BrowserReply(200, "OK", List.of(), ("{\"content\":[],\"q\":\"" + page + "\"}")
                    .getBytes(StandardCharsets.UTF_8), null);
        };
        String first = "{\"content\":[{\"name\":\"A\"}],\"totalPages\":3,\"number\":0,\"size\":1,\"totalElements\":3}";
        Renderer renderer = (url, served, requests) -> new Rendering("<html></html>", url, List.of(
                new Rendering.DataAnswer("GET", URI.create("http://dvc.gov.vn/api/p?page=0&size=1"), null, first),
                new Rendering.DataAnswer("GET", URI.create("http://dvc.gov.vn/api/news?page=0"), null, first)), null);
        PageRendering rendering = new PageRendering(CrawlSettings.Render.defaults(), renderer, gate);

        Rendering shown = rendering.render(URI.create("http://dvc.gov.vn/#/thu-tuc"), null,
                answer -> answer.url().getPath().equals("/api/p"));

        assertThat(sent).extracting(r -> r.url().toString())
                .containsExactly("http://dvc.gov.vn/api/p?page=1&size=1", "http://dvc.gov.vn/api/p?page=2&size=1");
        assertThat(sent).allSatisfy(r -> assertThat(r.data()).isTrue());
        assertThat(shown.data()).hasSize(4);
    }

    @Test
    void formFilesNamedInTheDataAreLinksOfThePage() {
        var answer = new Rendering.DataAnswer("GET", URI.create("http://dvc.gov.vn/api/p/1"), null,
                "{\"forms\":[{\"file\":{\"path\":\"/files/to-khai.docx\"}},{\"url\":\"https://dvc.gov.vn/a/b.PDF\"}],"
                        + "\"note\":\"see page.html\"}");
        assertThat(DataLinks.files(List.of(answer))).extracting(l -> l.url().toString(), LinkExtractor.Link::attachment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http://dvc.gov.vn/files/to-khai.docx", true),
                        org.assertj.core.groups.Tuple.tuple("https://dvc.gov.vn/a/b.PDF", true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <app-root></app-root><script src='main.js'></script>                                  | true
            <div id='app'></div><noscript>Vui lòng bật JavaScript</noscript>                    | true
            <h1>Cổng thông tin</h1><div id='app'></div>                                           | false
            <p>Trang tĩnh không có script và rất ngắn</p>                                         | false
            """)
    void anApplicationShellIsTold(String body, boolean shell) {
        assertThat(AppShell.is(Jsoup.parse("<html><body>" + body + "</body></html>"))).isEqualTo(shell);
    }

    @Test
    void theNationalPortalsHomeNeedsABrowserAndAStaticPortalPageDoesNot() throws Exception {
        var national = Jsoup.parse(Path.of("src/test/resources/samples/dichvucong/index.html").toFile(), "UTF-8",
                "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html");
        var gazette = Jsoup.parse(Path.of("src/test/resources/samples/congbao-sonla/documents_by_gazette_sample.html").toFile(), "UTF-8",
                "https://congbao.sonla.gov.vn/");
        assertThat(Scripts.of(national).needBrowser()).isTrue();
        assertThat(Scripts.of(gazette).needBrowser()).isFalse();
    }

    @Test
    void aPageServedToTheBrowserKeepsItsOwnRequestForm() {
        var request = new BrowserRequest("POST", URI.create("http://dvc.gov.vn/api"),
                List.of(new RawResponse.Header("content-type", "application/json")), "{}".getBytes(), "XHR");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.data()).isTrue();
        assertThat(new BrowserRequest("GET", URI.create("http://dvc.gov.vn/a.js"), List.of(), null, "Script").data())
                .isFalse();
    }
}
