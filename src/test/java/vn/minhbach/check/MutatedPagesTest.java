package vn.minhbach.check;

import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.extract.PageFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.minhbach.check.PageMutations.Kind;
import vn.minhbach.check.RealPages.Page;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.crawl.HtmlParsing;
import vn.minhbach.demo.DemoServer;
import vn.minhbach.text.VietText;

/**
 * The page extraction on damaged pages: the real pages, the shared samples, the fixture sites and pages of the
 * generated demo portal, each mutated at random with a seed of its own ({@link PageMutations}). Every mutant
 * yields facts, a part that failed being named in {@link PageFacts#failures}; and a mutant whose damage lies
 * outside an item's list of two or more rows (garbled attributes, control characters, added or deeply nested
 * unrelated elements) still yields every row of that list.
 */
class MutatedPagesTest {
    private static final int MUTANTS = 3;
    private static final int KEEPING_MUTANTS = 3;
    private static final int MUTATIONS = 3;
    private static final PageFactsExtractor EXTRACTOR = new PageFactsExtractor(ChecklistConfig.DEFAULT);

    /** A list a page yields, by the text that names each of its rows. */
    private static final Map<String, Function<PageFacts, List<String>>> LISTS = Map.of(
            "entries", p -> p.entries().stream().map(e -> e.title().text()).toList(),
            "legalDocs", p -> p.legalDocs().stream().map(d -> d.number() != null ? d.number() : d.summary()).toList(),
            "qa", p -> p.qa().stream().map(q -> q.question()).toList(),
            "procedureRows", p -> p.procedureRows().stream().map(r -> r.name()).toList());

    private static DemoServer demo;
    /** Mutants read, and the parts that failed on them, for the summary line docs/reliability.md quotes. */
    private static final AtomicInteger MUTANTS_READ = new AtomicInteger();
    private static final AtomicInteger LISTS_CHECKED = new AtomicInteger();
    private static final List<String> FAILED_PARTS = new CopyOnWriteArrayList<>();

    private record Source(String name, URI url, String html) {
    }

    @BeforeAll
    static void startDemo() throws IOException {
        demo = DemoServer.start(LocalDate.of(2026, 11, 28));
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
        System.out.printf("mutated pages: %d mutants read, %d lists checked, %d parts failed%s%n", MUTANTS_READ.get(),
                LISTS_CHECKED.get(), FAILED_PARTS.size(), FAILED_PARTS.isEmpty() ? "" : ": " + FAILED_PARTS);
    }

