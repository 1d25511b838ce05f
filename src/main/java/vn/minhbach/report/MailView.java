package vn.minhbach.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;

/**
 * What the e-mailed summary of an audit shows, worded in the config's language: what changed since the previous audit
 * first, then every item that is not passing, with how long it has been failing and a link to look at.
 * Text is raw here; the HTML template escapes it.
 *
 * @param compared     false when no previous audit was known, so there are no changes to show
 * @param previousDate the audit compared with, or null
 */
record MailView(String organisation, String auditDate, String score, String counts, boolean compared,
                String previousDate, List<Entry> newlyFailing, List<Entry> fixed, List<Entry> failing, String tool) {

    /**
     * One item: {@code since} says how long it has failed when that is known, {@code href} is the page to look
     * at (its first evidence, else its site's home page), or null.
     */
    record Entry(String id, String title, String verdict, String style, String reason, String since, String href) {
    }

    static MailView of(AuditRun run, Changes changes, Wording w) {
        Map<String, Finding> byId = new HashMap<>();
        run.items().forEach(f -> byId.putIfAbsent(f.id(), f));
        Map<String, String> since = new HashMap<>();
        if (changes != null) {
            changes.newlyFailing().forEach(id -> since.put(id, w.get("mail.since.new")));
            changes.stillFailing().forEach(s -> since.put(s.id(), w.get("mail.since.days", w.day(s.since()),
                    s.days())));
        }
        List<Entry> failing = new ArrayList<>();
        for (Finding finding : run.items()) {
            if (finding.status() != Verdict.PASS && finding.status() != Verdict.NOT_APPLICABLE) {
                failing.add(entry(finding, run, since.get(finding.id()), w));
            }
        }
        return new MailView(run.organisation(), w.day(run.asOf()), w.score(run.summary().score()),
                counts(run.summary(), w), changes != null, changes == null ? null : w.day(changes.previousAsOf()),
                changes == null ? List.of() : entries(changes.newlyFailing(), byId, run, w),
                changes == null ? List.of() : entries(changes.fixed(), byId, run, w), failing,
                JsonReport.TOOL_NAME + " " + JsonReport.toolVersion());
    }

    /** "11 Đạt, 3 Không đạt, 1 Không xác định": the verdicts that have items, in verdict order. */
    static String counts(Summary summary, Wording w) {
        return counts(summary::count, summary.total(), w);
    }

    static String counts(ToIntFunction<Verdict> count, int total, Wording w) {
        List<String> parts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            int n = count.applyAsInt(verdict);
            if (n > 0) {
                parts.add(w.get("mail.count", n, w.verdict(verdict)));
            }
        }
        return parts.isEmpty() ? w.get("mail.items", total) : String.join(", ", parts);
    }

    private static List<Entry> entries(List<String> ids, Map<String, Finding> byId, AuditRun run, Wording w) {
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            Finding finding = byId.get(id);
            entries.add(finding == null ? new Entry(id, id, "", "", "", null, null) : entry(finding, run, null, w));
        }
        return entries;
    }

    static Entry entry(Finding finding, AuditRun run, String since, Wording w) {
        return new Entry(finding.id(), w.itemTitle(finding.id(), finding.title() == null ? finding.id()
                : finding.title()), w.verdict(finding.status()), Labels.verdictStyle(finding.status()),
                finding.reason() == null ? "" : w.messages().format(finding.reason()), since, link(finding, run));
    }

    /** The first http(s) evidence of an item, else the home page of the site it was checked on. */
    static String link(Finding finding, AuditRun run) {
        for (Evidence evidence : finding.evidence()) {
            if (evidence.url() != null && HtmlView.clickable(evidence.url())) {
                return evidence.url().toString();
            }
        }
        for (SiteSummary site : run.sites()) {
            URI url = site.url();
            if (site.role() == finding.site() && url != null && HtmlView.clickable(url)) {
                return url.toString();
            }
        }
        return null;
    }
}
