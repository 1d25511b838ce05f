package vn.minhbach.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;

/**
 * Which pages of an audit are kept as evidence: those its findings cite, and a bounded number of the pages
 * that link to broken links (so a report can show the dead link where it was). Only pages this audit read
 * qualify; their responses come from the page cache, where the crawl left them, downloaded tonight or
 * confirmed unchanged by the server. A page the browser rendered is kept with the DOM it showed; a cited API
 * address with the JSON answers received from it; a cited document (the evidence's address, or the document it
 * rests on) with the file this audit fetched, when it still holds it ({@link OpenedDocuments}).
 *
 * @param pages     the pages, with their renderings
 * @param answers   the JSON answers of the cited API addresses
 * @param documents the cited documents this audit fetched
 */
record EvidencePages(List<EvidenceArchive.Page> pages, List<EvidenceArchive.Answer> answers,
                     List<EvidenceArchive.Document> documents) {
    /** At most this many referrer pages of broken links are kept, however many links are broken. */
    static final int MAX_REFERRERS = 100;

    EvidencePages {
        pages = List.copyOf(pages);
        answers = List.copyOf(answers);
        documents = List.copyOf(documents);
    }

    static EvidencePages of(AuditRun run, SeenPages seen, PageCache cache) {
        Set<URI> urls = new LinkedHashSet<>();
        run.items().forEach(finding -> finding.evidence().forEach(evidence -> {
            urls.add(evidence.url());
            if (evidence.document() != null) {
                urls.add(evidence.document().url());
            }
        }));
        List<URI> referrers = run.brokenLinks().stream().map(BrokenLink::foundOn).flatMap(List::stream)
                .distinct().limit(MAX_REFERRERS).toList();
        urls.addAll(referrers);
        List<EvidenceArchive.Page> pages = new ArrayList<>();
        List<EvidenceArchive.Answer> answers = new ArrayList<>();
        List<EvidenceArchive.Document> documents = new ArrayList<>();
        for (URI url : urls) {
            if (url == null) {
                continue;
            }
            seen.seenAt(url).ifPresent(at -> cache.lookup(url).ifPresent(response -> pages.add(
                    new EvidenceArchive.Page(url, response, at, seen.rendered().rendering(url).orElse(null)))));
            answers.addAll(seen.rendered().answers(url));
            seen.documents().document(url).ifPresent(file -> documents.add(new EvidenceArchive.Document(url, file)));
        }
        return new EvidencePages(pages, answers, documents);
    }
}
