package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.minhbach.model.FetchOutcome;

/**
 * The pages of one crawl that answered as a wall (soft errors, {@link SoftErrors}), held for retry rounds
 * after the rest of the crawl, and the small bodies seen so far: when {@link #SAME_BODY_URLS} distinct
 * addresses answer one identical small body, that body is a wall whatever it says (a firewall's page in words
 * no list foresaw), and every page that showed it is one. Only the crawl coordinator touches it.
 */
final class Walls {

    /** Distinct addresses answering one small body that make it a wall; a portal's own pages differ. */
    static final int SAME_BODY_URLS = 4;
    /** Retry rounds at most, each after a longer pause. */
    static final int MAX_ROUNDS = 3;

    /**
     * A walled page: what to fetch again and why it failed.
     *
     * @param readMillis the fetch time of a page counted as read before its body turned out to be a wall, else -1
     */
    record Held(Frontier.Entry entry, FetchOutcome.Failed outcome, long readMillis) {
        Held(Frontier.Entry entry, FetchOutcome.Failed outcome) {
            this(entry, outcome, -1);
        }
    }

    /** A small page read as content so far, which may still turn out to be a wall's page. */
    private record Small(Frontier.Entry entry, FetchOutcome.Fetched fetched) {
    }

    private final Map<String, List<Small>> bodies = new HashMap<>();
    private final Set<String> wallBodies = new HashSet<>();
    private final Map<String, Held> walled = new LinkedHashMap<>();
    private int rounds;

    /**
     * Notes a small page read as content. Returns nothing while its body is not a wall; otherwise the pages
     * that showed the body, this one last, each now a walled page, which the caller must stop counting as read.
     */
    List<Held> sameBody(Frontier.Entry entry, FetchOutcome.Fetched fetched, String key) {
        FetchOutcome.Failed failed = new FetchOutcome.Failed(entry.url(), fetched.status(), SoftErrors.SAME_BODY);
        if (wallBodies.contains(key)) {
            return List.of(new Held(entry, failed));
        }
        List<Small> same = bodies.computeIfAbsent(key, k -> new ArrayList<>());
        if (same.stream().noneMatch(s -> s.entry().url().equals(entry.url()))) {
            same.add(new Small(entry, fetched));
        }
        if (same.size() < SAME_BODY_URLS) {
            return List.of();
        }
        wallBodies.add(key);
        bodies.remove(key);
        List<Held> held = new ArrayList<>();
        for (Small small : same) {
            boolean earlier = !small.entry().url().equals(entry.url());
            held.add(new Held(small.entry(), new FetchOutcome.Failed(small.entry().url(), small.fetched().status(),
                    SoftErrors.SAME_BODY), earlier ? small.fetched().millis() : -1));
        }
        return held;
    }

    void hold(Held held) {
        walled.put(held.entry().url().toString(), held);
    }

    /** A page read as content after all (a retry came through). */
    void release(URI url) {
        walled.remove(url.toString());
    }

    int size() {
        return walled.size();
    }

    /** True when pages are walled and another round may be tried. */
    boolean retryable() {
        return !walled.isEmpty() && rounds < MAX_ROUNDS;
    }

    /** Starts the next round: the walled pages to fetch again, at most {@code max}. */
    List<Frontier.Entry> nextRound(int max) {
        rounds++;
        return walled.values().stream().map(Held::entry).limit(Math.max(1, max)).toList();
    }

    int rounds() {
        return rounds;
    }

    /** The pages still walled when the crawl ends. */
    Collection<Held> stayed() {
        return List.copyOf(walled.values());
    }
}
