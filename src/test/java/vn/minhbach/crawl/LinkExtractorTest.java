package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkExtractorTest {

    private static final URI PAGE = URI.create("http://h.gov.vn/van-ban/");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            javascript:downloadfile('31.VBHN.VPQH.doc','/TW/Lists/vbpq/Attachments/147301/31.VBHN.VPQH.doc'); | /TW/Lists/vbpq/Attachments/147301/31.VBHN.VPQH.doc
            javascript:downloadfile("a.pdf", "/files/a.pdf")        | /files/a.pdf
            JavaScript: DownloadFile('/only/one.pdf')               | /only/one.pdf
            javascript:void(0)                                      | NULL
            /files/a.pdf                                            | NULL
            """)
    void readsDownloadFileHrefs(String href, String path) {
        assertThat(LinkExtractor.downloadFilePath(href)).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "http://h/a/b.pdf, true",
        "http://h/a/B.DOCX, true",
        "http://h/a/b.xls, true",
        "http://h/a/b.rar, true",
        "http://h/a/b.ods, true",
        "http://h/a/v%C4%83n%20b%E1%BA%A3n.pdf, true",
        "http://h/download.aspx?file=bao-cao.xlsx, true",
        "http://h/download.aspx?id=3&name=a%2Epdf, true",
        "http://h/a/b.html, false",
        "http://h/a/pdf, false",
        "http://h/a?view=pdf, false",
    })
    void recognisesAttachments(String url, boolean attachment) {
        assertThat(LinkExtractor.isAttachment(URI.create(url))).isEqualTo(attachment);
    }

    @Test
    void extractsLinksWithAnchorTexts() {
        Document doc = Jsoup.parse("""
                <a href="a.html">  Giới   thiệu </a>
                <a href="/b.pdf" title="Báo cáo"></a>
                <a href="c.html"><img alt="Lịch"></a>
                <a href="mailto:x@h.gov.vn">mail</a>
                <area href="/map.html">
                <iframe src="/frame.html"></iframe>
                """, PAGE.toString());
        List<LinkExtractor.Link> links = LinkExtractor.extract(doc, PAGE);
        assertThat(links).containsExactly(
                new LinkExtractor.Link(URI.create("http://h.gov.vn/van-ban/a.html"), "Giới thiệu", false),
                new LinkExtractor.Link(URI.create("http://h.gov.vn/b.pdf"), "Báo cáo", true),
                new LinkExtractor.Link(URI.create("http://h.gov.vn/van-ban/c.html"), "Lịch", false),
                new LinkExtractor.Link(URI.create("http://h.gov.vn/map.html"), "map", false),
                new LinkExtractor.Link(URI.create("http://h.gov.vn/frame.html"), "", false));
    }

    @Test
    void honoursBaseHref() {
        Document doc = Jsoup.parse("<base href='http://h.gov.vn/goc/'><a href='x.html'>x</a>", PAGE.toString());
        assertThat(LinkExtractor.extract(doc, PAGE)).extracting(LinkExtractor.Link::url)
                .containsExactly(URI.create("http://h.gov.vn/goc/x.html"));
    }

    @Test
    void findsTheAttachmentsOfTheVbplSearchPage() throws IOException {
        Path sample = Path.of(System.getProperty("minhbach.samples", "../../shared/samples"), "vbpl/vbpl_search.html");
        if (!Files.exists(sample)) {
            sample = Path.of("/work/shared/samples/vbpl/vbpl_search.html");
        }
        URI page = URI.create("https://vbpl.vn/TW/Pages/vanban.aspx");
        Document doc = Jsoup.parse(sample.toFile(), "UTF-8", page.toString());
        List<LinkExtractor.Link> attachments = LinkExtractor.extract(doc, page).stream()
                .filter(LinkExtractor.Link::attachment).toList();
        assertThat(attachments).isNotEmpty();
        assertThat(attachments).extracting(l -> l.url().toString()).contains(
                "https://vbpl.vn/TW/Lists/vbpq/Attachments/147301/31.VBHN.VPQH.doc",
                "https://vbpl.vn/FileData/TW/Lists/vbpq/Attachments/147294/2020_1093%20+%201094_23-VBHN-VPQH..pdf");
    }

    @Test
    void aBaseHrefNamingAnotherHostIsStaleWhenEveryLinkWouldLeaveTheSite() {
        URI page = URI.create("https://sontinh.quangngai.gov.vn/Pages/default.aspx");
        Document stale = Jsoup.parse("<base href='http://sontinh.old-host.vn/'><a href='/Pages/gioi-thieu.aspx'>Giới"
                + " thiệu</a><a href='Pages/hoi-dap.aspx'>Hỏi đáp</a><a href='https://chinhphu.vn/'>Chính phủ</a>",
                page.toString());
        assertThat(LinkExtractor.staleBase(stale, page, Scope.of(page)::contains))
                .isEqualTo(URI.create("http://sontinh.old-host.vn/"));

        Document twin = Jsoup.parse("<base href='https://www.sontinh.quangngai.gov.vn/'><a href='/a'>a</a>",
                page.toString());
        assertThat(LinkExtractor.staleBase(twin, page, Scope.of(page)::contains)).as("a base on the site").isNull();

        Document absolute = Jsoup.parse("<base href='http://cdn.example.vn/'><a href='https://chinhphu.vn/'>a</a>"
                + "<a href='https://baochinhphu.vn/'>b</a>", page.toString());
        assertThat(LinkExtractor.staleBase(absolute, page, Scope.of(page)::contains))
                .as("no relative link, so the base changes nothing").isNull();

        StringBuilder mostlyAbsolute = new StringBuilder("<base href='http://cdn.example.vn/'><a href='/x'>x</a>");
        for (int i = 0; i < 5; i++) {
            mostlyAbsolute.append("<a href='https://sontinh.quangngai.gov.vn/p").append(i).append("'>p</a>");
        }
        assertThat(LinkExtractor.staleBase(Jsoup.parse(mostlyAbsolute.toString(), page.toString()), page,
                Scope.of(page)::contains)).as("most links stay on the site with the base").isNull();
    }
}
