package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The little the crawl remembers about a link until it knows the link is fine: a few distinct anchor texts
 * and a few pages that link to it. Forgotten as soon as the target is fetched successfully, so memory
 * holds only pending and failed links. Only the crawl coordinator touches it.
 */
final class LinkRecords {

    static final int MAX_ANCHORS = 3;
    static final int MAX_FOUND_ON = 5;

    private final Map<String, Tracked> byUrl = new HashMap<>();

    /** Starts tracking {@code url} (if not yet) and notes one more link to it. */
    void track(URI url, URI foundOn, String anchor) {
        byUrl.computeIfAbsent(url.toString(), k -> new Tracked()).note(foundOn, anchor);
    }

    /** Notes one more link to {@code url} when it is still tracked (pending or failed). */
    void noteIfTracked(URI url, URI foundOn, String anchor) {
        Tracked tracked = byUrl.get(url.toString());
        if (tracked != null) {
            tracked.note(foundOn, anchor);
        }
    }

    void forget(URI url) {
        byUrl.remove(url.toString());
    }

    List<String> anchors(URI url) {
        Tracked tracked = byUrl.get(url.toString());
        return tracked == null ? List.of() : List.copyOf(tracked.anchors);
    }

    List<URI> foundOn(URI url) {
        Tracked tracked = byUrl.get(url.toString());
        return tracked == null ? List.of() : List.copyOf(tracked.foundOn);
    }

    private static final class Tracked {
        final List<String> anchors = new ArrayList<>(1);
        final List<URI> foundOn = new ArrayList<>(1);

        void note(URI page, String anchor) {
            if (anchor != null && !anchor.isBlank() && anchors.size() < MAX_ANCHORS && !anchors.contains(anchor)) {
                anchors.add(anchor);
            }
            if (page != null && foundOn.size() < MAX_FOUND_ON && !foundOn.contains(page)) {
                foundOn.add(page);
            }
        }
    }
}
