package vn.minhbach.check;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.minhbach.extract.Keys;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Unreached;

/**
 * Everything the checklist knows about one crawled site: its role, home page, the crawl's counts and
 * failures, the facts of every page fetched (kept in a stable order), and the documents behind its links that
 * were opened, by address as linked.
 */
public record SiteView(SiteRole role, URI home, CrawlResult crawl, List<PageFacts> pages,
                       Map<URI, ReadDocument> documents) {
    /** Pages arrive from crawler threads in any order; sorting them (by depth, then address) makes verdicts reproducible. */
    private static final Comparator<PageFacts> ORDER = Comparator.comparingInt(PageFacts::depth)
            .thenComparing(p -> p.url().toString());

    public SiteView {
        pages = pages.stream().sorted(ORDER).toList();
        documents = Map.copyOf(documents);
    }

    /** A site whose documents were not opened. */
    public SiteView(SiteRole role, URI home, CrawlResult crawl, List<PageFacts> pages) {
        this(role, home, crawl, pages, Map.of());
    }

    /** The same site with the documents behind its links read. */
    public SiteView withDocuments(Map<URI, ReadDocument> read) {
        return new SiteView(role, home, crawl, pages, read);
    }

    /** The document opened at this address (as linked), if it was. */
    public Optional<ReadDocument> document(URI url) {
        if (url == null || documents.isEmpty()) {
            return Optional.empty();
        }
        ReadDocument exact = documents.get(url);
        return exact != null ? Optional.of(exact)
                : documents.entrySet().stream().filter(e -> Uris.same(e.getKey(), url)).map(Map.Entry::getValue)
                        .findFirst();
    }

    /** The name reports show for one of the site's pages ({@link PageNames}). */
    public String name(PageFacts page) {
        return PageNames.of(this).name(page);
    }

    /** The home page: the page at the home address (or redirected there), else the shallowest page. */
    public Optional<PageFacts> homePage() {
        Optional<PageFacts> exact = page(home);
        if (exact.isPresent()) {
            return exact;
        }
        return pages.stream().filter(p -> p.depth() == 0).min(Comparator.comparingInt(PageFacts::depth));
    }

    /** The page fetched at this address (as linked or after redirects). */
    public Optional<PageFacts> page(URI url) {
        return pages.stream().filter(p -> p.isAt(url)).findFirst();
    }

    /** The pages fetched at any of these addresses, in the given order. */
    public List<PageFacts> pagesAt(Collection<URI> urls) {
        return urls.stream().map(this::page).flatMap(Optional::stream).distinct().toList();
    }

    /** True when the home page was fetched but shows its content only through JavaScript. */
    public boolean homeIsAppShell() {
        return homePage().map(PageFacts::appShell).orElse(false);
    }

    /** Links that could not be fetched and one of whose anchor texts satisfies the test (on its key). */
    public List<Unreached> unreachedMatching(Predicate<String> anchorKey) {
        return crawl.unreached().stream()
                .filter(u -> u.anchorTexts().stream().map(Keys::of).anyMatch(anchorKey))
                .toList();
    }

    /** The failed fetch of this address, if the crawl tried and failed. */
    public Optional<Unreached> unreached(URI url) {
        return crawl.unreached().stream().filter(u -> Uris.same(u.outcome().url(), url)).findFirst();
    }

    /**
     * Why the crawl saw too little of the site for an absence to mean anything, or empty when it saw enough
     * (issue "Coverage decides MISSING"): every link on the home page leaves the site (a stale {@code <base>},
     * a domain that moved), pages stayed behind a wall (a firewall, a maintenance notice: what they hide, and
     * what they link to, is unknown, unlike a page that answers 404), or more than half the pages tried could
     * not be read.
     * Then nothing beyond what the home page itself shows can be called MISSING.
     */
    public Optional<String> coverageGap() {
        if (crawl.homeLinksOffSite()) {
            return Optional.of("trang chủ " + home
                    + " không có liên kết nào dẫn vào trong trang nên chỉ xem được trang chủ");
        }
        if (crawl.pagesWalled() > 0) {
            return Optional.of(crawl.pagesWalled() + " trang bị chặn (tường lửa, kiểm tra trình duyệt, bảo trì...)"
                    + " nên không đọc được");
        }
        int unread = crawl.pagesUnread();
        if (unread > crawl.pagesFetched()) {
            String walled = crawl.pagesWalled() > 0 ? ", " + crawl.pagesWalled() + " trang bị chặn" : "";
            return Optional.of("chỉ đọc được " + crawl.pagesFetched() + " trong " + (crawl.pagesFetched() + unread)
                    + " trang đã thử (" + unread + " trang lỗi" + walled + ")");
        }
        return Optional.empty();
    }

    /** The attachment checks of the crawl, indexed for lookups by linked address. */
    Attachments attachments() {
        return new Attachments(crawl);
    }

    /**
     * Why a link was not fetched, in words a report can show: "HTTP 503", "robots.txt", "giới hạn trang", or
     * what a soft error was ("tường lửa từ chối truy cập (WAF), HTTP 200").
     */
    public static String why(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Failed failed) {
            if (failed.soft()) {
                return failed.error() + ", HTTP " + failed.status();
            }
            if (failed.status() != null) {
                return "HTTP " + failed.status();
            }
            return failed.error() == null ? "không phản hồi" : failed.error();
        }
        if (outcome instanceof FetchOutcome.Disallowed) {
            return "robots.txt";
        }
        if (outcome instanceof FetchOutcome.Skipped skipped) {
            return skipped.reason() == null || skipped.reason().isBlank() ? "giới hạn trang"
                    : "giới hạn trang: " + skipped.reason();
        }
        return "HTTP " + ((FetchOutcome.Fetched) outcome).status();
    }
}
