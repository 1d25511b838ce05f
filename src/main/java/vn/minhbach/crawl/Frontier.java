package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What is left to visit, breadth-first: pages found by links (and the seeds), then pages only a sitemap
 * names, which wait until link discovery runs dry; and attachments to check. Only the crawl coordinator
 * touches it.
 */
final class Frontier {

    /** A page to fetch: its normalised URL, link hops from the seed, and whether the user named it. */
    record Entry(URI url, int depth, boolean named) {
    }

    private final Deque<Entry> pages = new ArrayDeque<>();
    private final Deque<Entry> fromSitemaps = new ArrayDeque<>();
    private final Deque<URI> attachments = new ArrayDeque<>();

    void addPage(Entry entry) {
        pages.addLast(entry);
    }

    void addFromSitemap(Entry entry) {
        fromSitemaps.addLast(entry);
    }

    void addAttachment(URI url) {
        attachments.addLast(url);
    }

    boolean hasPages() {
        return !pages.isEmpty() || !fromSitemaps.isEmpty();
    }

    boolean hasAttachments() {
        return !attachments.isEmpty();
    }

    /** The next linked page, else the next sitemap page; sitemap pages may already be seen and need checking. */
    Entry nextPage() {
        return pages.isEmpty() ? fromSitemaps.pollFirst() : pages.pollFirst();
    }

    /** True when {@link #nextPage()} would return a sitemap entry. */
    boolean nextIsFromSitemap() {
        return pages.isEmpty() && !fromSitemaps.isEmpty();
    }

    URI nextAttachment() {
        return attachments.pollFirst();
    }

    int size() {
        return pages.size() + fromSitemaps.size() + attachments.size();
    }

    /** Empties the queue of linked pages (and seeds), returning what was left in it. */
    List<Entry> drainLinked() {
        List<Entry> left = new ArrayList<>(pages);
        pages.clear();
        return left;
    }

    /** Empties the queue of sitemap pages, returning what was left in it (some may have been seen since). */
    List<Entry> drainSitemap() {
        List<Entry> left = new ArrayList<>(fromSitemaps);
        fromSitemaps.clear();
        return left;
    }
}
