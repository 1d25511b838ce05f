package vn.minhbach.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import vn.minhbach.html.Scripts;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.PageScripts;
import vn.minhbach.model.Rendering;

/**
 * Visits one page on a worker thread: robots.txt, redirects (staying in scope), fetch (conditional when the
 * {@link PageCache} remembers the page), charset, parse (fragments of table rows as tables: {@link HtmlParsing}),
 * drop a stale {@code <base href>}, tell a soft error ({@link SoftErrors}: a wall's page is a failed fetch,
 * neither remembered nor handed on), hand the document to the {@link PageHandler}, extract links. A page the
 * server reports unchanged is parsed from the remembered response, so it yields the same facts and links as a
 * download. The document is dropped on return.
 */
final class PageVisitor {

    /** The Skipped reason of a page whose redirect leads to a URL already seen; not reported. */
    static final String DUPLICATE = "redirects to a URL already seen";
    /** An address no portal serves, asked to tell a wall that answers every URL alike from a small home page. */
    static final String PROBE_PATH = "/minhbach-dia-chi-khong-co-that-404";

    private final Fetcher fetcher;
    private final URI home;
    private final RobotsCache robots;
    private final Supplier<Scope> scope;
    private final Set<String> seen;
    private final PageHandler handler;
    private final PageCache cache;
    private final LongAdder bytes;
    private final PageRendering rendering;
    private final Shells shells = new Shells();

