package vn.minhbach.check;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
import vn.minhbach.model.Text;
import vn.minhbach.model.Unreached;

/**
 * Everything the checklist knows about one crawled site: its role, home page, the crawl's counts and
 * failures, the facts of every page fetched (kept in a stable order), and the documents behind its links that
 * were opened, by address as linked. Pages and documents are indexed by their addresses' comparison keys
 * ({@link Uris#key}) once, since every item looks pages up by address, evidence by evidence.
 */
public final class SiteView {
    /** The walls the crawler names (its SoftErrors), by its Vietnamese words; key {@code check.fetch.wall.<name>}. */
    private static final Map<String, String> WALLS = Map.of(
            "trang lỗi trả về với mã 200 (không tìm thấy trang)", "error",
            "tường lửa từ chối truy cập (WAF)", "waf",
            "kiểm tra trình duyệt (chống DDoS)", "browserCheck",
            "trang xác minh captcha", "captcha",
            "trang yêu cầu đăng nhập", "login",
            "trang bảo trì", "maintenance",
            "tên miền chưa dùng hoặc rao bán", "parked",
            "trang chủ không dẫn vào trang nào và một địa chỉ không có thật trả về cùng trang", "bareHome",
            "nhiều địa chỉ trả về cùng một trang nhỏ (trang chặn)", "sameBody");
    /** Pages arrive from crawler threads in any order; sorting them (by depth, then address) makes verdicts reproducible. */
    private static final Comparator<PageFacts> ORDER = Comparator.comparingInt(PageFacts::depth)
            .thenComparing(p -> p.url().toString());

    private final SiteRole role;
    private final URI home;
    private final CrawlResult crawl;
    private final List<PageFacts> pages;
    private final Map<URI, ReadDocument> documents;
    private final Addresses addresses;
    /** The documents by address key, the first of the given order when two addresses share one. */
    private final Map<String, ReadDocument> documentsByKey;

    public SiteView(SiteRole role, URI home, CrawlResult crawl, List<PageFacts> pages,
                    Map<URI, ReadDocument> documents) {
        this(role, home, crawl, pages.stream().sorted(ORDER).toList(), null, documents);
    }

    /** A site whose documents were not opened. */
    public SiteView(SiteRole role, URI home, CrawlResult crawl, List<PageFacts> pages) {
        this(role, home, crawl, pages, Map.of());
    }

    /** With {@code sorted} pages, and their addresses when they are already indexed (else null). */
    private SiteView(SiteRole role, URI home, CrawlResult crawl, List<PageFacts> sorted, Addresses addresses,
                     Map<URI, ReadDocument> documents) {
        this.role = role;
        this.home = home;
        this.crawl = crawl;
        this.pages = sorted;
        this.documents = Map.copyOf(documents);
        this.addresses = addresses != null ? addresses : Addresses.of(sorted, crawl.unreached());
        Map<String, ReadDocument> docs = new HashMap<>();
        documents.forEach((url, document) -> docs.putIfAbsent(Uris.key(url), document));
        this.documentsByKey = docs;
    }

    /**
     * The site's pages and failed links by address key ({@link Uris#key}), each key naming the first in order:
     * the first page linked as, or redirected to, that address; the first failed fetch of it.
     */
    private record Addresses(Map<String, PageFacts> pages, Map<String, Unreached> unreached) {
        static Addresses of(List<PageFacts> pages, List<Unreached> unreached) {
            Map<String, PageFacts> byKey = new HashMap<>();
            for (PageFacts page : pages) {
                if (page.url() != null) {
                    byKey.putIfAbsent(Uris.key(page.url()), page);
                }
                if (page.finalUrl() != null) {
                    byKey.putIfAbsent(Uris.key(page.finalUrl()), page);
                }
            }
            Map<String, Unreached> failed = new HashMap<>();
            for (Unreached u : unreached) {
                if (u.outcome().url() != null) {
                    failed.putIfAbsent(Uris.key(u.outcome().url()), u);
                }
            }
            return new Addresses(byKey, failed);
        }
    }

    public SiteRole role() {
        return role;
    }

    public URI home() {
        return home;
    }

    public CrawlResult crawl() {
        return crawl;
    }

    /** The facts of the pages fetched, by depth, then address. */
    public List<PageFacts> pages() {
        return pages;
    }

    /** The documents opened, by address as linked. */
    public Map<URI, ReadDocument> documents() {
        return documents;
    }

    /** The same site with the documents behind its links read. */
    public SiteView withDocuments(Map<URI, ReadDocument> read) {
        return new SiteView(role, home, crawl, pages, addresses, read);
    }

    /** The document opened at this address (as linked), if it was. */
    public Optional<ReadDocument> document(URI url) {
        if (url == null || documents.isEmpty()) {
            return Optional.empty();
        }
        ReadDocument exact = documents.get(url);
        return Optional.ofNullable(exact != null ? exact : documentsByKey.get(Uris.key(url)));
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
        return url == null ? Optional.empty() : Optional.ofNullable(addresses.pages().get(Uris.key(url)));
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
        return url == null ? Optional.empty() : Optional.ofNullable(addresses.unreached().get(Uris.key(url)));
    }

    /**
     * Why the crawl saw too little of the site for an absence to mean anything, or empty when it saw enough
     * (issue "Coverage decides MISSING"): every link on the home page leaves the site (a stale {@code <base>},
     * a domain that moved), pages stayed behind a wall (a firewall, a maintenance notice: what they hide, and
     * what they link to, is unknown, unlike a page that answers 404), or more than half the pages tried could
     * not be read.
     * Then nothing beyond what the home page itself shows can be called MISSING.
     */
    public Optional<Text> coverageGap() {
        if (crawl.homeLinksOffSite()) {
            return Optional.of(Text.of("check.gap.offSite", home.toString()));
        }
        if (crawl.pagesWalled() > 0) {
            return Optional.of(Text.of("check.gap.walled", crawl.pagesWalled()));
        }
        int unread = crawl.pagesUnread();
        if (unread > crawl.pagesFetched()) {
            return Optional.of(Text.of("check.gap.unread", crawl.pagesFetched(), crawl.pagesFetched() + unread, unread));
        }
        return Optional.empty();
    }

    /** The attachment checks of the crawl, indexed for lookups by linked address. */
    Attachments attachments() {
        return new Attachments(crawl);
    }

    /**
     * Why a link was not fetched, as a reason or an excerpt says it: "HTTP 503", "robots.txt", "giới hạn trang", or
     * what a soft error was ("tường lửa từ chối truy cập (WAF), HTTP 200").
     */
    public static Text failure(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Failed failed) {
            if (failed.soft()) {
                return Text.of("check.fetch.soft", error(failed.error()), failed.status());
            }
            if (failed.status() != null) {
                return Text.of("check.fetch.http", failed.status());
            }
            return failed.error() == null ? Text.of("check.fetch.noResponse") : error(failed.error());
        }
        if (outcome instanceof FetchOutcome.Disallowed) {
            return Text.of("check.fetch.robots");
        }
        if (outcome instanceof FetchOutcome.Skipped skipped) {
            return skipped.reason() == null || skipped.reason().isBlank() ? Text.of("check.fetch.limit")
                    : Text.of("check.fetch.limitWhy", skipped.reason());
        }
        return Text.of("check.fetch.http", ((FetchOutcome.Fetched) outcome).status());
    }

    /** What the crawl said of a failure: the walls it knows by name, else its words as they are. */
    private static Text error(String error) {
        String name = WALLS.get(error);
        return name == null ? Text.plain(error) : Text.of("check.fetch.wall." + name);
    }
}
