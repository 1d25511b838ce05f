package vn.minhbach.audit;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.crawl.Crawler;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.model.CrawledPage;

/**
 * Reads a bundled portal page on a spare core while a one-job command starts up (config, store, migrations).
 * The crawl cannot go past a site's home until the home is read, and the first page read in a JVM pays for
 * loading and initialising the HTTP client, the parser and every extractor: about a second of one core, with
 * the other idle. Read here first, that cost overlaps the start-up. Nothing of it is kept: the page's facts
 * are dropped and each extractor's caches are per thread or per instance.
 */
public final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    private static final URI PAGE = URI.create("http://warm-up.invalid/hoi-dap");

    private WarmUp() {
    }

    /** Starts the reading in a daemon thread, on a machine with more than one core; returns at once. */
    public static void start() {
        if (Runtime.getRuntime().availableProcessors() > 1) {
            Thread thread = new Thread(WarmUp::run, "warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Builds an HTTP client and reads the bundled page as the crawl and the extraction would. */
    static PageFacts read() throws IOException {
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.html");
             Crawler crawler = new Crawler(CrawlSettings.defaults(), null)) {
            byte[] body = in.readAllBytes();
            Document document = Crawler.read("text/html; charset=utf-8", body, PAGE);
            return new PageFactsExtractor(ChecklistConfig.DEFAULT)
                    .extract(new CrawledPage(PAGE, PAGE, 0, 200, body.length, 0), document);
        }
    }

    private static void run() {
        try {
            read();
        } catch (IOException | RuntimeException e) {
            LOG.debug("warm-up: {}", e.toString());
        }
    }
}
