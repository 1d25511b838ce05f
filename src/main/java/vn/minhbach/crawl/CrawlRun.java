package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.html.UrlNormalizer;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Text;

/**
 * One crawl of one site. The calling thread coordinates: it owns the frontier, the trap filter and the
 * per-link records, hands fetches to at most {@code concurrency} worker threads and folds their results
 * back in, so the bookkeeping needs no locks. Only the seen-set is shared, because workers add redirect
 * targets to it. Pages answered by a wall ({@link Walls}) are held and asked again after the rest, in rounds
 * with growing pauses.
 */
final class CrawlRun {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    private static final AtomicInteger RUNS = new AtomicInteger();
    /** The first pause before walled pages are fetched again, when the crawl has no delay to scale it. */
    static final long MIN_PAUSE_MILLIS = 100;
    /** Time one retry round may spend at the host's delay, so a wall never stretches an audit by hours. */
    static final long RETRY_BUDGET_MILLIS = 120_000;

    private final CrawlSettings settings;
    private final CrawlListener listener;
    private final URI seed;
    /** Written only by the coordinator (when the seed redirects to another host), read by workers. */
    private volatile Scope scope;
    /** Set as the run starts, before any request. */
    private volatile Guard guard = Guard.OPEN;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final LongAdder bytes = new LongAdder();
    private final RobotsCache robots;
    private final SitemapReader sitemaps;
    private final PageVisitor visitor;
    private final AttachmentChecker attachmentChecker;
    private final TrapFilter traps = new TrapFilter();
    private final Frontier frontier = new Frontier();
    /** Pages so far linked only from beyond maxDepth, in the order met; the coordinator's alone. */
    private final Map<String, URI> tooDeep = new LinkedHashMap<>();
    private final LinkRecords records = new LinkRecords();
    private final CrawlTally tally = new CrawlTally();
    private final Walls walls = new Walls();
    private final Politeness politeness;
    private final Fetcher fetcher;

