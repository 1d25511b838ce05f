package vn.minhbach.audit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.model.Rendering;

/**
 * What the browser showed during one audit, kept until the audit's evidence is archived: per page, the rendered
 * DOM and where the browser ended; per request (method, address, body), the JSON answer. Which of them a verdict
 * cites is known only once the checklist has run, so all are held, but bounded: at most {@link #MAX_ENTRIES}
 * entries and {@link #MAX_BYTES} bytes of text (UTF-8), the oldest dropped first, so a portal of thousands of
 * rendered pages costs tens of megabytes at most and its earliest renderings go unarchived. Thread-safe.
 */
final class RenderedPages {
    static final int MAX_ENTRIES = 4_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** A page (method null) or a request. */
    private record Key(String method, URI url, String requestBody) {
    }

    private record Entry(byte[] text, URI at, Instant when) {
    }

    private final Clock clock;
    private final int maxEntries;
    private final long maxBytes;
    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private long bytes;

    RenderedPages(Clock clock) {
        this(clock, MAX_ENTRIES, MAX_BYTES);
    }

    RenderedPages(Clock clock, int maxEntries, long maxBytes) {
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The page {@code url} (as linked) was rendered: the DOM, and where the browser ended (null: at the page). */
    void rendered(URI url, String html, URI at) {
        put(new Key(null, url, null), new Entry(utf8(html), at == null ? url : at, clock.instant()));
    }

    /** JSON answers a rendered page's scripts loaded; a request asked again keeps its latest answer. */
    void answered(List<Rendering.DataAnswer> answers) {
        for (Rendering.DataAnswer answer : answers) {
            put(new Key(answer.method(), answer.url(), answer.requestBody()),
                    new Entry(utf8(answer.body()), answer.url(), clock.instant()));
        }
    }

    /** The rendering of the page {@code url}, when this audit rendered it and still holds it. */
    synchronized Optional<EvidenceArchive.Rendered> rendering(URI url) {
        Entry entry = entries.get(new Key(null, url, null));
        return Optional.ofNullable(entry).map(e ->
                new EvidenceArchive.Rendered(new String(e.text, StandardCharsets.UTF_8), e.at, e.when));
    }

    /** The JSON answers received from {@code url}, whatever the method and body, in the order they came. */
    synchronized List<EvidenceArchive.Answer> answers(URI url) {
        List<EvidenceArchive.Answer> found = new ArrayList<>();
        entries.forEach((key, entry) -> {
            if (key.method() != null && key.url().equals(url)) {
                found.add(new EvidenceArchive.Answer(url, key.method(), key.requestBody(),
                        new String(entry.text, StandardCharsets.UTF_8), entry.when));
            }
        });
        return found;
    }

    private synchronized void put(Key key, Entry entry) {
        Entry before = entries.remove(key);
        if (before != null) {
            bytes -= before.text.length;
        }
        entries.put(key, entry);
        bytes += entry.text.length;
        Iterator<Entry> oldest = entries.values().iterator();
        // An entry larger than the cap on its own is kept alone rather than dropped as it comes.
        while ((entries.size() > maxEntries || bytes > maxBytes) && entries.size() > 1) {
            bytes -= oldest.next().text.length;
            oldest.remove();
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
