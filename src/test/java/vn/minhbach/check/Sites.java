package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.crawl.HtmlParsing;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Unreached;

/**
 * Builds {@link SiteView}s from (path, HTML) pairs through the real {@link PageFactsExtractor}, with the crawl
 * facts a test needs (failed links, limit reached, attachment checks), and evaluates one item on them; every
 * finding it gives is checked to be said in English too ({@link EnglishReasonsTest}).
 */
final class Sites {
    static final String PORTAL = "https://lyson.quangngai.gov.vn/";
    static final String ONESTOP = "https://motcua.lyson.quangngai.gov.vn/";

    private final SiteRole role;
    private final URI home;
    private final List<String[]> pages = new ArrayList<>();
    private final List<Unreached> unreached = new ArrayList<>();
    private final Map<URI, FetchOutcome> attachments = new HashMap<>();
    private final Map<URI, ReadDocument> documents = new HashMap<>();
    private boolean limitReached;
    private boolean silent;
    private int walled;
    private boolean homeLinksOffSite;
    private String unrendered;

    private Sites(SiteRole role, String home) {
        this.role = role;
        this.home = URI.create(home);
    }

    static Sites portal() {
        return new Sites(SiteRole.PORTAL, PORTAL);
    }

    static Sites onestop() {
        return new Sites(SiteRole.ONESTOP, ONESTOP);
    }

    /** The home page (depth 0). */
    Sites home(String html) {
        return page("", html);
    }

    /** A page at a path below the home, depth 1 ("" is the home page). */
    Sites page(String path, String html) {
        pages.add(new String[] {path, html});
        return this;
    }

    /** A link the crawl could not fetch: status 0 = no response, -1 = robots.txt, -2 = skipped by the limit. */
    Sites unreached(String path, int status, String... anchors) {
        URI url = url(path);
        FetchOutcome outcome = switch (status) {
            case 0 -> new FetchOutcome.Failed(url, null, "timeout");
            case -1 -> new FetchOutcome.Disallowed(url);
            case -2 -> new FetchOutcome.Skipped(url, "maxPages");
            default -> new FetchOutcome.Failed(url, status, null);
        };
        unreached.add(new Unreached(outcome, List.of(anchors)));
        return this;
    }

    /** A page that answered 200 with a wall (a firewall's page, a maintenance notice) named by {@code reason}. */
    Sites walled(String path, String reason, String... anchors) {
        walled++;
        unreached.add(new Unreached(new FetchOutcome.Failed(url(path), 200, reason), List.of(anchors)));
        return this;
    }

    /** Every link on the home page left the site. */
    Sites homeLinksOffSite() {
        homeLinksOffSite = true;
        return this;
    }

    /** An attachment checked by the crawl: 200 fetched, else failed with that status. */
    Sites attachment(String path, int status) {
        URI url = url(path);
        attachments.put(url, status == 200 ? new FetchOutcome.Fetched(url, url, 200, "application/pdf", 1000, 10)
                : new FetchOutcome.Failed(url, status, null));
        return this;
    }

    /** A document the audit opened at this path, as read. */
    Sites document(String path, ReadDocument read) {
        documents.put(url(path), read);
        return this;
    }

    /** Why the pages were not read in a browser ("needs a browser to read; ..."): said of every page. */
    Sites unrendered(String reason) {
        unrendered = reason;
        return this;
    }

    Sites limitReached() {
        limitReached = true;
        return this;
    }

    /** The site answered nothing (its seed failed with HTTP 503). */
    Sites silent() {
        silent = true;
        return unreached("", 503);
    }

    URI url(String path) {
        return home.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    SiteView build() {
        return build(ChecklistConfig.DEFAULT);
    }

    SiteView build(ChecklistConfig config) {
        PageFactsExtractor extractor = new PageFactsExtractor(config);
        List<PageFacts> facts = new ArrayList<>();
        if (!silent) {
            for (String[] page : pages) {
                URI url = url(page[0]);
                Document doc = HtmlParsing.parse(page[1], url.toString());
                facts.add(extractor.extract(new CrawledPage(url, url, page[0].isEmpty() ? 0 : 1, 200,
                        page[1].length(), 50, false, unrendered), doc));
            }
        }
        CrawlResult crawl = new CrawlResult(home, facts.size(), unreached.size(), 1000L * facts.size(), 0, limitReached,
                false, facts.isEmpty() ? -1 : 50, unreached, attachments, List.of(), walled, homeLinksOffSite,
                List.of(), null);
        return new SiteView(role, home, crawl, facts, documents);
    }

    /** Evaluates one item on this site (and no site of the other role). */
    Finding evaluate(String id, String asOf) {
        return evaluate(id, asOf, ChecklistConfig.DEFAULT);
    }

    Finding evaluate(String id, String asOf, ChecklistConfig config) {
        Map<SiteRole, SiteView> sites = new EnumMap<>(SiteRole.class);
        sites.put(role, build(config));
        return find(Checklist.defaults().evaluate(sites, LocalDate.parse(asOf), config), id);
    }

    /** The finding of one item, after checking what report.schema.json requires of every finding. */
    static Finding find(List<Finding> findings, String id) {
        Finding finding = findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertThat(Messages.vi().format(finding.reason())).as("reason of " + id).isNotBlank();
        assertThat(finding.evidence()).as("evidence of " + id).allSatisfy(e -> assertThat(e.url()).isNotNull());
        assertThat(finding.evidence()).as("evidence of " + id).hasSizeLessThanOrEqualTo(6);
        EnglishReasonsTest.assertSaidInEnglish(finding);
        return finding;
    }
}
