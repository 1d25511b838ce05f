package vn.minhbach.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.DnsResolver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.html.UrlNormalizer;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;

/**
 * Crawls one site politely: robots.txt and its Crawl-delay, sitemaps, a per-host delay, a bounded number
 * of worker threads, scope (the seed's host and its www twin), redirect, timeout, size and trap limits.
 * HTML pages go to a {@link PageHandler} as they are parsed; attachments are checked without being
 * downloaded. One instance holds one HTTP client and may crawl several sites one after another.
 */
public final class Crawler implements AutoCloseable {

    private final CrawlSettings settings;
    private final CrawlListener listener;
    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final Renderer renderer;

    /** A crawler that reads pages from their HTML only: an application shell stays unread. */
    public Crawler(CrawlSettings settings, CrawlListener listener) {
        this(settings, listener, Renderer.none("no browser was given to this crawl"));
    }

    /**
     * A crawler that reads pages built by scripts with {@code renderer} ({@code crawl.render}); the renderer is
     * the caller's, shared by the crawls of one audit, and not closed with the crawler.
     */
    public Crawler(CrawlSettings settings, CrawlListener listener, Renderer renderer) {
        this(settings, listener, null, renderer);
    }

    /** With a custom DNS resolver, so tests can serve several host names from one loopback server. */
    Crawler(CrawlSettings settings, CrawlListener listener, DnsResolver dns) {
        this(settings, listener, dns, Renderer.none("no browser was given to this crawl"));
    }

    Crawler(CrawlSettings settings, CrawlListener listener, DnsResolver dns, Renderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = listener == null ? CrawlListener.NONE : listener;
        this.fetcher = new Fetcher(settings, dns);
        this.robots = new RobotsCache(fetcher, settings, new LongAdder());
    }

    /**
     * Crawls the site of {@code seed} breadth-first; {@code extraSeeds} are fetched too (in scope or not)
     * even when nothing links to them. Every HTML page is parsed with jsoup and handed to the handler; the
     * document is not kept. Never throws for anything a site does; an exception thrown by the handler
     * propagates, since it is a programming error.
     *
     * @throws IllegalArgumentException when {@code seed} is not an absolute http(s) URL
     */
    public CrawlResult crawl(URI seed, List<URI> extraSeeds, PageHandler handler) {
        return crawl(seed, extraSeeds, handler, PageCache.NONE);
    }

    /**
     * Crawls as {@link #crawl(URI, List, PageHandler)}, asking the server whether pages the cache remembers
     * changed, and remembering every page downloaded in full.
     */
    public CrawlResult crawl(URI seed, List<URI> extraSeeds, PageHandler handler, PageCache cache) {
        URI start = UrlNormalizer.normalize(null, seed.toString());
        if (start == null) {
            throw new IllegalArgumentException("not an http(s) URL to crawl: " + seed);
        }
        CrawlResult result = new CrawlRun(fetcher, settings, listener, start, Objects.requireNonNull(handler,
                "handler"), Objects.requireNonNull(cache, "cache"), renderer).run(extraSeeds == null ? List.of() : extraSeeds);
        return result.withCertificate(certificate(start.getHost()));
    }

    /** The certificate of the seed's host, or of its www twin when the site moved there. */
    private CertificateCheck certificate(String host) {
        CertificateCheck own = fetcher.certificate(host);
        if (own != null) {
            return own;
        }
        return fetcher.certificate(host.startsWith("www.") ? host.substring(4) : "www." + host);
    }

    /**
     * Fetches one HTML page as a crawl would (robots.txt, the per-host delay, redirects, the charset) and parses
     * it: a second look at a page a crawl saw, for {@code explain}. Empty when robots.txt refuses it, when it
     * fails or redirects somewhere refused, or when it is not HTML.
     */
    public Optional<Document> page(URI url) throws InterruptedException {
        URI start = UrlNormalizer.normalize(null, url.toString());
        if (start == null) {
            return Optional.empty();
        }
        if (fetcher.guard() == Guard.OPEN) {
            Scope site = Scope.of(start);
            fetcher.guard(Guard.of(start, () -> site, List.of(), fetcher.resolver()));
        }
        if (robots.check(start) != null) {
            return Optional.empty();
        }
        Redirects.Gate gate = target -> robots.check(target) == null ? null : new FetchOutcome.Disallowed(target);
        if (!(Redirects.follow(start, fetcher, Fetcher.Mode.PAGE, gate) instanceof Redirects.Result.Arrived arrived)
                || !arrived.reply().success() || !arrived.reply().html()) {
            return Optional.empty();
        }
        HttpReply reply = arrived.reply();
        return Optional.of(Jsoup.parse(CharsetSniffer.decode(reply.contentType(), reply.body()),
                arrived.finalUrl().toString()));
    }

    /**
     * Fetches one document whole as a crawl would (robots.txt, the per-host delay, redirects), reading at most
     * {@code crawl.maxDocumentBytes}: a larger file is not kept cut short, since a truncated PDF cannot be read.
     * A failure is a value; interrupted while waiting for the host's turn, it throws.
     */
    public FetchedDocument document(URI url) throws InterruptedException {
        return document(url, null);
    }

    /**
     * Fetches one document as {@link #document(URI)}, asking the server whether it changed when {@code known} (the
     * document as an earlier audit fetched it from this address, or null) carries an ETag or a Last-Modified date:
     * on 304 Not Modified, {@code known}'s file is given back as fetched now, and nothing is downloaded.
     */
    public FetchedDocument document(URI url, RawResponse known) throws InterruptedException {
        URI start = UrlNormalizer.normalize(null, url.toString());
        if (start == null) {
            return FetchedDocument.failed(url, null, "không phải địa chỉ http(s)");
        }
        if (robots.check(start) != null) {
            return FetchedDocument.failed(url, null, "robots.txt không cho phép");
        }
        Redirects.Gate gate = target -> robots.check(target) == null ? null : new FetchOutcome.Disallowed(target);
        Redirects.Result result = Redirects.follow(start, fetcher, Fetcher.Mode.DOCUMENT, gate, known);
        if (result instanceof Redirects.Result.Stopped stopped) {
            return FetchedDocument.failed(url, null, stopped.outcome() instanceof FetchOutcome.Disallowed
                    ? "robots.txt không cho phép" : "chuyển hướng không tới được tệp");
        }
        Redirects.Result.Arrived arrived = (Redirects.Result.Arrived) result;
        HttpReply reply = arrived.reply();
        if (!reply.answered()) {
            return FetchedDocument.failed(url, null, "không tải được: " + reply.error());
        }
        if (reply.notModified() && known != null && known.finalUrl().equals(arrived.finalUrl())) {
            return new FetchedDocument(url, known.finalUrl(), known.status(), known.reason(), known.headers(),
                    known.body(), Instant.now(), null);
        }
        if (!reply.success()) {
            return FetchedDocument.failed(url, reply.status(), "HTTP " + reply.status());
        }
        if (reply.truncated()) {
            return FetchedDocument.failed(url, reply.status(), "lớn hơn crawl.maxDocumentBytes ("
                    + settings.maxDocumentBytes() + " byte) nên không đọc");
        }
        return new FetchedDocument(url, arrived.finalUrl(), reply.status(), reply.reason(), reply.headers(),
                reply.body(), Instant.now(), null);
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
