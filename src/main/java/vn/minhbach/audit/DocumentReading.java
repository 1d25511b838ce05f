package vn.minhbach.audit;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.check.Checklist;
import vn.minhbach.check.ReadDocument;
import vn.minhbach.check.SiteView;
import vn.minhbach.crawl.Crawler;
import vn.minhbach.crawl.FetchedDocument;
import vn.minhbach.document.Documents;
import vn.minhbach.document.Ocr;

/**
 * Opens the documents behind a crawled site's links that the checklist names as candidates, with the site's own
 * crawler (its robots.txt, delay and size cap), and reads them. One audit fetches each address once, however many
 * sites link to it. Each document fetched is handed, as sent, to the audit's {@link OpenedDocuments}, so that
 * one a verdict rests on can be kept as evidence. A document an earlier audit kept ({@link KnownDocuments}) is asked
 * for conditionally, and read from the archive when the server says it is unchanged. The OCR engine is looked for only when a document is to be
 * read.
 */
final class DocumentReading {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentReading.class);

    private final Checklist checklist;
    private final OpenedDocuments kept;
    private final KnownDocuments known;
    private final Map<String, ReadDocument> opened = new HashMap<>();
    private Ocr ocr;

    DocumentReading(Checklist checklist, OpenedDocuments kept, KnownDocuments known) {
        this.checklist = checklist;
        this.kept = kept;
        this.known = known;
    }

    /**
     * The candidate documents of {@code site}, fetched by {@code crawler} and read; interrupted, those read so far.
     * The sites of an audit are crawled at the same time: they read their documents one after the other, so a
     * document both link to is opened once.
     */
    synchronized Map<URI, ReadDocument> read(SiteView site, Crawler crawler) {
        List<URI> candidates = checklist.documentCandidates(site);
        Map<URI, ReadDocument> read = new LinkedHashMap<>();
        for (URI url : candidates) {
            ReadDocument document = opened.get(url.toString());
            if (document == null) {
                try {
                    document = open(url, crawler);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                opened.put(url.toString(), document);
            }
            read.put(url, document);
        }
        if (!candidates.isEmpty()) {
            LOG.info("{}: {} documents opened, {} read", site.role().key(), read.size(),
                    read.values().stream().filter(d -> d.failure() == null).count());
        }
        return read;
    }

    private ReadDocument open(URI url, Crawler crawler) throws InterruptedException {
        FetchedDocument fetched = crawler.document(url, known.lookup(url).orElse(null));
        if (!fetched.fetched()) {
            return ReadDocument.unfetched(url, fetched.failure());
        }
        kept.opened(fetched.response());
        if (ocr == null) {
            ocr = Ocr.system();
        }
        return ReadDocument.of(url, Documents.read(fetched.body(), fetched.name(), ocr));
    }
}
