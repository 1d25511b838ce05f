package vn.minhbach.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Spaces requests to one host: while a delay is in force, requests to a host run one at a time and each
 * starts at least the delay after the previous one ended. The www and bare names of a host count as one
 * server. A robots.txt Crawl-delay raises a host's delay, never lowers it.
 */
final class Politeness {

    private final long defaultDelayMillis;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    Politeness(long defaultDelayMillis) {
        this.defaultDelayMillis = Math.max(0, defaultDelayMillis);
    }

    void raiseDelay(URI uri, long delayMillis) {
        Host host = host(uri);
        synchronized (host) {
            host.delayMillis = Math.max(host.delayMillis, delayMillis);
        }
    }

    long delayMillis(URI uri) {
        Host host = host(uri);
        synchronized (host) {
            return host.delayMillis;
        }
    }

    /** Runs one request to the host of {@code uri} when its turn comes. */
    <T> T call(URI uri, Supplier<T> request) throws InterruptedException {
        Host host = host(uri);
        long delay = delayMillis(uri);
        if (delay <= 0) {
            return request.get();
        }
        host.lock.lockInterruptibly();
        try {
            long wait = host.lastEnd + delay - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            return request.get();
        } finally {
            host.lastEnd = System.currentTimeMillis();
            host.lock.unlock();
        }
    }

    private Host host(URI uri) {
        String name = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String key = name.startsWith("www.") ? name.substring(4) : name;
        return hosts.computeIfAbsent(key, k -> new Host(defaultDelayMillis));
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long delayMillis;
        /** Written and read only while holding {@link #lock}. */
        long lastEnd;

        Host(long delayMillis) {
            this.delayMillis = delayMillis;
        }
    }
}
