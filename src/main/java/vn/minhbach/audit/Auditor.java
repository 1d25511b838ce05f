package vn.minhbach.audit;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.check.Checklist;
import vn.minhbach.check.SiteView;
import vn.minhbach.check.Trace;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.config.SiteConfig;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.crawl.Crawler;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.crawl.PageHandler;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.crawl.Renderer;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Rendering;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.render.Browser;

/**
 * The one place that knows the whole flow: crawl every configured site, extract page facts while crawling,
 * open the documents behind the links the checklist names, evaluate the checklist on them and assemble the
 * {@link AuditRun}.
 */
public final class Auditor {
    private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

    private final Checklist checklist;
    private final Clock clock;
    private final CrawlListener listener;

    public Auditor(Checklist checklist, Clock clock, CrawlListener listener) {
        this.checklist = checklist;
        this.clock = clock;
        this.listener = listener;
    }

    /** The audit date when none is given: today in the config's time zone. */
    public LocalDate today(AuditConfig config) {
        return LocalDate.now(clock.withZone(config.timezone()));
    }

    public AuditRun run(AuditConfig config, LocalDate asOf) {
        return run(config, asOf, PageCache.NONE, KnownDocuments.NONE, new SeenPages(clock));
    }

    /**
     * Audits with a page cache: pages seen before are requested conditionally and, when unchanged, read from
     * the cache, so the verdicts are those a full download would give; documents {@code known} from earlier audits
     * likewise. {@code seen} learns which pages and documents were read.
     */
    AuditRun run(AuditConfig config, LocalDate asOf, PageCache cache, KnownDocuments known, SeenPages seen) {
        return run(config, asOf, cache, known, seen, id -> Trace.OFF);
    }

    /**
     * Audits as {@link #run(AuditConfig, LocalDate)}, each item reporting what it considered to the tracer
     * {@code traces} gives for its id: what {@code explain} shows.
     */
    public AuditRun run(AuditConfig config, LocalDate asOf, Function<String, Trace> traces) {
        return run(config, asOf, PageCache.NONE, KnownDocuments.NONE, new SeenPages(clock), traces);
    }

    private AuditRun run(AuditConfig config, LocalDate asOf, PageCache cache, KnownDocuments known, SeenPages seen,
                         Function<String, Trace> traces) {
        OffsetDateTime started = OffsetDateTime.now(clock.withZone(config.timezone()));
        PageFactsExtractor extractor = new PageFactsExtractor(config.checklist());
        Map<SiteRole, SiteView> views = new EnumMap<>(SiteRole.class);
        List<SiteSummary> summaries = new ArrayList<>();
        List<BrokenLink> broken = new ArrayList<>();
        List<SiteFacts> facts = new ArrayList<>();
        DocumentReading documents = new DocumentReading(checklist, seen.documents(), known);
        try (Browser browser = new Browser(pageBudget(config))) {
            Map<SiteRole, SiteView> crawled = SiteCrawls.run(config.sites().values(),
                    site -> crawl(site, extraSeeds(config, site), extractor, cache, seen, browser, documents));
            for (SiteConfig site : config.sites().values()) {
                SiteView view = crawled.get(site.role());
                CrawlResult result = view.crawl();
                views.put(site.role(), view);
                summaries.add(new SiteSummary(site.role(), site.url(), result.pagesFetched(), result.pagesFailed(),
                        result.bytesFetched(), result.robotsDisallowed(), result.limitReached(), result.pagesWalled(),
                        result.notes()));
                broken.addAll(result.brokenLinks());
                // A refused certificate is the one fact known of a site it kept from answering.
                if (result.answered() || (result.certificate() != null && !result.certificate().ok())) {
                    facts.add(Checklist.siteFacts(view));
                }
            }
        }
        List<Finding> findings = checklist.evaluate(views, asOf, config.checklist(), traces);
        OffsetDateTime finished = OffsetDateTime.now(clock.withZone(config.timezone()));
        return new AuditRun(config.organisation(), asOf, started, finished, summaries, findings, broken, facts);
    }

    /** The longest time a site of the config lets one page take to render. */
    private static Duration pageBudget(AuditConfig config) {
        return Duration.ofSeconds(config.sites().values().stream().mapToInt(s -> s.crawl().render().pageSeconds())
                .max().orElse(CrawlSettings.Render.defaults().pageSeconds()));
    }

