package vn.minhbach.explain;

import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import vn.minhbach.check.Item;
import vn.minhbach.check.RuleVersion;
import vn.minhbach.check.Trace;
import vn.minhbach.config.ItemOverride;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.text.VietText;

/**
 * Builds an item's {@link Explanation} from its finding and what its evaluation recorded, looking again at
 * the few pages its rows came from to say where each value is shown. The pages come from {@code pages},
 * so that fetching stays with the caller.
 */
public final class Explainer {
    /** Rows shown at most; the rest are counted. */
    static final int MAX_ROWS = 25;
    /** Pages looked at again at most: each is one more request to the site. */
    static final int MAX_PAGES = 5;
    private static final int PATTERN_WORDS = 4;
    /** The decision on a row whose title names no term of the topic. */
    private static final Text OFF_TOPIC = Text.of("check.trace.offTopic");

    private Explainer() {
    }

    /** The explanation with its reason and title in Vietnamese. */
    public static Explanation explain(Item item, Finding finding, Recorder trace, ItemOverride override,
                                      LocalDate asOf, URI home, Function<URI, Optional<Document>> pages) {
        return explain(item, finding, trace, override, asOf, home, pages, Lang.VI);
    }

    /**
     * @param home  the home page of the item's site (never proposed as the item's list page), or null
     * @param pages fetches a page again; empty when it cannot
     * @param lang  the language of the verdict's reason and expected, of the item's title and of what the rule
     *              noted, read and decided
     */
    public static Explanation explain(Item item, Finding finding, Recorder trace, ItemOverride override,
                                      LocalDate asOf, URI home, Function<URI, Optional<Document>> pages, Lang lang) {
        Messages messages = Messages.of(lang);
        RuleVersion version = RuleVersion.inForce(item.versions(), asOf);
        Map<String, Double> parameters = new LinkedHashMap<>(version.defaults());
        parameters.putAll(override.parameters());
        // the item prints its rule followed by all its versions; the version applied is shown on its own
        String statement = item.toString();
        String versions = "; " + item.versions();
        if (statement.endsWith(versions)) {
            statement = statement.substring(0, statement.length() - versions.length());
        }
        Explanation.Rule rule = new Explanation.Rule(version.version(), version.basis(), parameters, statement);
        List<Explanation.Page> candidates = trace.pages().stream()
                .map(p -> new Explanation.Page(p.url(), p.title(), p.why().stream().map(messages::format).toList()))
                .toList();
        if (candidates.isEmpty()) {
            // rules that read site-wide facts (a hotline, an online rate) name only their evidence
            candidates = finding.evidence().stream().filter(e -> e.url() != null)
                    .map(e -> new Explanation.Page(e.url(), e.title(), List.of(messages.format(e.excerpt() == null
                            ? Text.of("check.trace.evidence") : Text.of("check.trace.evidenceOf", e.excerpt())))))
                    .toList();
        }
        List<Explanation.Row> decided = new ArrayList<>();
        for (Trace.Row row : trace.rows()) {
            Recorder.Decision d = trace.decision(row);
            decided.add(new Explanation.Row(row.page(), row.kind(), row.title(), row.date(), row.link(),
                    messages.format(row.why()), d == null ? null : d.kept(), d == null ? null : messages.format(d.reason()),
                    null));
        }
        // kept rows first, then those set aside, then those no decision named
        decided.sort(Comparator.comparingInt(r -> r.kept() == null ? 2 : r.kept() ? 0 : 1));
        List<Explanation.Row> shown = located(decided.stream().limit(MAX_ROWS).toList(), pages);
        Explanation.Outcome outcome = new Explanation.Outcome(finding.status(),
                messages.format(finding.reason()), messages.format(finding.expected()),
                finding.evidence().stream().map(Evidence::url).filter(u -> u != null).distinct().toList());
        return new Explanation(item.id(), messages.itemTitle(item.id(), item.info().title()), item.info().role().key(), asOf, rule, candidates, shown,
                decided.size() - shown.size(), trace.notes().stream().map(messages::format).toList(), outcome,
                overrides(item, finding, override, parameters, candidates, shown, messages.format(OFF_TOPIC),
                        sectionPage(candidates, shown, home, pages)));
    }

    /** The rows with the places their values are shown, for the first {@link #MAX_PAGES} pages they came from. */
    private static List<Explanation.Row> located(List<Explanation.Row> rows, Function<URI, Optional<Document>> pages) {
        Map<String, Optional<Document>> fetched = new HashMap<>();
        List<Explanation.Row> out = new ArrayList<>();
        for (Explanation.Row row : rows) {
            URI page = row.page();
            String key = Recorder.key(page);
            Optional<Document> doc = fetched.get(key);
            if (doc == null && page != null && fetched.size() < MAX_PAGES) {
                doc = pages.apply(page);
                fetched.put(key, doc);
            }
            FieldLocator.Located sources = doc == null || doc.isEmpty() ? null
                    : FieldLocator.locate(doc.get(), row.title(), row.date(), row.kind() == Trace.Kind.PAGE ? null
                    : row.link(), row.kind() == Trace.Kind.LEGAL_DOC);
            out.add(new Explanation.Row(row.page(), row.kind(), row.title(), row.date(), row.link(), row.why(),
                    row.kept(), row.decision(), sources));
        }
        return out;
    }

