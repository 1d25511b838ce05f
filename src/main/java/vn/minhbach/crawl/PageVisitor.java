package vn.minhbach.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;

/**
 * Visits one page on a worker thread: robots.txt, redirects (staying in scope), fetch (conditional when the
 * {@link PageCache} remembers the page), charset, parse, hand the document to the {@link PageHandler},
 * extract links. Fragments of table rows are parsed as tables ({@link HtmlParsing}). A page the server reports unchanged is parsed from the remembered response, so it yields
 * the same facts and links as a download. The document is dropped on return.
 */
final class PageVisitor {

    /** The Skipped reason of a page whose redirect leads to a URL already seen; not reported. */
    static final String DUPLICATE = "redirects to a URL already seen";

    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final Supplier<Scope> scope;
    private final Set<String> seen;
    private final PageHandler handler;
    private final PageCache cache;
    private final LongAdder bytes;

    PageVisitor(Fetcher fetcher, RobotsCache robots, Supplier<Scope> scope, Set<String> seen, PageHandler handler,
                PageCache cache, LongAdder bytes) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.scope = scope;
        this.seen = seen;
        this.handler = handler;
        this.cache = cache;
        this.bytes = bytes;
    }

    /**
     * What one visit found.
     *
     * @param entry   the page visited
     * @param outcome what became of it
     * @param page    an HTML page was parsed and handed on (only these count as pages)
     * @param links   the links on the page; empty unless {@code page}
     */
    record Visit(Frontier.Entry entry, FetchOutcome outcome, boolean page, List<LinkExtractor.Link> links) {
        Visit {
            links = List.copyOf(links);
        }

        static Visit not(Frontier.Entry entry, FetchOutcome outcome) {
            return new Visit(entry, outcome, false, List.of());
        }
    }

    Visit visit(Frontier.Entry entry) throws InterruptedException {
        URI url = entry.url();
        FetchOutcome refused = robots.check(url);
        if (refused != null) {
            return Visit.not(entry, refused);
        }
        Scope inScope = scope.get();
        Redirects.Gate gate = target -> {
            // Seeds were named by the user, so their redirects are followed wherever they lead.
            if (!entry.named() && !inScope.contains(target)) {
                return new FetchOutcome.Skipped(url, "redirects out of scope to " + target);
            }
            FetchOutcome blocked = robots.check(target);
            if (blocked instanceof FetchOutcome.Failed f) {
                return new FetchOutcome.Failed(url, f.status(), f.error() + " at " + target);
            }
            if (blocked != null) {
                return new FetchOutcome.Disallowed(url);
            }
            boolean fresh = seen.add(target.toString());
            // Where the seed lands is the site's home page: fetch it as the seed even when a sitemap or an
            // earlier link queued it already, so the checklist knows which page is home.
            return fresh || entry.depth() == 0 ? null : new FetchOutcome.Skipped(url, DUPLICATE);
        };
        RawResponse known = cache.lookup(url).filter(RawResponse::validated).orElse(null);
        var result = Redirects.follow(url, fetcher, Fetcher.Mode.PAGE, gate, known);
        if (result instanceof Redirects.Result.Stopped stopped) {
            return Visit.not(entry, stopped.outcome());
        }
        var arrived = (Redirects.Result.Arrived) result;
        HttpReply reply = arrived.reply();
        bytes.add(reply.body().length);
        if (reply.notModified() && known != null && known.finalUrl().equals(arrived.finalUrl())) {
            handler.onUnchanged(known);
            return parse(entry, known, reply.millis());
        }
        if (!reply.answered()) {
            return Visit.not(entry, new FetchOutcome.Failed(url, null, reply.error()));
        }
        if (!reply.success()) {
            return Visit.not(entry, new FetchOutcome.Failed(url, reply.status(), null));
        }
        var fetched = new FetchOutcome.Fetched(url, arrived.finalUrl(), reply.status(), reply.contentType(),
                reply.body().length, reply.millis());
        if (!reply.html()) {
            return Visit.not(entry, fetched);
        }
        RawResponse response = new RawResponse(url, arrived.finalUrl(), reply.status(), reply.reason(),
                reply.headers(), reply.body(), reply.truncated(), Instant.now());
        cache.remember(response);
        handler.onResponse(response);
        return parse(entry, response, reply.millis());
    }

    private Visit parse(Frontier.Entry entry, RawResponse response, long millis) {
        Document document = HtmlParsing.parse(CharsetSniffer.decode(response.contentType(), response.body()),
                response.finalUrl().toString());
        handler.onPage(new CrawledPage(response.url(), response.finalUrl(), entry.depth(), response.status(),
                response.body().length, millis), document);
        var fetched = new FetchOutcome.Fetched(response.url(), response.finalUrl(), response.status(),
                response.contentType(), response.body().length, millis);
        return new Visit(entry, fetched, true, LinkExtractor.extract(document, response.finalUrl()));
    }
}
