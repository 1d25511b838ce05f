package vn.minhbach.crawl;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.html.UrlNormalizer;

/**
 * Reads sitemaps (XML, text, or a sitemap index pointing to more) with crawler-commons and returns the
 * page URLs they list, normalised. A missing or unreadable sitemap is simply not found.
 */
final class SitemapReader {

    /** Sitemap files read at most per site, counting those an index points to. */
    static final int MAX_SITEMAPS = 50;
    /** URLs taken from sitemaps at most per site. */
    static final int MAX_URLS = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(SitemapReader.class);

    private final Fetcher fetcher;
    private final LongAdder bytes;
    private final SiteMapParser parser = new SiteMapParser(false);

    SitemapReader(Fetcher fetcher, LongAdder bytes) {
        this.fetcher = fetcher;
        this.bytes = bytes;
    }

    /** What the sitemaps held: whether any was read, and the page URLs listed. */
    record Found(boolean found, List<URI> urls) {
        Found {
            urls = List.copyOf(urls);
        }
    }

    Found read(List<URI> sitemaps) throws InterruptedException {
        Deque<URI> pending = new ArrayDeque<>(sitemaps);
        Set<URI> done = new HashSet<>();
        Set<URI> urls = new LinkedHashSet<>();
        boolean found = false;
        while (!pending.isEmpty() && done.size() < MAX_SITEMAPS && urls.size() < MAX_URLS) {
            URI sitemapUrl = pending.poll();
            if (!done.add(sitemapUrl)) {
                continue;
            }
            AbstractSiteMap sitemap = fetchAndParse(sitemapUrl);
            if (sitemap == null) {
                continue;
            }
            found = true;
            if (sitemap instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    URI childUrl = UrlNormalizer.normalize(null, child.getUrl().toString());
                    if (childUrl != null) {
                        pending.add(childUrl);
                    }
                }
            } else if (sitemap instanceof SiteMap map) {
                for (SiteMapURL entry : map.getSiteMapUrls()) {
                    URI url = UrlNormalizer.normalize(null, entry.getUrl().toString());
                    if (url != null && urls.size() < MAX_URLS) {
                        urls.add(url);
                    }
                }
            }
        }
        return new Found(found, new ArrayList<>(urls));
    }

    private AbstractSiteMap fetchAndParse(URI sitemapUrl) throws InterruptedException {
        var result = Redirects.follow(sitemapUrl, fetcher, Fetcher.Mode.ANY, Redirects.Gate.ANY);
        if (!(result instanceof Redirects.Result.Arrived arrived) || !arrived.reply().success()) {
            return null;
        }
        HttpReply reply = arrived.reply();
        bytes.add(reply.body().length);
        try {
            return parser.parseSiteMap(reply.contentType(), reply.body(), arrived.finalUrl().toURL());
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            LOG.debug("sitemap {} not readable: {}", sitemapUrl, e.toString());
            return null;
        }
    }

    static URI defaultSitemap(URI seed) {
        return seed.resolve("/sitemap.xml");
    }
}
