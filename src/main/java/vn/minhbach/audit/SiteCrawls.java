package vn.minhbach.audit;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.minhbach.config.SiteConfig;
import vn.minhbach.model.SiteRole;

/**
 * Crawls the sites of one audit at the same time, so an audit takes as long as its longest crawl rather than
 * the sum of them: the portal and the one-stop site are different hosts, each crawl keeping its own politeness
 * toward its own host. Sites on the same host (bare of "www.") are crawled one after the other, so that host
 * never gets more than one site's requests at once. An interrupt of the calling thread stops every crawl, as it
 * stops a crawl run on the calling thread, and stays set.
 */
final class SiteCrawls {

    private SiteCrawls() {
    }

    /** Each site's crawl, by role; a crawl's exception is thrown once all have ended. */
    static <T> Map<SiteRole, T> run(Collection<SiteConfig> sites, Function<SiteConfig, T> crawl) {
        Map<String, List<SiteConfig>> byHost = new LinkedHashMap<>();
        for (SiteConfig site : sites) {
            byHost.computeIfAbsent(bareHost(site.url()), h -> new ArrayList<>()).add(site);
        }
        Map<SiteRole, T> views = new ConcurrentHashMap<>();
        if (byHost.size() <= 1) {
            sites.forEach(site -> views.put(site.role(), crawl.apply(site)));
            return views;
        }
        List<Thread> threads = new ArrayList<>();
        Map<Thread, Throwable> failures = new ConcurrentHashMap<>();
        for (List<SiteConfig> group : byHost.values()) {
            Thread thread = new Thread(() -> group.forEach(site -> views.put(site.role(), crawl.apply(site))),
                    "crawl-" + String.join("-", group.stream().map(s -> s.role().key()).toList()));
            thread.setUncaughtExceptionHandler(failures::put);
            threads.add(thread);
            thread.start();
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    // the crawls run on their own threads: they learn of the interrupt from here
                    interrupted = true;
                    threads.forEach(Thread::interrupt);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Thread thread : threads) {
            Throwable failure = failures.get(thread);
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
        return views;
    }

    /** The host a site's politeness is kept for: lower case, without "www.". */
    static String bareHost(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
