package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.config.ItemOverride;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Unreached;
import vn.minhbach.model.Verdict;

/**
 * The checklist: its items in catalogue order, and their evaluation against crawled sites on an audit
 * date. Decides the cases common to every item before the item's own rule: switched off or no site of its
 * role → NOT_APPLICABLE; the site did not answer (or answered only with walls: a firewall's page, a maintenance
 * notice...), or its home page is an empty JavaScript shell → UNKNOWN.
 * No I/O and no clock: the audit date is passed in. The items are evaluated in parallel.
 */
public final class Checklist {
    private final List<Item> items;

    private Checklist(List<Item> items) {
        this.items = List.copyOf(items);
    }

    /** The 20 items of checklist.md, in catalogue order. */
    public static Checklist defaults() {
        return new Checklist(Catalogue.items());
    }

    /** The items, in catalogue order. */
    public List<Item> items() {
        return items;
    }

    public List<String> ids() {
        return items.stream().map(Item::id).toList();
    }

    /** The numeric parameters each item accepts in {@code checklist.items.<id>}, by id in catalogue order. */
    public Map<String, Set<String>> parameterNames() {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        items.forEach(item -> names.put(item.id(), Set.copyOf(item.parameterNames())));
        return Collections.unmodifiableMap(names);
    }

    /** One finding per item, in catalogue order. */
    public List<Finding> evaluate(Map<SiteRole, SiteView> sites, LocalDate asOf, ChecklistConfig config) {
        return evaluate(sites, asOf, config, id -> Trace.OFF);
    }

    /** The same, each item reporting what it considered to the tracer {@code traces} gives for its id. */
    public List<Finding> evaluate(Map<SiteRole, SiteView> sites, LocalDate asOf, ChecklistConfig config,
                                  Function<String, Trace> traces) {
        WorkingCalendar calendar = WorkingCalendar.vietnam(config.extraHolidays(), config.extraWorkingDays());
        List<ItemContext> contexts = new ArrayList<>(items.size());
        for (Item item : items) {
            ItemOverride override = config.item(item.id());
            RuleVersion rule = RuleVersion.inForce(item.versions(), asOf);
            SiteView site = sites.get(item.info().role());
            contexts.add(new ItemContext(item, site, asOf, rule, override, calendar, traces.apply(item.id())));
        }
        // The items only read the sites' facts; what they share is built once for all threads (PageTopic,
        // PageNames) or kept in a concurrent map (Synonyms' answers). So they run on every core, and their
        // findings keep the catalogue's order.
        return IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> evaluate(items.get(i), contexts.get(i))).toList();
    }

    private static Finding evaluate(Item item, ItemContext ctx) {
        SiteRole role = item.info().role();
        if (!ctx.override().isEnabled()) {
            return ctx.finding(Verdict.NOT_APPLICABLE, Text.of("check.disabled", item.id()), List.of());
        }
        SiteView site = ctx.site();
        if (site == null) {
            return ctx.finding(Verdict.NOT_APPLICABLE, Text.of("check.noSite", Text.of("check.site." + role.key()),
                    role.key()), List.of());
        }
        String home = site.home().toString();
        if (!site.crawl().answered()) {
            Optional<Unreached> seed = site.unreached(site.home());
            String key = site.crawl().pagesWalled() > 0 ? "check.walled" : "check.unanswered";
            return ctx.finding(Verdict.UNKNOWN, seed.map(u -> Text.of(key + "Why", home, SiteView.failure(u.outcome())))
                    .orElseGet(() -> Text.of(key, home)), List.of(new Evidence(site.home(), null, null,
                    seed.map(u -> Text.of("check.evidence.failed", SiteView.failure(u.outcome()))).orElse(null))));
        }
        if (site.homeIsAppShell()) {
            // Why the browser did not show it ("needs a browser to read; install ..."): what the reader can fix.
            Optional<String> why = site.homePage().map(PageFacts::unrendered);
            return ctx.finding(Verdict.UNKNOWN, why.map(u -> Text.of("check.appShellWhy", home, u))
                    .orElseGet(() -> Text.of("check.appShell", home)),
                    List.of(new Evidence(site.home(), null, null, Text.of("check.evidence.appShell"))));
        }
        return item.evaluate(ctx);
    }

    /**
     * The documents behind {@code site}'s links worth opening for the items of its role published as documents
     * ({@link DocumentCandidates}): the audit fetches and reads them before the checklist is evaluated.
     */
    public List<URI> documentCandidates(SiteView site) {
        List<Topic> topics = items.stream().filter(i -> i.info().role() == site.role())
                .map(Checklist::documentTopic).flatMap(Optional::stream).toList();
        return topics.isEmpty() ? List.of() : DocumentCandidates.of(site, topics);
    }

    /** The topic of an item whose evidence is published as documents, if it is one. */
    private static Optional<Topic> documentTopic(Item item) {
        if (item instanceof PeriodicPublication p) {
            return Optional.of(p.topic());
        }
        if (item instanceof BudgetExecution b) {
            return Optional.of(b.topic());
        }
        return item instanceof FreshSection f ? Optional.of(f.topic()) : Optional.empty();
    }

    /**
     * The site-wide facts of PCI criterion 10 (TT 32/2017/TT-BTTTT Điều 16-20), read from the crawl and home
     * page, with what the TLS handshake showed of the site's certificate.
     */
    public static SiteFacts siteFacts(SiteView view) {
        Optional<PageFacts> home = view.homePage();
        var footer = home.map(PageFacts::contact).map(c -> c.footer()).orElse(null);
        boolean https = "https".equalsIgnoreCase(home.map(PageFacts::finalUrl).orElse(view.home()).getScheme());
        long median = view.crawl().medianResponseMillis();
        return new SiteFacts(view.role(), view.home(), https,
                view.pages().stream().anyMatch(PageFacts::searchForm), view.crawl().sitemapFound(),
                home.map(PageFacts::mobileViewport).orElse(false),
                footer == null ? null : footer.agency(), footer == null ? null : footer.responsible(),
                footer == null ? null : footer.address(), footer == null ? null : footer.phone(),
                footer == null ? null : footer.email(), median < 0 ? null : median, view.crawl().certificate());
    }

    @Override
    public String toString() {
        return String.join("\n", items.stream().map(Item::toString).toList());
    }
}
