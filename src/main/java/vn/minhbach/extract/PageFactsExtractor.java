package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.config.ItemOverride;
import vn.minhbach.extract.PageFacts.Entry;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.PageFacts.Link;
import vn.minhbach.html.ElementText;
import vn.minhbach.html.Recent;
import vn.minhbach.html.Scripts;
import vn.minhbach.html.UrlNormalizer;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.PageScripts;
import vn.minhbach.model.Rendering;
import vn.minhbach.model.Via;
import vn.minhbach.text.VietDates;

/**
 * Reads from each crawled page, once, everything the checklist needs, and lets the document go. Pages
 * named in an item's override {@code urls} are also read with that item's configured row, title, date
 * and link selectors. Crawler threads may share one instance: its only state is the {@link Interner} that
 * keeps one copy of each fact that many pages share.
 */
public final class PageFactsExtractor {
    static final int MAX_LINKS = 60;
    public static final int MAX_ENTRIES = 40;
    static final int MAX_SELECTED = 100;
    static final int MAX_HEADINGS = 30;
    static final int MAX_FORM_LABELS = 12;
    static final int MAX_ROWS = 500;
    static final int MAX_DOCUMENTS = 40;

    private final Map<String, List<Selection>> selectionsByUrl;
    private final List<Pattern> patterns;
    /** Facts equal to those of an earlier page are kept once (menus, footers and list headings repeat). */
    private final Interner kept = new Interner();
    private final Recent<Boolean> namedKeys = new Recent<>(4096, 300);
    private final Recent<Optional<Link>> seenLinks = new Recent<>(4096, 1000);

    public PageFactsExtractor(ChecklistConfig config) {
        Map<String, List<Selection>> byUrl = new HashMap<>();
        List<Pattern> all = new ArrayList<>();
        config.items().forEach((id, override) -> {
            all.addAll(override.patterns());
            if (override.selectors().rows() != null) {
                for (URI url : override.urls()) {
                    byUrl.computeIfAbsent(Uris.key(url), k -> new ArrayList<>())
                            .add(new Selection(id, override.selectors()));
                }
            }
        });
        this.selectionsByUrl = Map.copyOf(byUrl);
        this.patterns = List.copyOf(all);
    }

    /**
     * The facts of one page; the document is only read, and may be dropped afterwards. A part that fails on
     * the page's markup (an extractor's exception, or a stack overflow on absurdly deep nesting) is left empty
     * and named in {@link PageFacts#failures}: the rest of the page is still read.
     */
    public PageFacts extract(CrawledPage page, Document doc) {
        URI url = page.url();
        URI finalUrl = page.finalUrl() == null || page.finalUrl().equals(url) ? url : page.finalUrl();
        Parts parts = new Parts();
        Element h1 = parts.read("heading", () -> PageSignals.heading(doc), null);
        ProcedureFacts procedure = parts.read("procedure", () -> ProcedureExtractor.detail(url, doc).orElse(null), null);
        PageScripts scripts = page.scripts() != null ? page.scripts()
                : parts.read("scripts", () -> Scripts.of(doc), new PageScripts(false, false));
        // a page that details one procedure is not a list of procedures: its label/value rows are not entries
        List<ProcedureRow> procedureRows = procedure != null ? List.of()
                : parts.read("procedureRows", () -> bounded(ProcedureExtractor.rows(url, doc)), List.of());
        return new PageFacts(url, finalUrl, page.depth(),
                kept.one(Label.of(doc.title())), h1 == null ? null : kept.one(Label.of(h1.text())),
                kept.all(parts.read("headings", () -> doc.select(Css.of("h1, h2, h3")).stream().limit(MAX_HEADINGS)
                        .map(e -> Label.of(e.text())).filter(l -> !l.text().isEmpty()).toList(), List.of())),
                kept.all(parts.read("breadcrumb", () -> PageSignals.breadcrumb(doc), List.of())),
                parts.read("date", () -> PageSignals.date(doc), null),
                kept.all(parts.read("links", () -> links(doc), List.of())),
                kept.all(parts.read("entries", () -> EntryFinder.find(doc, MAX_ENTRIES), List.of())),
                parts.read("selected", () -> selected(page, doc), Map.of()),
                kept.all(parts.read("formLabels", () -> PageSignals.formLabels(doc, MAX_FORM_LABELS), List.of())),
                kept.one(parts.read("contact", () -> ContactExtractor.extract(doc), ContactFacts.NONE)),
                kept.all(procedureRows), kept.one(procedure),
                kept.all(parts.read("qa", () -> bounded(QaExtractor.extract(url, doc)), List.of())),
                kept.all(parts.read("legalDocs", () -> bounded(LegalDocExtractor.extract(url, doc)), List.of())),
                parts.read("searchForm", () -> PageSignals.searchForm(doc), false),
                parts.read("mobileViewport", () -> PageSignals.mobileViewport(doc), false), scripts.shell(),
                scripts.lists(), page.rendered() ? Via.RENDERED : Via.HTML, page.unrendered(),
                kept.all(parts.read("documents", () -> DocumentLinks.find(doc, MAX_DOCUMENTS), List.of())),
                parts.failures());
    }

