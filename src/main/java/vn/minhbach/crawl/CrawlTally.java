package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Unreached;
import vn.minhbach.model.Text;

/**
 * Counts and outcomes of one crawl, gathered by its coordinator as results come in and turned into the
 * {@link CrawlResult} at the end.
 */
final class CrawlTally {
    int pagesFetched;
    int pagesFailed;
    int robotsDisallowed;
    boolean limitReached;
    boolean sitemapFound;
    boolean homeLinksOffSite;
    int pagesWalled;
    final List<Text> notes = new ArrayList<>();
    final List<Long> pageMillis = new ArrayList<>();
    final List<FetchOutcome> unreached = new ArrayList<>();
    final Map<URI, FetchOutcome> attachments = new HashMap<>();

    /** A visit done; {@code forget} false keeps the page's anchors even when it was read. */
    void page(PageVisitor.Visit visit, LinkRecords records, boolean forget) {
        FetchOutcome outcome = visit.outcome();
        if (visit.page()) {
            pagesFetched++;
            pageMillis.add(((FetchOutcome.Fetched) outcome).millis());
        }
        // A link followed as a page that answered with a file (a download icon's "/van-ban/12/tep") is an
        // attachment that downloads.
        if (!visit.page() && outcome instanceof FetchOutcome.Fetched) {
            attachments.putIfAbsent(visit.entry().url(), outcome);
        }
        if (outcome instanceof FetchOutcome.Fetched
                || (outcome instanceof FetchOutcome.Skipped s && s.reason().equals(PageVisitor.DUPLICATE))) {
            if (forget) {
                records.forget(visit.entry().url());
            }
        } else {
            unreached(outcome);
        }
    }

    /** A page counted as read turned out to be a wall's page. */
    void unpage(long millis) {
        pagesFetched--;
        pageMillis.remove(Long.valueOf(millis));
    }

    /** A page still walled when the crawl ended. */
    void walled(FetchOutcome.Failed outcome) {
        pagesWalled++;
        unreached(outcome);
    }

    void note(Text note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void attachment(URI url, FetchOutcome outcome, LinkRecords records) {
        attachments.put(url, outcome);
        if (outcome instanceof FetchOutcome.Fetched) {
            records.forget(url);
        } else if (outcome instanceof FetchOutcome.Failed) {
            pagesFailed++;
        } else if (outcome instanceof FetchOutcome.Disallowed) {
            robotsDisallowed++;
        }
    }

    void unreached(FetchOutcome outcome) {
        unreached.add(outcome);
        if (outcome instanceof FetchOutcome.Failed) {
            pagesFailed++;
        } else if (outcome instanceof FetchOutcome.Disallowed) {
            robotsDisallowed++;
        }
    }

    CrawlResult result(URI seed, long bytes, LinkRecords records) {
        List<Unreached> unreachedLinks = new ArrayList<>();
        List<BrokenLink> broken = new ArrayList<>();
        for (FetchOutcome outcome : unreached) {
            unreachedLinks.add(new Unreached(outcome, records.anchors(outcome.url())));
            // A walled page is not a broken link: the wall is reported once, as a count.
            if (outcome instanceof FetchOutcome.Failed f && (!f.soft() || f.error().equals(SoftErrors.ERROR))) {
                broken.add(new BrokenLink(f.url(), f.status(), f.error(), records.foundOn(f.url())));
            }
        }
        attachments.forEach((url, outcome) -> {
            if (outcome instanceof FetchOutcome.Failed f) {
                broken.add(new BrokenLink(url, f.status(), f.error(), records.foundOn(url)));
            }
        });
        List<Long> sorted = pageMillis.stream().sorted().toList();
        long median = sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        return new CrawlResult(seed, pagesFetched, pagesFailed, bytes, robotsDisallowed, limitReached,
                sitemapFound, median, unreachedLinks, attachments, broken, pagesWalled, homeLinksOffSite, notes, null);
    }
}
