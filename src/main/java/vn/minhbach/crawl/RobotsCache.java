package vn.minhbach.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.LongAdder;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.FetchOutcome;

/**
 * robots.txt of every host a crawl touches, fetched once per scheme, host and port and parsed by
 * crawler-commons for our product token. Failures follow crawler-commons' {@code failedFetch}
 * convention: a 4xx robots.txt (no robots.txt, or forbidden) allows everything; a 5xx, a redirect loop or
 * no response at all means "defer visits", so that host's URLs are not fetched and are recorded as failed
 * with the reason rather than as disallowed. A Crawl-delay larger than the configured delay raises the
 * host's politeness delay.
 */
final class RobotsCache {

    private final Fetcher fetcher;
    private final boolean respect;
    private final List<String> robotNames;
    private final LongAdder bytes;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final ConcurrentMap<String, FutureTask<Entry>> byOrigin = new ConcurrentHashMap<>();

    RobotsCache(Fetcher fetcher, CrawlSettings settings, LongAdder bytes) {
        this.fetcher = fetcher;
        this.respect = settings.respectRobots();
        this.robotNames = List.of(productToken(settings.userAgent()));
        this.bytes = bytes;
    }

    /** The product token robots.txt groups are matched against, e.g. {@code minhbach} of {@code minhbach/1.0 (...)}. */
    static String productToken(String userAgent) {
        String token = userAgent == null ? "" : userAgent.strip().split("[/\\s]", 2)[0];
        return token.isEmpty() ? "*" : token.toLowerCase(Locale.ROOT);
    }

    /** Null when {@code url} may be fetched, else the outcome that stops it. */
    FetchOutcome check(URI url) throws InterruptedException {
        if (!respect) {
            return null;
        }
        Entry entry = entry(url);
        if (entry.rules.isDeferVisits()) {
            return new FetchOutcome.Failed(url, null, "not fetched: " + entry.problem);
        }
        return entry.rules.isAllowed(url.toString()) ? null : new FetchOutcome.Disallowed(url);
    }

    /** The Sitemap: URLs the robots.txt of {@code url}'s host lists. */
    List<String> sitemaps(URI url) throws InterruptedException {
        return List.copyOf(entry(url).rules.getSitemaps());
    }

    private Entry entry(URI url) throws InterruptedException {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        FutureTask<Entry> task = new FutureTask<>(() -> load(URI.create(origin + "/robots.txt")));
        FutureTask<Entry> existing = byOrigin.putIfAbsent(origin, task);
        if (existing == null) {
            task.run();
        } else {
            task = existing;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException) {
                byOrigin.remove(origin, task);
                throw new InterruptedException("interrupted while reading robots.txt of " + origin);
            }
            throw new IllegalStateException("reading robots.txt of " + origin + " failed", e.getCause());
        }
    }

    private Entry load(URI robotsUrl) throws InterruptedException {
        var result = Redirects.follow(robotsUrl, fetcher, Fetcher.Mode.ANY, Redirects.Gate.ANY);
        if (result instanceof Redirects.Result.Stopped stopped) {
            String why = stopped.outcome() instanceof FetchOutcome.Failed f ? f.error() : "redirect refused";
            return new Entry(parser.failedFetch(399), "robots.txt " + why);
        }
        HttpReply reply = ((Redirects.Result.Arrived) result).reply();
        bytes.add(reply.body().length);
        if (!reply.answered()) {
            return new Entry(parser.failedFetch(599), "robots.txt unreachable (" + reply.error() + ")");
        }
        BaseRobotRules rules = reply.success()
                ? parser.parseContent(robotsUrl.toString(), reply.body(), reply.contentType(), robotNames)
                : parser.failedFetch(reply.status());
        if (respect && rules.getCrawlDelay() > 0) {
            fetcher.politeness().raiseDelay(robotsUrl, rules.getCrawlDelay());
        }
        return new Entry(rules, "robots.txt unavailable (HTTP " + reply.status() + ")");
    }

    /** Parsed rules, and why visits are deferred when they are. */
    private record Entry(BaseRobotRules rules, String problem) {
    }
}
