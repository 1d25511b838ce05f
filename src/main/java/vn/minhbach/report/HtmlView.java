package vn.minhbach.report;

import vn.minhbach.i18n.Messages;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.minhbach.history.Changes;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;

/**
 * What the report.html template shows, already worded and formatted in the report's language, so the template
 * only lays it out (its own headings come from the bundle as {@code t}). Text is raw here; the template engine
 * escapes it.
 */
record HtmlView(String organisation, String auditDate, String startedAt, String finishedAt, String score,
                int total, List<Count> counts, ChangesView changes, List<Trend> trend, String trendLabel,
                List<Group> groups, List<Broken> brokenLinks, List<Site> sites, String tool) {

    /** One audit of the score trend: its date, its score, and the bar's width in percent. */
    record Trend(String date, String score, String width, boolean current) {
    }

    record Count(String code, String label, int count, String style) {
    }

    record Group(String anchor, String heading, List<Item> items) {
    }

    record Item(String id, String title, String site, String code, String verdict, String style, String reason,
                String expected, String latest, List<String> basis, String ruleVersion, List<Fact> figures,
                String evidenceLabel, List<Link> evidence) {
    }

    record Fact(String label, String value) {
    }

    /** A link shown to people; {@code href} is null unless it is http(s), so no other scheme becomes clickable. */
    record Link(String href, String text, String date, String excerpt, String via, String document) {
    }

    record Broken(String url, String problem, List<String> foundOn) {
    }

    record Site(String role, String url, List<Fact> facts) {
    }

    static HtmlView of(AuditRun run) {
        return of(run, null, null);
    }

    static HtmlView of(AuditRun run, Changes changes, ScoreTrend trend) {
        return of(Messages.vi(), run, changes, trend);
    }

    static HtmlView of(Messages messages, AuditRun run, Changes changes, ScoreTrend trend) {
        ZoneOffset offset = run.startedAt().getOffset();
        Summary summary = run.summary();
        List<Count> counts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            counts.add(new Count(verdict.name(), Labels.verdict(messages, verdict), summary.count(verdict),
                    Labels.verdictStyle(verdict)));
        }
        return new HtmlView(run.organisation(), Labels.day(messages, run.asOf()),
                Labels.time(messages, run.startedAt(), offset), Labels.time(messages, run.finishedAt(), offset),
                Labels.score(messages, summary.score()), summary.total(), counts, ChangesView.of(changes, run.items(), messages.lang()),
                trend(messages, trend), messages.get("report.html.trend", trend == null ? 0 : trend.points().size()),
                groups(messages, run.items()),
                run.brokenLinks().stream().map(link -> broken(messages, link)).toList(),
                SiteFactsView.of(messages, run), JsonReport.TOOL_NAME + " " + JsonReport.toolVersion());
    }

    private static List<Trend> trend(Messages messages, ScoreTrend trend) {
        if (trend == null) {
            return List.of();
        }
        List<Trend> rows = new ArrayList<>();
        List<ScoreTrend.Point> points = trend.points();
        for (int i = 0; i < points.size(); i++) {
            ScoreTrend.Point point = points.get(i);
            rows.add(new Trend(Labels.day(messages, point.asOf()), Labels.score(messages, point.score()),
                    String.format(Locale.ROOT, "%.1f", point.score()), i == points.size() - 1));
        }
        return rows;
    }

    /** Groups in the order their criterion first appears, so the catalogue order carries through. */
    private static List<Group> groups(Messages messages, List<Finding> findings) {
        Map<String, List<Item>> byCriterion = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byCriterion.computeIfAbsent(finding.criterion(), c -> new ArrayList<>()).add(item(messages, finding));
        }
        List<Group> groups = new ArrayList<>();
        byCriterion.forEach((criterion, items) -> groups.add(new Group(anchor(criterion),
                Labels.criterion(messages, criterion), List.copyOf(items))));
        return groups;
    }

    /** "5, 10" → "tieu-chi-5-10", "III.5" → "tieu-chi-iii-5": a stable fragment id. */
    static String anchor(String criterion) {
        String slug = criterion.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "tieu-chi-" + slug;
    }

    private static Item item(Messages messages, Finding finding) {
        List<Fact> figures = new ArrayList<>();
        finding.figures().forEach((name, value) -> {
            if (value != null && Double.isFinite(value)) {
                figures.add(new Fact(Labels.figure(messages, name), Labels.number(messages, value)));
            }
        });
        return new Item(finding.id(), Labels.title(messages, finding), Labels.role(messages, finding.site()),
                finding.status().name(), Labels.verdict(messages, finding.status()),
                Labels.verdictStyle(finding.status()), messages.format(finding.reason()),
                messages.format(finding.expected()),
                finding.latest() == null ? null : Labels.day(messages, finding.latest()),
                finding.rule().basis(), finding.rule().version(), figures,
                // For MISSING the evidence is where the audit looked (checklist.md), not proof of anything found.
                messages.get(finding.status() == Verdict.MISSING ? "report.html.lookedAt" : "report.html.evidence"),
                finding.evidence().stream().map(e -> link(messages, e)).toList());
    }

    private static Link link(Messages messages, Evidence evidence) {
        String url = evidence.url().toString();
        String text = evidence.title() == null || evidence.title().isBlank() ? url : evidence.title();
        return new Link(clickable(evidence.url()) ? url : null, text,
                evidence.date() == null ? null : Labels.day(messages, evidence.date()),
                messages.format(evidence.excerpt()),
                via(messages, evidence.via()), DocumentLine.of(messages, evidence.document()));
    }

    /** How the evidence was read, when not from the page's HTML: readers may not find it in the page's source. */
    private static String via(Messages messages, Via via) {
        return via == Via.HTML ? null : messages.get("report.html.via." + via.name());
    }

    static boolean clickable(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    private static Broken broken(Messages messages, BrokenLink link) {
        String problem = link.status() != null ? "HTTP " + link.status()
                : link.error() != null ? Labels.linkError(messages, link.error()) : messages.get("report.noResponse");
        return new Broken(link.url().toString(), problem, link.foundOn().stream().map(URI::toString).toList());
    }
}
