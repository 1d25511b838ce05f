package vn.minhbach.extract;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.crawl.CrawlStages;
import vn.minhbach.crawl.HtmlParsing;
import vn.minhbach.extract.ContactExtractor;
import vn.minhbach.extract.DocumentLinks;
import vn.minhbach.extract.EntryFinder;
import vn.minhbach.extract.LegalDocExtractor;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.extract.PageMemos;
import vn.minhbach.extract.PageSignals;
import vn.minhbach.extract.ProcedureExtractor;
import vn.minhbach.extract.QaExtractor;
import vn.minhbach.html.Scripts;
import vn.minhbach.model.CrawledPage;

/**
 * What reading one page costs, stage by stage, in CPU time of the reading thread: the steps the crawl takes
 * on a fetched body (decode, parse, links, scripts) and each extractor, in the order
 * {@link PageFactsExtractor#extract} calls them on one document, so the page's folded text, which they
 * share, is counted once, apart. Then the whole extraction again on a fresh document, as the audit runs it.
 * Reads the saved pages of a site folder (every {@code index.html} under it), first once to warm the JVM up.
 * Fetching is not in it: it is what an audit's CPU time has beyond these stages.
 *
 * <p>{@code java -cp … vn.minhbach.extract.StageCosts WWW_DIR [PAGES]}; run by {@code scripts/bench stages}.
 */
public final class StageCosts {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String HTML = "text/html; charset=utf-8";

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final PageFactsExtractor extractor = new PageFactsExtractor(ChecklistConfig.DEFAULT);

    private StageCosts() {
    }

    public static void main(String[] args) throws IOException {
        Path www = Path.of(args[0]);
        int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
        List<Path> files;
        try (Stream<Path> all = Files.walk(www)) {
            files = all.filter(p -> p.getFileName().toString().equals("index.html")).sorted().limit(max).toList();
        }
        List<byte[]> bodies = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (Path file : files) {
            bodies.add(Files.readAllBytes(file));
            String path = www.relativize(file.getParent()).toString().replace('\\', '/');
            urls.add(URI.create("http://bench.test/" + (path.isEmpty() ? "" : path)));
        }
        new StageCosts().run(bodies, urls);
        StageCosts measured = new StageCosts();
        measured.run(bodies, urls);
        measured.print(bodies.size(), bodies.stream().mapToLong(b -> b.length).sum());
    }

    private void run(List<byte[]> bodies, List<URI> urls) {
        for (int i = 0; i < bodies.size(); i++) {
            byte[] body = bodies.get(i);
            URI url = urls.get(i);
            String html = time("decode", u -> CrawlStages.decode(HTML, body), url);
            Document doc = time("parse (jsoup)", u -> HtmlParsing.parse(html, u.toString()), url);
            time("links to follow (and wall signs)", u -> CrawlStages.links(doc, u), url);
            time("scripts (app shell, lists built by script)", u -> Scripts.of(doc), url);
            time("page text folded, labels found (shared)", u -> PageMemos.fold(doc), url);
            time("title, headings", u -> PageSignals.heading(doc), url);
            time("links named for the checklist", u -> extractor.links(doc), url);
            time("procedure detail", u -> ProcedureExtractor.detail(u, doc), url);
            time("procedure rows", u -> ProcedureExtractor.rows(u, doc), url);
            time("breadcrumb, date", u -> List.of(PageSignals.breadcrumb(doc), String.valueOf(PageSignals.date(doc))), url);
            time("list entries", u -> EntryFinder.find(doc, PageFactsExtractor.MAX_ENTRIES), url);
            time("form labels, search form, viewport", u -> PageSignals.formLabels(doc, PageFactsExtractor.MAX_FORM_LABELS)
                    .size() + (PageSignals.searchForm(doc) ? 1 : 0) + (PageSignals.mobileViewport(doc) ? 1 : 0), url);
            time("contacts (phones, e-mails, footer)", u -> ContactExtractor.extract(doc), url);
            time("questions and answers", u -> QaExtractor.extract(u, doc), url);
            time("legal documents", u -> LegalDocExtractor.extract(u, doc), url);
            time("document links", u -> DocumentLinks.find(doc, PageFactsExtractor.MAX_DOCUMENTS), url);
            CrawledPage page = new CrawledPage(url, url, 2, 200, body.length, 1);
            Document fresh = HtmlParsing.parse(html, url.toString());
            time("= all facts of a page, on a fresh document (as audited)", u -> extractor.extract(page, fresh), url);
        }
    }

    private <T> T time(String stage, Function<URI, T> step, URI url) {
        long start = CPU.getCurrentThreadCpuTime();
        T result = step.apply(url);
        nanos.merge(stage, CPU.getCurrentThreadCpuTime() - start, Long::sum);
        return result;
    }

    private void print(int pages, long bytes) {
        System.out.printf("%d pages, %.1f KB of HTML a page; CPU time of the reading thread, µs a page%n%n",
                pages, bytes / 1024.0 / pages);
        System.out.println("| stage | µs a page |");
        System.out.println("|---|---:|");
        nanos.forEach((stage, n) -> System.out.printf("| %s | %.0f |%n", stage, n / 1000.0 / pages));
    }
}
