package vn.minhbach.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import vn.minhbach.demo.BenchPortal;
import vn.minhbach.demo.DemoServer;

/** Sample pages for the extraction benchmarks: the pages of a generated portal, and a long legal text. */
public enum BenchPages {
    /** A legal document's full text from vbpl.vn, about 150 KB: the biggest kind of article page. */
    ARTICLE("/samples/vbpl/vbpl_v1.html"),
    /** A news post of the generated portal. */
    NEWS_POST("/tin-tuc?page=3#first"),
    /** A page of the news list: ten dated rows and a pager linking every page of the list. */
    NEWS_LIST("/tin-tuc?page=2"),
    /** A page of the legal-document table. */
    DOCUMENT_LIST("/van-ban?page=2"),
    /** A page of the Q&amp;A list with askers, question and answer dates. */
    QA_LIST("/hoi-dap?page=2");

    private final String source;

    BenchPages(String source) {
        this.source = source;
    }

    /** The page's address and HTML. */
    public record Page(URI url, String html) {
    }

    /** Reads the page: from the test resources, or from a generated portal of 3,000 pages started for the call. */
    public Page load() {
        if (source.startsWith("/samples/")) {
            try (InputStream in = BenchPages.class.getResourceAsStream(source)) {
                return new Page(URI.create("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (DemoServer portal = BenchPortal.start(3000, BenchPortal.AS_OF)) {
            HttpClient client = HttpClient.newHttpClient();
            URI url = portal.portalUrl().resolve(source.replace("#first", ""));
            String html = get(client, url);
            if (source.endsWith("#first")) {
                // the first post linked from that list page
                int at = html.indexOf("<ul class=\"posts\"><li><a href=\"") + 31;
                url = portal.portalUrl().resolve(html.substring(at, html.indexOf('"', at)));
                html = get(client, url);
            }
            return new Page(url, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String get(HttpClient client, URI url) throws IOException {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
