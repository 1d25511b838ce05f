package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class UrisTest {
    private static final String LINKS = "<a href='/gioi-thieu'>a</a><a href='https://Example.gov.vn/x#y'>b</a>"
            + "<a href='tin-tuc?id=2'>c</a><a href='//cdn.gov.vn/f.pdf'>d</a><a href='?page=3'>e</a>"
            + "<a href='/van ban/1'>f</a><a href=''>g</a><a href='mailto:a@b.vn'>h</a><a href='/'>i</a>";

    @Test
    void resolvesEveryLinkAsJsoupDoesOnPagesOfDifferentSitesAndPaths() {
        for (String base : List.of("http://127.0.0.1:8080/tin-tuc/bai-1?x=1", "https://lyson.quangngai.gov.vn/",
                "https://lyson.quangngai.gov.vn/a/b/c", "http://127.0.0.1:8080/", "https://other.gov.vn:8443?q")) {
            Document doc = Jsoup.parse(LINKS, base);
            for (Element a : doc.select("a")) {
                assertThat(Uris.absoluteHref(a)).as(base + " " + a.attr("href")).isEqualTo(a.absUrl("href"));
            }
        }
    }
}