    @TestFactory
    Stream<DynamicTest> everyMutantYieldsFactsOrRecordsAFailure() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(source.name(), () -> {
            PageMutations mutations = new PageMutations(source.name().hashCode());
            for (int i = 0; i < MUTANTS; i++) {
                Document doc = parse(source);
                List<String> done = new ArrayList<>();
                for (int m = 0; m < MUTATIONS; m++) {
                    done.add(mutations.apply(mutations.anyKind(), doc, doc.getAllElements()));
                }
                PageFacts direct = extract(source, doc);
                PageFacts reparsed = extract(source, HtmlParsing.parse(doc.outerHtml(), source.url().toString()));
                assertThat(direct).as("%s after %s", source.name(), done).isNotNull();
                assertThat(reparsed).as("%s after %s, parsed again", source.name(), done).isNotNull();
                assertThat(direct.failures()).as("%s after %s", source.name(), done).allMatch(f -> f.contains(": "));
                MUTANTS_READ.addAndGet(2);
                direct.failures().forEach(f -> FAILED_PARTS.add(source.name() + " " + done + " " + f));
                reparsed.failures().forEach(f -> FAILED_PARTS.add(source.name() + " " + done + " parsed again " + f));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aPageThatStillHoldsAListStillYieldsIt() {
        return sources().stream().map(source -> DynamicTest.dynamicTest(source.name(), () -> {
            Document original = parse(source);
            PageFacts facts = extract(source, original);
            PageMutations mutations = new PageMutations(31L * source.name().hashCode());
            LISTS.forEach((list, rows) -> {
                List<String> names = rows.apply(facts);
                BitSet kept = listElements(original, names);
                if (kept == null) {
                    return;
                }
                for (int i = 0; i < KEEPING_MUTANTS; i++) {
                    Document doc = parse(source);
                    List<Element> all = doc.getAllElements();
                    List<Element> outside = new ArrayList<>();
                    for (int e = 0; e < all.size(); e++) {
                        if (!kept.get(e)) {
                            outside.add(all.get(e));
                        }
                    }
                    List<String> done = new ArrayList<>();
                    for (int m = 0; m < MUTATIONS; m++) {
                        done.add(mutations.apply(mutations.keepingKind(), doc, outside));
                    }
                    PageFacts mutant = extract(source, doc);
                    LISTS_CHECKED.incrementAndGet();
                    assertThat(mutant.failures()).as("%s after %s", source.name(), done).isEmpty();
                    assertThat(rows.apply(mutant)).as("%s of %s after %s", list, source.name(), done)
                            .containsAll(names);
                }
            });
        }));
    }

    /**
     * The elements that hold or frame the list's rows, by their place in {@code doc.getAllElements()}: the
     * head, every element whose text holds a row's name and every ancestor of one, and all that lies within the
     * smallest element holding every row. Null for a list of fewer than two rows, and when a row's name is not
     * found as text (a name read from an attribute or put together from several places).
     */
    private static BitSet listElements(Document doc, List<String> names) {
        if (names.size() < 2) {
            return null; // a single row is the page itself (a question and its answer, a document's properties)
        }
        List<Element> all = doc.getAllElements();
        Map<Element, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.put(all.get(i), i);
        }
        BitSet kept = new BitSet(all.size());
        if (doc.head() != null) {
            doc.head().getAllElements().forEach(e -> kept.set(index.get(e)));
        }
        Element common = null;
        for (String name : names) {
            String key = VietText.key(name);
            key = key.substring(0, Math.min(key.length(), 30));
            Element holder = null;
            for (Element e : all) {
                if (VietText.key(e.text()).contains(key)) {
                    holder = e; // document order: the last one found is the deepest on the first branch holding it
                }
            }
            if (holder == null || key.isEmpty()) {
                return null;
            }
            common = common == null ? holder : commonAncestor(common, holder);
            for (Element e = holder; e != null; e = e.parent()) {
                kept.set(index.get(e));
            }
        }
        common.getAllElements().forEach(e -> kept.set(index.get(e)));
        return kept;
    }

    private static Element commonAncestor(Element a, Element b) {
        List<Element> chain = new ArrayList<>();
        for (Element e = a; e != null; e = e.parent()) {
            chain.add(e);
        }
        for (Element e = b; e != null; e = e.parent()) {
            if (chain.contains(e)) {
                return e;
            }
        }
        return a.ownerDocument();
    }

    private static Document parse(Source source) {
        return HtmlParsing.parse(source.html(), source.url().toString());
    }

    private static PageFacts extract(Source source, Document doc) {
        return EXTRACTOR.extract(new CrawledPage(source.url(), source.url(), 1, 200, source.html().length(), 10), doc);
    }

    private static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (Page page : RealPagesTest.PAGES) {
            sources.add(new Source("realpages/" + page.file(), page.url(),
                    RealPages.html(RealPages.resources("realpages").resolve(page.file()))));
        }
        for (Page page : SharedSamplesTest.PAGES) {
            sources.add(new Source("samples/" + page.file(), page.url(),
                    RealPages.html(RealPages.sharedSamples().resolve(page.file()))));
        }
        Path sites = RealPages.resources("sites");
        for (String file : RealPages.pageFiles(sites)) {
            if (file.endsWith(".html") && Files.isRegularFile(sites.resolve(file))) {
                sources.add(new Source("sites/" + file, URI.create("https://fixture.test/" + file),
                        RealPages.html(sites.resolve(file))));
            }
        }
        for (String path : List.of("/", "/tin-tuc", "/van-ban", "/hoi-dap", "/lien-he")) {
            URI url = demo.portalUrl().resolve(path);
            sources.add(new Source("demo portal " + path, url, get(url)));
        }
        for (String path : List.of("/", "/thu-tuc-hanh-chinh")) {
            URI url = demo.onestopUrl().resolve(path);
            sources.add(new Source("demo one-stop " + path, url, get(url)));
        }
        return sources;
    }

    private static String get(URI url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(url + ": interrupted", e);
        }
    }
}