    /** The parts of one page read so far that failed, each left at its empty value. */
    private static final class Parts {
        private final List<String> failures = new ArrayList<>(0);

        <T> T read(String part, Supplier<T> reader, T empty) {
            try {
                return reader.get();
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(part + ": " + e);
                return empty;
            }
        }

        List<String> failures() {
            return failures;
        }
    }

    /**
     * The facts of the JSON answers a rendered page's scripts loaded: each answer that lists procedures is a page
     * of them, and each procedure it details is a detail page of its own at the answer's address with the
     * procedure's id as fragment ({@code …/api/procedures?page=0#6512a0f3}), all read {@link Via#API}. Answers that
     * hold no procedure give nothing.
     */
    public List<PageFacts> extractData(CrawledPage page, List<Rendering.DataAnswer> answers) {
        List<PageFacts> facts = new ArrayList<>();
        for (Rendering.DataAnswer answer : answers) {
            List<ApiProcedure> procedures = ApiProcedures.read(answer.url(), answer.body());
            if (procedures.isEmpty()) {
                continue;
            }
            URI at = answer.url();
            facts.add(data(at, page.depth(), bounded(procedures.stream().map(ApiProcedure::row).toList()), null));
            for (int i = 0; i < procedures.size() && i < MAX_ROWS; i++) {
                ApiProcedure procedure = procedures.get(i);
                if (procedure.facts() != null) {
                    // each procedure of the answer is a page of its own, named by its id within the answer
                    String item = procedure.id() != null ? procedure.id() : String.valueOf(i + 1);
                    facts.add(data(Uris.withFragment(at, item), page.depth(), List.of(), procedure.facts()));
                }
            }
        }
        return facts;
    }

    /** Whether the answer holds data the checklist reads (a list of procedures), so all its pages are worth asking. */
    public static boolean readsData(Rendering.DataAnswer answer) {
        return !ApiProcedures.read(answer.url(), answer.body()).isEmpty();
    }

    private PageFacts data(URI url, int depth, List<ProcedureRow> rows, ProcedureFacts procedure) {
        Label title = kept.one(Label.of(procedure == null ? "" : procedure.name()));
        return new PageFacts(url, url, depth, title, null, List.of(), List.of(), null, List.of(), List.of(), Map.of(),
                List.of(), ContactFacts.NONE, kept.all(rows), kept.one(procedure), List.of(), List.of(), false, false,
                false, false, Via.API, null, List.of(), List.of());
    }

    private static <T> List<T> bounded(List<T> list) {
        return list.size() <= MAX_ROWS ? list : list.subList(0, MAX_ROWS);
    }

    /** Links worth keeping: their text names a checklist topic or an override pattern, or they lead to muasamcong. */
    List<Link> links(Document doc) {
        Set<Link> links = new LinkedHashSet<>();
        boolean procurementBase = mayLeadToProcurement(doc.baseUri());
        String site = UrlNormalizer.site(doc.baseUri());
        for (Element a : PageMemo.of(doc).links()) {
            if (links.size() >= MAX_LINKS) {
                break;
            }
            Link link = procurementBase ? link(a, true) : seenLink(a, site);
            if (link != null) {
                links.add(link);
            }
        }
        return List.copyOf(links);
    }