    /** A candidate page's address and the selectors of its longest list. */
    private record ListPage(URI url, FieldLocator.Selectors selectors) {
    }

    /**
     * When no row was read, the first candidate page other than the home page, with the selectors of its longest
     * list: the page the rule took for the section but read nothing from, where selectors help most.
     */
    private static Optional<ListPage> sectionPage(List<Explanation.Page> candidates, List<Explanation.Row> rows,
                                                  URI home, Function<URI, Optional<Document>> pages) {
        if (!rows.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream().map(Explanation.Page::url)
                .filter(u -> !Recorder.key(u).equals(Recorder.key(home))).findFirst()
                .flatMap(u -> pages.apply(u).map(doc -> new ListPage(u, FieldLocator.longestList(doc))));
    }

    private static List<Explanation.Override> overrides(Item item, Finding finding, ItemOverride override,
                                                        Map<String, Double> parameters,
                                                        List<Explanation.Page> candidates, List<Explanation.Row> rows,
                                                        String offTopicWords, Optional<ListPage> sectionPage) {
        String base = "checklist.items." + item.id();
        List<Explanation.Override> out = new ArrayList<>();
        if (sectionPage.isPresent() && override.urls().isEmpty()) {
            out.add(new Explanation.Override(base + ".urls", "[" + sectionPage.get().url() + "]",
                    "count every row this page lists for this item"));
        }
        Optional<URI> listPage = rows.stream().filter(r -> Boolean.TRUE.equals(r.kept())).map(Explanation.Row::page)
                .findFirst().or(() -> rows.stream().map(Explanation.Row::page).findFirst())
                .or(() -> candidates.stream().map(Explanation.Page::url).findFirst());
        if (override.urls().isEmpty() && sectionPage.isEmpty()) {
            out.add(new Explanation.Override(base + ".urls", "[" + (rows.isEmpty() ? "<address of the page that lists them>"
                    : listPage.map(URI::toString).orElseThrow()) + "]",
                    "fetch this page even when nothing links to it, and count every row it lists for this item"));
        } else {
            out.add(new Explanation.Override(base + ".urls", override.urls().toString(), "already set; the rows of "
                    + "these pages count for this item"));
        }
        Optional<Explanation.Row> located = rows.stream()
                .filter(r -> r.sources() != null && r.sources().selectors().rows() != null).findFirst();
        if (located.isPresent()) {
            out.add(new Explanation.Override(base + ".selectors", selectors(located.get().sources().selectors()),
                    "on the urls pages, read rows with these CSS selectors instead of by shape (as seen around \""
                            + shorten(located.get().title()) + "\")"));
        } else if (sectionPage.isPresent() && sectionPage.get().selectors().rows() != null) {
            out.add(new Explanation.Override(base + ".selectors", selectors(sectionPage.get().selectors()),
                    "on " + sectionPage.get().url() + ", read the rows of its longest list with these CSS selectors"
                            + " (add a date selector if each row shows one)"));
        }
        Optional<String> offTopic = rows.stream().filter(r -> Boolean.FALSE.equals(r.kept()) && r.decision() != null
                && r.decision().equals(offTopicWords)).map(Explanation.Row::title).findFirst();
        if (offTopic.isPresent() || rows.isEmpty()) {
            String sample = offTopic.orElse(item.topic().label());
            out.add(new Explanation.Override(base + ".patterns", "[\"" + pattern(sample) + "\"]",
                    "also count titles matching this regular expression (tried on the title without accents, "
                            + "lower case, punctuation as spaces)"));
        }
        parameters.forEach((name, value) -> out.add(new Explanation.Override(base + "." + name, number(value),
                "the rule's threshold " + name + " (now " + number(value) + ")")));
        if (finding.status() != vn.minhbach.model.Verdict.NOT_APPLICABLE) {
            out.add(new Explanation.Override(base + ".enabled", "false", "switch the item off: NOT_APPLICABLE"));
        }
        return out;
    }

    private static String selectors(FieldLocator.Selectors s) {
        List<String> parts = new ArrayList<>();
        parts.add("rows: \"" + s.rows() + "\"");
        if (s.title() != null) {
            parts.add("title: \"" + s.title() + "\"");
        }
        if (s.date() != null) {
            parts.add("date: \"" + s.date() + "\"");
        }
        if (s.link() != null) {
            parts.add("link: \"" + s.link() + "\"");
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** The first words of a title, folded as patterns are tried: keys hold single spaces, so words need no escaping. */
    static String pattern(String title) {
        String[] words = VietText.key(title).strip().split(" ");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(PATTERN_WORDS, words.length)));
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
