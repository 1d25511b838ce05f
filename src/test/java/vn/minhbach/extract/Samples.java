package vn.minhbach.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.minhbach.crawl.HtmlParsing;

/** Loads the saved real pages and parses small HTML strings for the extractor tests. */
final class Samples {

    static final URI VBPL_SEARCH = URI.create("https://vbpl.vn/tw/Pages/vbpq-timkiem.aspx?type=0&s=1");
    static final URI VBPL_PROPERTIES = URI.create("https://vbpl.vn/TW/Pages/vbpq-thuoctinh.aspx?ItemID=96172");
    static final URI VBPL_CONSOLIDATED = URI.create("https://vbpl.vn/tw/Pages/vbpq-van-ban-goc-hopnhat.aspx?ItemID=147301");
    static final URI GAZETTE_ISSUE = URI.create("https://congbao.sonla.gov.vn/congbao.nsf/DocumentsByGazette?openAgent");
    static final URI GAZETTE_CATALOGUE = URI.create("https://congbao.sonla.gov.vn/congbao.nsf/DanhMuc?openForm");
    static final URI VBPL_FULL_TEXT = URI.create("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=10437");

    private Samples() {
    }

    static Document vbpl(String name, URI url) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/vbpl/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return Jsoup.parse(in, "UTF-8", url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A saved page of the Sơn La gazette, parsed as the crawler parses a fetched page (a fragment of rows too). */
    static Document congbao(String name, URI url) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/congbao-sonla/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return HtmlParsing.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document html(String body) {
        return Jsoup.parse("<html><body>" + body + "</body></html>", "https://example.gov.vn/");
    }

    /** The same text decomposed (NFD), as macOS tools and some CMS exports write it. */
    static String nfd(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    }
}