    /**
     * {@link #link} of a link a page of the site showed before, kept: a link whose text is plain and whose target
     * does not depend on the page's path gives the same on every page, and menus repeat dozens of them.
     */
    private Link seenLink(Element a, String site) {
        String text = ElementText.plainText(a);
        String target = text == null || text.isEmpty() ? null : UrlNormalizer.pathFreeKeyOn(site, a.attr("href"));
        if (target == null) {
            return link(a, false);
        }
        // kept as the audit's one copy, which interning the page's links then finds by identity
        return seenLinks.get(target + "\n" + text, k -> Optional.ofNullable(link(a, false)).map(kept::one))
                .orElse(null);
    }

    /** The link as kept, or null when it is not worth keeping. */
    private Link link(Element a, boolean procurementBase) {
        Label text = Label.of(EntryFinder.linkText(a));
        boolean named = named(text.key());
        // Resolving a link is the costly step: skip it for a link that is not kept whatever its target.
        if (!named && !procurementBase && !mayLeadToProcurement(a.attr("href"))) {
            return null;
        }
        URI href = Uris.parse(Uris.absoluteHref(a));
        if (href == null) {
            return null;
        }
        return named || Vocabulary.E_PROCUREMENT_HOSTS.stream().anyMatch(h -> Uris.hostContains(href, h))
                ? new Link(text, href) : null;
    }

    /** Whether a link's text names a checklist topic or an override pattern; menus repeat, so answers are kept. */
    private boolean named(String key) {
        return namedKeys.get(key, k -> Vocabulary.anyTopic(k)
                || patterns.stream().anyMatch(p -> p.matcher(k.strip()).find()));
    }

    /** False when an address, absolute or relative, cannot have an e-procurement host. */
    private static boolean mayLeadToProcurement(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return Vocabulary.E_PROCUREMENT_HOSTS.stream().anyMatch(lower::contains);
    }

    /** Rows read with the selectors an item's override names, on the pages that override lists. */
    private Map<String, List<Entry>> selected(CrawledPage page, Document doc) {
        List<Selection> selections = new ArrayList<>(selectionsByUrl.getOrDefault(Uris.key(page.url()), List.of()));
        if (page.finalUrl() != null && !Uris.same(page.url(), page.finalUrl())) {
            selections.addAll(selectionsByUrl.getOrDefault(Uris.key(page.finalUrl()), List.of()));
        }
        Map<String, List<Entry>> byItem = new LinkedHashMap<>();
        for (Selection selection : selections) {
            List<Entry> rows = byItem.computeIfAbsent(selection.itemId(), k -> new ArrayList<>());
            for (Element row : doc.select(selection.selectors().rows())) {
                if (rows.size() >= MAX_SELECTED) {
                    break;
                }
                rows.add(selection.row(row));
            }
        }
        return byItem;
    }

    private record Selection(String itemId, ItemOverride.Selectors selectors) {
        Entry row(Element row) {
            Element title = pick(row, selectors.title(), "a[href]");
            Element link = pick(row, selectors.link(), "a[href]");
            String text = title == null ? Texts.clean(row.text(), 300) : EntryFinder.linkText(title);
            URI href = link == null ? null : Uris.parse(Uris.absoluteHref(link));
            LocalDate date;
            if (selectors.date() == null) {
                date = EntryFinder.dateOutside(row, text);
            } else {
                Element shown = row.selectFirst(selectors.date());
                date = shown == null ? null : VietDates.first(shown.text()).orElse(null);
            }
            return new Entry(Label.of(text), href, date, null);
        }

        private static Element pick(Element row, Evaluator evaluator, String fallback) {
            if (evaluator != null) {
                Element found = row.selectFirst(evaluator);
                return found != null || !row.is(evaluator) ? found : row;
            }
            return row.is(fallback) ? row : row.selectFirst(fallback);
        }
    }
}
