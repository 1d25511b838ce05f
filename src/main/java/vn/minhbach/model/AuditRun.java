package vn.minhbach.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One complete audit: what was crawled, the verdict on every item in catalogue order, broken links and
 * site-wide facts. Everything a report, the history store or an e-mail needs.
 */
public record AuditRun(String organisation, LocalDate asOf, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                       List<SiteSummary> sites, List<Finding> items, List<BrokenLink> brokenLinks,
                       List<SiteFacts> siteFacts) {
    public AuditRun {
        sites = List.copyOf(sites);
        items = List.copyOf(items);
        brokenLinks = List.copyOf(brokenLinks);
        siteFacts = List.copyOf(siteFacts);
    }

    public Summary summary() {
        return Summary.of(items);
    }
}
