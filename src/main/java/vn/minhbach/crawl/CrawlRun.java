package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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

/**
 * One crawl of one site. The calling thread coordinates: it owns the frontier, the trap filter and the
 * per-link records, hands fetches to at most {@code concurrency} worker threads and folds their results
 * back in, so the bookkeeping needs no locks. Only the seen-set is shared, because workers add redirect
 * targets to it.
 */
final class CrawlRun {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final CrawlSettings settings;
    private final CrawlListener listener;
    private final URI seed;
    /** Written only by the coordinator (when the seed redirects to another host), read by workers. */
    private volatile Scope scope;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final LongAdder bytes = new LongAdder();
    private final RobotsCache robots;
    private final SitemapReader sitemaps;
    private final PageVisitor visitor;
    private final AttachmentChecker attachmentChecker;
    private final TrapFilter traps = new TrapFilter();
    private final Frontier frontier = new Frontier();
    private final LinkRecords records = new LinkRecords();
    private final CrawlTally tally = new CrawlTally();

    CrawlRun(Fetcher fetcher, CrawlSettings settings, CrawlListener listener, URI seed, PageHandler handler,
             PageCache cache) {
        this.settings = settings;
        this.listener = listener;
        this.seed = seed;
        this.scope = Scope.of(seed);
        this.robots = new RobotsCache(fetcher, settings, bytes);
        this.sitemaps = new SitemapReader(fetcher, bytes);
        this.visitor = new PageVisitor(fetcher, robots, () -> scope, seen, handler, cache, bytes);
        this.attachmentChecker = new AttachmentChecker(fetcher, robots);
    }

    CrawlResult run(List<URI> extraSeeds) {
        long start = System.currentTimeMillis();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), r -> {
            Thread t = new Thread(r, "crawl-" + RUNS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
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
        CrawlResult result = tally.result(seed, bytes.sum(), records);
        LOG.info("crawled {}: {} pages, {} failed, {} attachments, {} disallowed by robots.txt{}{} in {} s", seed,
                result.pagesFetched(), result.pagesFailed(), result.attachments().size(),
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
                return;
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
        tally.page(visit, records);
        if (!visit.page()) {
            return;
        }
        URI from = ((FetchOutcome.Fetched) visit.outcome()).finalUrl();
        if (visit.entry().url().equals(seed) && !scope.contains(from)) {
            LOG.info("{} redirects to {}; its host is crawled as part of the site", seed, from);
            scope = scope.with(from);
        }
        int depth = visit.entry().depth() + 1;
        for (LinkExtractor.Link link : visit.links()) {
            URI url = link.url();
            if (!link.attachment() && !scope.contains(url)) {
                continue;
            }
            if (!seen.add(url.toString())) {
                records.noteIfTracked(url, from, link.anchorText());
                continue;
            }
            records.track(url, from, link.anchorText());
            if (link.attachment()) {
                frontier.addAttachment(url);
            } else if (depth > settings.maxDepth()) {
                tally.limitReached = true;
                tally.unreached(new FetchOutcome.Skipped(url, "beyond maxDepth " + settings.maxDepth()));
            } else {
                String trap = traps.check(url);
                if (trap != null) {
                    tally.unreached(new FetchOutcome.Skipped(url, trap));
                } else {
                    frontier.addPage(new Frontier.Entry(url, depth, false));
                }
            }
        }
    }

    private static URI current(Object done) {
        return done instanceof PageVisitor.Visit visit ? visit.entry().url() : ((AttachmentDone) done).url;
    }

    private record AttachmentDone(URI url, FetchOutcome outcome) {
    }
}