    CrawlRun(Fetcher fetcher, CrawlSettings settings, CrawlListener listener, URI seed, PageHandler handler,
             PageCache cache, Renderer renderer) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.listener = listener;
        this.seed = seed;
        this.scope = Scope.of(seed);
        this.robots = new RobotsCache(fetcher, settings, bytes);
        this.sitemaps = new SitemapReader(fetcher, bytes);
        this.politeness = fetcher.politeness();
        PageRendering rendering = new PageRendering(settings.render(), renderer,
                new BrowserGate(fetcher, robots, () -> scope));
        this.visitor = new PageVisitor(fetcher, seed, robots, () -> scope, seen, handler, cache, bytes, rendering);
        this.attachmentChecker = new AttachmentChecker(fetcher, robots);
    }

    CrawlResult run(List<URI> extraSeeds) {
        long start = System.currentTimeMillis();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), r -> {
            Thread t = new Thread(r, "crawl-" + RUNS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        guard = Guard.of(seed, () -> scope, extraSeeds, fetcher.resolver());
        fetcher.guard(guard);
        try {
            enqueueSeeds(extraSeeds);
            loop(new ExecutorCompletionService<>(workers));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.info("crawl of {} interrupted", seed);
        } finally {
            workers.shutdownNow();
        }
        skipLeftovers();
        skipTooDeep();
        walls.stayed().forEach(held -> tally.walled(held.outcome()));
        CrawlResult result = tally.result(seed, bytes.sum(), records);
        LOG.info("crawled {}: {} pages, {} failed ({} walled), {} attachments, {} disallowed by robots.txt{}{} in {} s",
                seed, result.pagesFetched(), result.pagesFailed(), result.pagesWalled(), result.attachments().size(),
                result.robotsDisallowed(), result.limitReached() ? ", limit reached" : "",
                result.sitemapFound() ? ", sitemap read" : "", (System.currentTimeMillis() - start) / 1000);
        return result;
    }

    private void enqueueSeeds(List<URI> extraSeeds) throws InterruptedException {
        seen.add(seed.toString());
        records.track(seed, null, null);
        frontier.addPage(new Frontier.Entry(seed, 0, true));
        for (URI extra : extraSeeds) {
            URI url = UrlNormalizer.normalize(null, extra.toString());
            if (url != null && seen.add(url.toString())) {
                records.track(url, null, null);
                frontier.addPage(new Frontier.Entry(url, 0, true));
            }
        }
        List<URI> sitemapUrls = new ArrayList<>();
        for (String listed : robots.sitemaps(seed)) {
            URI url = UrlNormalizer.normalize(seed, listed);
            if (url != null) {
                sitemapUrls.add(url);
            }
        }
        URI fallback = SitemapReader.defaultSitemap(seed);
        if (!sitemapUrls.contains(fallback)) {
            sitemapUrls.add(fallback);
        }
        SitemapReader.Found found = sitemaps.read(sitemapUrls);
        tally.sitemapFound = found.found();
        for (URI url : found.urls()) {
            if (scope.contains(url) && !seen.contains(url.toString())) {
                frontier.addFromSitemap(new Frontier.Entry(url, 1, false));
            }
        }
    }

    /** Pages still queued when the page budget ran out (or the crawl was interrupted) become Skipped. */
    private void skipLeftovers() {
        String reason = Thread.currentThread().isInterrupted() ? "crawl interrupted"
                : "beyond maxPages " + settings.maxPages();
        List<Frontier.Entry> left = new ArrayList<>(frontier.drainLinked());
        for (Frontier.Entry entry : frontier.drainSitemap()) {
            if (seen.add(entry.url().toString())) {
                left.add(entry);
            }
        }
        for (Frontier.Entry entry : left) {
            tally.limitReached = true;
            tally.unreached(new FetchOutcome.Skipped(entry.url(), reason));
        }
    }

    private void loop(ExecutorCompletionService<Object> completion) throws InterruptedException {
        int inFlight = 0;
        int pagesInFlight = 0;
        boolean attachmentTurn = false;
        while (true) {
            while (inFlight < Math.max(1, settings.concurrency())) {
                boolean pageAllowed = nextPageReady() && tally.pagesFetched + pagesInFlight < settings.maxPages();
                if (pageAllowed && (!attachmentTurn || !frontier.hasAttachments())) {
                    Frontier.Entry entry = frontier.nextPage();
                    completion.submit(() -> visitor.visit(entry));
                    pagesInFlight++;
                } else if (frontier.hasAttachments()) {
                    URI url = frontier.nextAttachment();
                    completion.submit(() -> new AttachmentDone(url, attachmentChecker.check(url)));
                } else {
                    break;
                }
                inFlight++;
                attachmentTurn = !attachmentTurn;
            }
            if (inFlight == 0) {
                if (!retryWalls()) {
                    return;
                }
                continue;
            }
            Object done = take(completion);
            inFlight--;
            if (done instanceof PageVisitor.Visit visit) {
                pagesInFlight--;
                onVisit(visit);
            } else {
                AttachmentDone checked = (AttachmentDone) done;
                tally.attachment(checked.url, checked.outcome, records);
            }
            listener.progress(seed, tally.pagesFetched, frontier.size() + inFlight, current(done));
        }
    }

    /** Skips sitemap entries already seen or refused by the trap filter, so the next page is a real one. */
    private boolean nextPageReady() {
        while (frontier.nextIsFromSitemap()) {
            Frontier.Entry entry = frontier.nextPage();
            if (seen.add(entry.url().toString())) {
                String trap = traps.check(entry.url());
                if (trap == null) {
                    records.track(entry.url(), null, null);
                    frontier.addPage(entry);
                    return true;
                }
                tally.unreached(new FetchOutcome.Skipped(entry.url(), trap));
            }
        }
        return frontier.hasPages();
    }

    private static Object take(ExecutorCompletionService<Object> completion) throws InterruptedException {
        try {
            return completion.take().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException) {
                throw new InterruptedException("a crawl worker was interrupted");
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("crawl worker failed", e.getCause());
        }
    }

    private void onVisit(PageVisitor.Visit visit) {
        listener.visited(seed, visit.outcome());
        // An error page served with 200 is a broken link like a 404, not a wall that retries could get past.
        if (visit.outcome() instanceof FetchOutcome.Failed failed && failed.soft()
                && !failed.error().equals(SoftErrors.ERROR)) {
            wall(new Walls.Held(visit.entry(), failed));
            return;
        }
        if (visit.page() && visit.sameBodyKey() != null) {
            List<Walls.Held> same = walls.sameBody(visit.entry(), (FetchOutcome.Fetched) visit.outcome(),
                    visit.sameBodyKey());
            if (!same.isEmpty()) {
                same.forEach(this::wall);
                return;
            }
        }
        walls.release(visit.entry().url());
        // A small page keeps its anchors until the crawl ends, in case its body turns out to be a wall.
        tally.page(visit, records, visit.sameBodyKey() == null);
        if (!visit.page()) {
            return;
        }
        URI from = ((FetchOutcome.Fetched) visit.outcome()).finalUrl();
        boolean home = visit.entry().url().equals(seed);
        if (home && !scope.contains(from)) {
            LOG.info("{} redirects to {}; its host is crawled as part of the site", seed, from);
            scope = scope.with(from);
            tally.note(Text.of("report.crawl.homeMoved", seed.toString(), from.toString()));
        }
        if (home && visit.staleBase() != null) {
            tally.note(Text.of("report.crawl.staleBase", visit.staleBase().toString()));
        }
        if (home && visit.links().stream().noneMatch(l -> !l.attachment() && scope.contains(l.url()))) {
            tally.homeLinksOffSite = true;
            tally.note(Text.of("report.crawl.homeLinksOffSite"));
        }
        int depth = visit.entry().depth() + 1;
        for (LinkExtractor.Link link : visit.links()) {
            URI url = link.url();
            // An attachment may be on another host of the organisation, never outside it.
            if (link.attachment() ? !guard.allowsHost(url) : !scope.contains(url)) {
                continue;
            }
            // a page seen before is only noted, at whatever depth this link finds it; its depth is not worked out
            if (seen.contains(url.toString())) {
                records.noteIfTracked(url, from, link.anchorText());
                continue;
            }
            int hops = link.attachment() ? depth : hops(from, link, depth);
            if (!link.attachment() && hops > settings.maxDepth()) {
                // Not yet seen: another page of a paged list may still link it within the depth.
                records.track(url, from, link.anchorText());
                tooDeep.putIfAbsent(url.toString(), url);
                continue;
            }
            if (!seen.add(url.toString())) {
                records.noteIfTracked(url, from, link.anchorText());
                continue;
            }
            tooDeep.remove(url.toString());
            records.track(url, from, link.anchorText());
            if (link.attachment()) {
                frontier.addAttachment(url);
            } else {
                String trap = traps.check(url);
                if (trap != null) {
                    tally.unreached(new FetchOutcome.Skipped(url, trap));
                } else {
                    frontier.addPage(new Frontier.Entry(url, hops, false));
                }
            }
        }
    }

    /** Pages linked only from beyond {@code maxDepth}, once the crawl is over, become Skipped. */
    private void skipTooDeep() {
        for (URI url : tooDeep.values()) {
            if (seen.add(url.toString())) {
                tally.limitReached = true;
                tally.unreached(new FetchOutcome.Skipped(url, "beyond maxDepth " + settings.maxDepth()));
            }
        }
        tooDeep.clear();
    }

    /**
     * The depth of a page found by a link: one hop more than the page linking it, except another page of the
     * same list, which keeps the list's depth ({@link Pagination}).
     */
    private static int hops(URI from, LinkExtractor.Link link, int depth) {
        return Pagination.turnsPage(from, link.url(), link.anchorText()) ? depth - 1 : depth;
    }

    /**
     * A page answered as a wall: held for retry, and the host is asked more gently from now on, since a
     * firewall that starts rejecting mid-crawl is usually counting requests.
     */
    private void wall(Walls.Held held) {
        if (held.readMillis() >= 0) {
            tally.unpage(held.readMillis());
        }
        walls.hold(held);
        politeness.raiseDelay(held.entry().url(), Math.max(politeness.delayMillis(held.entry().url()),
                2 * settings.delayMillis()));
    }

    /**
     * When the crawl has run dry with pages still walled: pauses (longer each round), doubles the host's delay
     * and queues the walled pages again. A round fetches no more pages than the retry budget allows at that
     * delay, so retries stay within the audit's time. False when no round is left.
     */
    private boolean retryWalls() throws InterruptedException {
        if (!walls.retryable() || Thread.currentThread().isInterrupted()) {
            return false;
        }
        long pause = Math.max(MIN_PAUSE_MILLIS, 5 * settings.delayMillis()) << walls.rounds();
        URI host = walls.stayed().iterator().next().entry().url();
        long delay = Math.max(politeness.delayMillis(host), settings.delayMillis()) * 2;
        politeness.raiseDelay(host, delay);
        int budget = delay <= 0 ? Integer.MAX_VALUE : (int) Math.max(1, RETRY_BUDGET_MILLIS / delay);
        LOG.info("{}: {} pages answered as a wall; retry round {} after {} ms", seed, walls.size(),
                walls.rounds() + 1, pause);
        Thread.sleep(pause);
        walls.nextRound(budget).forEach(frontier::addPage);
        return true;
    }

    private static URI current(Object done) {
        return done instanceof PageVisitor.Visit visit ? visit.entry().url() : ((AttachmentDone) done).url;
    }

    private record AttachmentDone(URI url, FetchOutcome outcome) {
    }
}
