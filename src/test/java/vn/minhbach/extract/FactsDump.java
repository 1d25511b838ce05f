package vn.minhbach.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.crawl.CrawlStages;
import vn.minhbach.crawl.HtmlParsing;
import vn.minhbach.html.Scripts;
import vn.minhbach.model.CrawledPage;

/**
 * Everything the crawl and the extractors read of each saved page under some folders, one line a page, so that
 * two builds can be compared page by page: a change made for speed must leave this output unchanged.
 *
 * <p>{@code java -cp … vn.minhbach.extract.FactsDump OUT DIR...}; every {@code .html} and {@code .htm} file.
 */
public final class FactsDump {
    private static final String HTML = "text/html; charset=utf-8";

    private FactsDump() {
    }

    public static void main(String[] args) throws IOException {
        PageFactsExtractor extractor = new PageFactsExtractor(ChecklistConfig.DEFAULT);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int d = 1; d < args.length; d++) {
                Path dir = Path.of(args[d]);
                List<Path> files;
                try (Stream<Path> all = Files.walk(dir)) {
                    files = all.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".htm"))
                            .sorted().toList();
                }
                for (Path file : files) {
                    String path = dir.relativize(file).toString().replace('\\', '/');
                    URI url = URI.create("http://bench.test/" + path.replace(" ", "%20"));
                    String html = CrawlStages.decode(HTML, Files.readAllBytes(file));
                    Document doc = HtmlParsing.parse(html, url.toString());
                    CrawledPage page = new CrawledPage(url, url, 2, 200, html.length(), 1);
                    out.println(path + "\t" + CrawlStages.dump(doc, url) + "\t" + Scripts.of(doc) + "\t"
                            + extractor.extract(page, HtmlParsing.parse(html, url.toString())));
                }
            }
        }
    }
}
