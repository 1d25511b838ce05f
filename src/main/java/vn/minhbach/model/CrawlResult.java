package vn.minhbach.model;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The facts of one finished crawl of one site. The pages themselves went to the crawl's {@code PageHandler};
 * this holds the counts, what could not be reached, attachment checks and broken links.
 *
 * @param seed                 the home page the crawl started from
 * @param pagesFetched         HTML pages fetched with a success status
 * @param pagesFailed          pages and attachments that failed (error status or no response)
 * @param bytesFetched         body bytes read in all
 * @param robotsDisallowed     URLs not fetched because robots.txt disallows them
 * @param limitReached         maxPages or maxDepth stopped the crawl with links still queued
 * @param sitemapFound         a sitemap (robots.txt Sitemap: or /sitemap.xml) was found and read
 * @param medianResponseMillis median fetch time of pages, or -1 when none was fetched
 * @param unreached            page links not fetched successfully, with their anchor texts
 * @param attachments          every attachment link checked (PDF, DOC/DOCX, XLS/XLSX...), by normalised URL
 * @param brokenLinks          links and attachments that failed, with the pages linking them
 * @param pagesWalled          pages still answering as a wall (a firewall's page, a maintenance notice...)
 *                             after the retries; counted in {@code pagesFailed} and listed in {@code unreached}
 * @param homeLinksOffSite     no link on the home page leads into the site, so only the home page was seen
 * @param notes                what the crawl had to work around, in words a report can show (a home page
 *                             that moved to another host, a stale {@code <base href>})
 * @param certificate          what the TLS handshake with the site's host showed, or null when it was not
 *                             reached over HTTPS
 */
public record CrawlResult(URI seed, int pagesFetched, int pagesFailed, long bytesFetched, int robotsDisallowed,
                          boolean limitReached, boolean sitemapFound, long medianResponseMillis,
                          List<Unreached> unreached, Map<URI, FetchOutcome> attachments,
                          List<BrokenLink> brokenLinks, int pagesWalled, boolean homeLinksOffSite,
                          List<Text> notes, CertificateCheck certificate) {
    public CrawlResult {
        unreached = List.copyOf(unreached);
        attachments = Map.copyOf(attachments);
        brokenLinks = List.copyOf(brokenLinks);
        notes = List.copyOf(notes);
    }

    /** A crawl with no wall, whose home page links into the site, and no certificate seen. */
    public CrawlResult(URI seed, int pagesFetched, int pagesFailed, long bytesFetched, int robotsDisallowed,
                       boolean limitReached, boolean sitemapFound, long medianResponseMillis,
                       List<Unreached> unreached, Map<URI, FetchOutcome> attachments, List<BrokenLink> brokenLinks) {
        this(seed, pagesFetched, pagesFailed, bytesFetched, robotsDisallowed, limitReached, sitemapFound,
                medianResponseMillis, unreached, attachments, brokenLinks, 0, false, List.of(), null);
    }

    /** This result with what the TLS handshake showed of the site's certificate. */
    public CrawlResult withCertificate(CertificateCheck check) {
        return new CrawlResult(seed, pagesFetched, pagesFailed, bytesFetched, robotsDisallowed, limitReached,
                sitemapFound, medianResponseMillis, unreached, attachments, brokenLinks, pagesWalled,
                homeLinksOffSite, notes, check);
    }

    /** Pages tried and not read: failed, or answered as a wall (robots.txt and limits are not failures). */
    public int pagesUnread() {
        return (int) unreached.stream().filter(u -> u.outcome() instanceof FetchOutcome.Failed).count();
    }

    /** True when at least one page of the site answered with content (a wall's page is no answer). */
    public boolean answered() {
        return pagesFetched > 0;
    }
}
