package vn.minhbach.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.Labels;
import vn.minhbach.report.Wording;
import vn.minhbach.store.AuditStatuses;

/**
 * What the page of one portal shows, worded in one language: its sites, whether an audit runs, the latest
 * verdict per item with the verdicts of the audits before it, the score trend and the history of audits.
 * Text is raw here; the template escapes it.
 */
record PortalPage(String key, String organisation, List<Site> sites, boolean running, String runningSince,
                  String lastFailure, Latest latest, ScoreChart chart, List<String> verdicts, List<AuditRow> audits,
                  String csrf) {
    static final int HISTORY_ROWS = 50;
    static final int RECENT_MARKS = 10;

    record Site(String role, String url) {
    }

    record Count(String code, String label, int count, String style) {
    }

    record Latest(String id, String date, String finishedAt, String score, List<Count> counts, List<ItemRow> items) {
    }

    /** One item of the latest audit; {@code recent} holds its verdicts in the audits before, oldest first. */
    record ItemRow(String id, String title, String code, String verdict, String style, String reason,
                   List<Mark> recent) {
    }

    record Mark(String code, String style, String title) {
    }

    record AuditRow(String id, String date, String startedAt, String score, List<Count> counts) {
    }

    static PortalPage of(Portal portal, AuditTrigger.Status status, String csrf, Wording t) {
        List<AuditRecord> records = portal.store().list(portal.key(), HISTORY_ROWS);
        Latest latest = records.isEmpty() ? null : portal.store().load(records.get(0).id())
                .map(run -> latest(portal, records, run, t)).orElse(null);
        List<Site> sites = portal.config().sites().values().stream()
                .map(s -> new Site(t.role(s.role()), s.url().toString())).toList();
        String since = status.startedAt() == null ? null : t.time(status.startedAt(), status.startedAt().getOffset());
        List<String> verdicts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            verdicts.add(t.verdict(verdict));
        }
        return new PortalPage(portal.key(), portal.config().organisation(), sites, status.running(), since,
                status.lastFailure(), latest, ScoreChart.of(records, t), verdicts,
                records.stream().map(r -> row(r, t)).toList(), csrf);
    }

    private static Latest latest(Portal portal, List<AuditRecord> records, AuditRun run, Wording t) {
        Map<String, List<Mark>> recent = recent(portal, records, t);
        Summary summary = run.summary();
        List<ItemRow> items = new ArrayList<>();
        for (Finding f : run.items()) {
            items.add(new ItemRow(f.id(), t.messages().itemTitle(f.id(), f.title()), f.status().name(),
                    t.verdict(f.status()), Labels.verdictStyle(f.status()), t.format(f.reason()),
                    recent.getOrDefault(f.id(), List.of())));
        }
        return new Latest(records.get(0).id(), t.day(run.asOf()),
                t.time(run.finishedAt(), run.startedAt().getOffset()), t.score(summary.score()),
                counts(summary.counts(), t), List.copyOf(items));
    }

    /** The verdicts of each item in up to {@value #RECENT_MARKS} audits, the latest included, oldest first. */
    private static Map<String, List<Mark>> recent(Portal portal, List<AuditRecord> records, Wording t) {
        AuditRecord oldest = records.get(Math.min(RECENT_MARKS, records.size()) - 1);
        List<AuditStatuses> history = portal.store().itemHistory(portal.key(), oldest.asOf(), records.get(0).asOf());
        List<AuditStatuses> last = history.subList(Math.max(0, history.size() - RECENT_MARKS), history.size());
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        for (AuditStatuses audit : last) {
            audit.statuses().forEach((id, verdict) -> marks.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Mark(verdict.name(), Labels.verdictStyle(verdict),
                            t.day(audit.asOf()) + ": " + t.verdict(verdict))));
        }
        return marks;
    }

    private static AuditRow row(AuditRecord record, Wording t) {
        ZoneOffset offset = record.startedAt().getOffset();
        return new AuditRow(record.id(), t.day(record.asOf()), t.time(record.startedAt(), offset),
                t.score(record.score()), counts(record.counts(), t));
    }

    private static List<Count> counts(Map<Verdict, Integer> counts, Wording t) {
        List<Count> result = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            result.add(new Count(verdict.name(), t.verdict(verdict), counts.getOrDefault(verdict, 0),
                    Labels.verdictStyle(verdict)));
        }
        return List.copyOf(result);
    }
}
