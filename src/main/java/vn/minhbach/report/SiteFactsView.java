package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.SiteSummary;

/**
 * The "site facts" part of report.html: for each site, what its crawl amounted to beside the
 * criterion 10 facts (TT 32/2017/TT-BTTTT Điều 16-20), joined by role, in the report's language.
 */
final class SiteFactsView {

    private SiteFactsView() {
    }

    static List<HtmlView.Site> of(AuditRun run) {
        return of(Messages.vi(), run);
    }

    static List<HtmlView.Site> of(Messages messages, AuditRun run) {
        List<HtmlView.Site> sites = new ArrayList<>();
        for (SiteSummary summary : run.sites()) {
            Optional<SiteFacts> facts = run.siteFacts().stream().filter(f -> f.role() == summary.role()).findFirst();
            List<HtmlView.Fact> rows = new ArrayList<>(crawl(messages, summary));
            facts.ifPresent(f -> rows.addAll(facts(messages, f)));
            sites.add(new HtmlView.Site(Labels.role(messages, summary.role()), summary.url().toString(),
                    List.copyOf(rows)));
        }
        // Facts of a site whose crawl summary is absent are still worth showing.
        for (SiteFacts facts : run.siteFacts()) {
            if (!hasRole(run.sites(), facts.role())) {
                sites.add(new HtmlView.Site(Labels.role(messages, facts.role()), facts.url().toString(),
                        facts(messages, facts)));
            }
        }
        return List.copyOf(sites);
    }

    private static boolean hasRole(List<SiteSummary> sites, SiteRole role) {
        return sites.stream().anyMatch(s -> s.role() == role);
    }

    private static List<HtmlView.Fact> crawl(Messages messages, SiteSummary s) {
        List<HtmlView.Fact> rows = new ArrayList<>(List.of(
                fact(messages, "pagesFetched", Labels.number(messages, s.pagesFetched())),
                fact(messages, "pagesFailed", Labels.number(messages, s.pagesFailed())),
                fact(messages, "bytesFetched", Labels.bytes(messages, s.bytesFetched())),
                fact(messages, "robotsDisallowed", Labels.number(messages, s.robotsDisallowed())),
                fact(messages, "limitReached", Labels.yesNo(messages, s.limitReached()))));
        if (s.pagesWalled() > 0) {
            rows.add(fact(messages, "pagesWalled", Labels.number(messages, s.pagesWalled())));
        }
        s.notes().forEach(note -> rows.add(fact(messages, "note", messages.format(note))));
        return rows;
    }

    private static List<HtmlView.Fact> facts(Messages messages, SiteFacts f) {
        if (f.certificateOnly()) {
            return List.of(certificate(messages, f.certificate()));
        }
        String median = f.medianResponseMillis() == null ? messages.get("report.notMeasured")
                : Labels.number(messages, f.medianResponseMillis()) + " ms";
        List<HtmlView.Fact> rows = new ArrayList<>(List.of(
                fact(messages, "https", Labels.yesNo(messages, f.https())),
                fact(messages, "search", Labels.yesNo(messages, f.search())),
                fact(messages, "sitemapXml", Labels.yesNo(messages, f.sitemapXml())),
                fact(messages, "mobileViewport", Labels.yesNo(messages, f.mobileViewport())),
                fact(messages, "footerAgency", Labels.orUnseen(messages, f.footerAgency())),
                fact(messages, "footerResponsible", Labels.orUnseen(messages, f.footerResponsible())),
                fact(messages, "footerAddress", Labels.orUnseen(messages, f.footerAddress())),
                fact(messages, "footerPhone", Labels.orUnseen(messages, f.footerPhone())),
                fact(messages, "footerEmail", Labels.orUnseen(messages, f.footerEmail())),
                fact(messages, "medianResponse", median)));
        if (f.certificate() != null) {
            rows.add(1, certificate(messages, f.certificate()));
        }
        return List.copyOf(rows);
    }

    /** The certificate as people read it, with the code report.json gives, so the two can be matched. */
    private static HtmlView.Fact certificate(Messages messages, CertificateCheck check) {
        return fact(messages, "certificate", Labels.certificate(messages, check));
    }

    /** A fact named by the key {@code report.site.<name>}. */
    private static HtmlView.Fact fact(Messages messages, String name, String value) {
        return new HtmlView.Fact(messages.get("report.site." + name), value);
    }
}