    private SiteView crawl(SiteConfig site, List<URI> extraSeeds, PageFactsExtractor extractor, PageCache cache,
                           SeenPages seen, Renderer browser, DocumentReading documents) {
        Queue<PageFacts> pages = new ConcurrentLinkedQueue<>();
        PageHandler handler = new PageHandler() {
            @Override
            public void onPage(CrawledPage page, Document document) {
                extract(extractor, page, document, pages);
            }

            @Override
            public void onRendered(RawResponse fetched, String rendered, URI at) {
                seen.rendered().rendered(fetched.url(), rendered, at);
                listener.rendered(site.url(), at);
            }

            @Override
            public void onData(CrawledPage page, List<Rendering.DataAnswer> answers) {
                seen.rendered().answered(answers);
                try {
                    pages.addAll(extractor.extractData(page, answers));
                } catch (RuntimeException e) {
                    LOG.warn("cannot read the data loaded by {}: {}", page.url(), e.toString());
                }
            }

            @Override
            public boolean wantsAllPages(Rendering.DataAnswer answer) {
                return PageFactsExtractor.readsData(answer);
            }

            @Override
            public void onResponse(RawResponse response) {
                seen.downloaded(response);
            }

            @Override
            public void onUnchanged(RawResponse remembered) {
                seen.unchanged(remembered);
            }
        };
        try (Crawler crawler = new Crawler(site.crawl(), listener, browser)) {
            CrawlResult result = crawler.crawl(site.url(), extraSeeds, handler, cache);
            LOG.info("{}: {} pages, {} failed, {} bytes{}", site.role().key(), result.pagesFetched(),
                    result.pagesFailed(), result.bytesFetched(), result.limitReached() ? ", limit reached" : "");
            SiteView view = new SiteView(site.role(), site.url(), result, read(pages, result));
            return view.withDocuments(documents.read(view, crawler));
        }
    }

    /**
     * The facts of the pages read as content. A page handed on before the crawl knew its body for a wall's
     * (many addresses answering one small body) ends among the unreached pages and is left out; a page fetched
     * again (a retry that came through) counts once, as last read.
     */
    private static List<PageFacts> read(Queue<PageFacts> pages, CrawlResult result) {
        Set<String> unreached = new HashSet<>();
        result.unreached().forEach(u -> unreached.add(u.outcome().url().toString()));
        Map<String, PageFacts> byUrl = new LinkedHashMap<>();
        for (PageFacts page : pages) {
            if (!unreached.contains(page.url().toString())) {
                byUrl.put(page.url().toString(), page);
            }
        }
        return List.copyOf(byUrl.values());
    }

    /**
     * A part of a page that cannot be read (a markup no rule foresaw) is left empty and logged, the rest of the
     * page kept; were the page itself unreadable, it is logged and left out, like a page that failed to download,
     * rather than ending the whole audit.
     */
    private static void extract(PageFactsExtractor extractor, CrawledPage page, Document doc, Queue<PageFacts> pages) {
        try {
            PageFacts facts = extractor.extract(page, doc);
            if (!facts.failures().isEmpty()) {
                LOG.warn("could not read part of {}: {}", page.url(), String.join("; ", facts.failures()));
            }
            pages.add(facts);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("cannot extract facts from {}: {}", page.url(), e.toString());
        }
    }

    /**
     * The pages users named for items (checklist.items.*.urls): each is fetched by the crawl of the site on the
     * same host, or by the portal's crawl when it belongs to no configured site.
     */
    private static List<URI> extraSeeds(AuditConfig config, SiteConfig site) {
        List<URI> seeds = new ArrayList<>();
        config.checklist().items().values().forEach(item -> item.urls().forEach(url -> {
            SiteRole owner = config.sites().values().stream()
                    .filter(s -> sameSite(s.url(), url)).map(SiteConfig::role).findFirst()
                    .orElse(config.sites().containsKey(SiteRole.PORTAL) ? SiteRole.PORTAL : site.role());
            if (owner == site.role()) {
                seeds.add(url);
            }
        }));
        return seeds;
    }

    private static boolean sameSite(URI a, URI b) {
        return SiteCrawls.bareHost(a).equals(SiteCrawls.bareHost(b));
    }
}