    PageVisitor(Fetcher fetcher, URI home, RobotsCache robots, Supplier<Scope> scope, Set<String> seen,
                PageHandler handler, PageCache cache, LongAdder bytes, PageRendering rendering) {
        this.rendering = rendering;
        this.fetcher = fetcher;
        this.home = home;
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
     * @param entry       the page visited
     * @param outcome     what became of it; a soft error (a firewall's page, a maintenance notice...) is a
     *                    {@link FetchOutcome.Failed} whose {@code soft()} is true
     * @param page        an HTML page was parsed and handed on (only these count as pages)
     * @param links       the links on the page; empty unless {@code page}
     * @param sameBodyKey what the page says when it is small enough to be a wall's notice, else null
     *                    ({@link SoftErrors#sameBodyKey})
     * @param staleBase   the page's {@code <base href>} when it named another host and was ignored, else null
     */
    record Visit(Frontier.Entry entry, FetchOutcome outcome, boolean page, List<LinkExtractor.Link> links,
                 String sameBodyKey, URI staleBase) {
        Visit {
            links = List.copyOf(links);
        }

        static Visit not(Frontier.Entry entry, FetchOutcome outcome) {
            return new Visit(entry, outcome, false, List.of(), null, null);
        }
    }

    Visit visit(Frontier.Entry entry) throws InterruptedException {
        URI url = entry.url();
        FetchOutcome refused = robots.check(url);
        if (refused != null) {
            return Visit.not(entry, refused);
        }
        Scope inScope = scope.get();
        RawResponse shell = shells.routeOf(url);
        if (shell != null) {
            // Another route of an application already fetched: the server would send the same shell again.
            Read read = read(entry, shell, inScope);
            if (read.wall != null) {
                return Visit.not(entry, new FetchOutcome.Failed(url, shell.status(), read.wall));
            }
            cache.remember(shell);
            handler.onResponse(shell);
            return handOn(entry, shell, read, 0);
        }
        Redirects.Gate gate = target -> {
            // Seeds were named by the user, so their redirects are followed wherever they lead.
            if (!entry.named() && !inScope.contains(target)) {
                return new FetchOutcome.Skipped(url, "redirects out of scope to " + target);
            }
            if (entry.named()) {
                fetcher.guard().admit(target);
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
            Read read = read(entry, known, inScope);
            if (read.wall != null) {
                return Visit.not(entry, new FetchOutcome.Failed(url, known.status(), read.wall));
            }
            handler.onUnchanged(known);
            return handOn(entry, known, read, reply.millis());
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
        Read read = read(entry, response, inScope);
        // A wall's page is neither remembered nor handed on: it says nothing about the portal.
        if (read.wall != null) {
            return Visit.not(entry, new FetchOutcome.Failed(url, reply.status(), read.wall));
        }
        cache.remember(response);
        handler.onResponse(response);
        return handOn(entry, response, read, reply.millis());
    }

    /**
     * Parses the page, drops a stale {@code <base href>} (so the handler's extractors resolve links as the
     * crawl does), reads it in a browser when its scripts carry its content ({@link PageRendering}) and asks
     * whether the page is a soft error. A shell that could not be rendered is not a wall: it is a page whose
     * content was not seen.
     */
    private Read read(Frontier.Entry entry, RawResponse response, Scope crawlScope) throws InterruptedException {
        // A seed that moved to another host takes that host into the site, as the crawl does after this visit.
        Scope inScope = entry.named() && !crawlScope.contains(response.finalUrl())
                ? crawlScope.with(response.finalUrl()) : crawlScope;
        Document document = HtmlParsing.parse(CharsetSniffer.decode(response.contentType(), response.body()),
                response.finalUrl().toString());
        URI staleBase = LinkExtractor.staleBase(document, response.finalUrl(), inScope::contains);
        if (staleBase != null) {
            document.select("base").remove();
            document.setBaseUri(response.finalUrl().toString());
        }
        List<LinkExtractor.Link> links = LinkExtractor.extract(document, response.finalUrl());
        SoftErrors.Reading reading = SoftErrors.read(document, links, inScope::contains);
        Rendering shown = null;
        String unrendered = null;
        PageScripts scripts = reading.wall() == null ? Scripts.of(document) : null;
        boolean needed = scripts != null && scripts.needBrowser();
        if (needed) {
            shells.remember(response);
        }
        if (needed || (reading.wall() == null && rendering.always())) {
            shown = rendering.render(routed(entry.url(), response.finalUrl()), response, handler::wantsAllPages);
            if (shown.rendered()) {
                URI at = shown.finalUrl() == null ? response.finalUrl() : shown.finalUrl();
                document = HtmlParsing.parse(shown.html(), at.toString());
                links = new ArrayList<>(LinkExtractor.extract(document, at, true));
                links.addAll(DataLinks.files(shown.data()));
                reading = SoftErrors.read(document, links, inScope::contains);
                scripts = Scripts.of(document);
            } else {
                unrendered = needed ? shown.failure() : null;
                shown = null;
                if (needed) {
                    reading = new SoftErrors.Reading(null, null);
                }
            }
        }
        String wall = reading.wall();
        String sameBody = reading.sameBodyKey();
        if (sameBody != null && entry.url().equals(home) && answersAnywhere(response.finalUrl(), sameBody, inScope)) {
            wall = SoftErrors.BARE_HOME;
        }
        return new Read(document, links, wall, sameBody, staleBase, shown, unrendered, scripts);
    }

    /** The address a browser opens: where the server's redirects led, with the client-side route the link named. */
    private static URI routed(URI linked, URI finalUrl) {
        String route = linked.getRawFragment();
        return route == null || finalUrl.getRawFragment() != null ? finalUrl : URI.create(finalUrl + "#" + route);
    }

    /**
     * True when an address that cannot exist on the site answers the same small page as the home: then the
     * home is a wall in words no list foresaw (one body for every URL), not the portal. Asked only for a home
     * page that leads nowhere in the site, where no second address would ever show the same.
     */
    private boolean answersAnywhere(URI homeUrl, String sameBody, Scope inScope) throws InterruptedException {
        URI probe = homeUrl.resolve(PROBE_PATH);
        if (robots.check(probe) != null) {
            return false;
        }
        HttpReply reply = fetcher.fetch(probe, Fetcher.Mode.PAGE);
        bytes.add(reply.body().length);
        if (!reply.success() || !reply.html()) {
            return false;
        }
        Document other = HtmlParsing.parse(CharsetSniffer.decode(reply.contentType(), reply.body()), probe.toString());
        return sameBody.equals(SoftErrors.sameBodyKey(other, LinkExtractor.extract(other, probe), inScope::contains));
    }

    private Visit handOn(Frontier.Entry entry, RawResponse response, Read read, long millis) {
        if (read.shown != null) {
            handler.onRendered(response, read.shown.html(), read.shown.finalUrl());
        }
        CrawledPage page = new CrawledPage(response.url(), response.finalUrl(), entry.depth(), response.status(),
                response.body().length, millis, read.shown != null, read.unrendered, read.scripts);
        handler.onPage(page, read.document);
        if (read.shown != null && !read.shown.data().isEmpty()) {
            handler.onData(page, read.shown.data());
        }
        var fetched = new FetchOutcome.Fetched(response.url(), response.finalUrl(), response.status(),
                response.contentType(), response.body().length, millis);
        return new Visit(entry, fetched, true, read.links, read.sameBody, read.staleBase);
    }

    private record Read(Document document, List<LinkExtractor.Link> links, String wall, String sameBody,
                        URI staleBase, Rendering shown, String unrendered, PageScripts scripts) {
    }
}
