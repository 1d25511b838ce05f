package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;

/** The steps of reading a fetched page, as the crawl takes them, for measuring each (vn.minhbach.check.StageCosts). */
public final class CrawlStages {

    private CrawlStages() {
    }

    /** The body decoded by its declared or sniffed charset. */
    public static String decode(String contentType, byte[] body) {
        return CharsetSniffer.decode(contentType, body);
    }

    /** The page's links, and what they tell of a wall or a parked domain: what the crawl follows. */
    public static int links(Document document, URI url) {
        List<LinkExtractor.Link> links = LinkExtractor.extract(document, url);
        SoftErrors.read(document, links, u -> true);
        return links.size();
    }

    /** What the crawl reads of a page (its links and soft-error reading), as text, for comparing two builds. */
    public static String dump(Document document, URI url) {
        List<LinkExtractor.Link> links = LinkExtractor.extract(document, url);
        return links + " " + SoftErrors.read(document, links, u -> true);
    }
}
