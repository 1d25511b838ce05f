package vn.minhbach.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.Compliance;
import vn.minhbach.period.Coverage;
import vn.minhbach.period.ItemPeriod;
import vn.minhbach.period.PeriodReport;
import vn.minhbach.period.ReportPeriod;

/**
 * Writes period.json: the period report for machines, in the shape documented in docs/period-report.md.
 * Keys are English and stable, dates ISO-8601, months {@code YYYY-MM}; every key is always present (null when
 * there is no value), so consumers need no guessing. Formatted like report.json.
 */
public final class PeriodJson {
    static final int SCHEMA_VERSION = 1;

    private PeriodJson() {
    }

    /** The whole report as a JSON document ending with a newline, its human text in Vietnamese. */
    public static String toJson(PeriodReport report) {
        return toJson(report, Lang.VI);
    }

    /** The whole report as a JSON document ending with a newline; keys stay, item titles are in {@code lang}. */
    public static String toJson(PeriodReport report, Lang lang) {
        try {
            return JsonReport.WRITER.writeValueAsString(tree(report, Wording.of(lang))) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(PeriodReport report) {
        return tree(report, Wording.of(Lang.VI));
    }

    static ObjectNode tree(PeriodReport report, Wording w) {
        ObjectNode root = JsonReport.NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("kind", "period");
        ObjectNode tool = root.putObject("tool");
        tool.put("name", JsonReport.TOOL_NAME);
        tool.put("version", JsonReport.toolVersion());
        root.put("organisation", report.organisation());
        root.set("period", period(report.period()));
        root.put("asOf", JsonReport.date(report.asOf()));
        root.set("coverage", coverage(report.coverage()));
        root.set("overall", compliance(report.overall()));
        ArrayNode criteria = root.putArray("criteria");
        report.criteria().forEach(c -> {
            ObjectNode node = criteria.addObject();
            node.put("criterion", c.criterion());
            ArrayNode ids = node.putArray("items");
            c.items().forEach(ids::add);
            node.set("compliance", compliance(c.compliance()));
        });
        ArrayNode items = root.putArray("items");
        report.items().forEach(item -> items.add(item(item, w)));
        ArrayNode audits = root.putArray("audits");
        report.audits().forEach(use -> audit(audits.addObject(), use.audit()).put("counted", use.counted()));
        ArrayNode settings = root.putArray("settingsChanges");
        report.settingsChanges().forEach(use -> settings.addObject().put("auditId", use.audit().id())
                .put("asOf", JsonReport.date(use.audit().asOf())));
        return root;
    }

    private static ObjectNode period(ReportPeriod period) {
        ObjectNode node = JsonReport.NODES.objectNode();
        node.put("label", period.label());
        node.put("kind", period.kind().name());
        node.put("start", JsonReport.date(period.start()));
        node.put("end", JsonReport.date(period.end()));
        node.put("days", period.days());
        return node;
    }

    private static ObjectNode coverage(Coverage coverage) {
        ObjectNode node = JsonReport.NODES.objectNode();
        node.put("complete", coverage.complete());
        node.put("days", coverage.days());
        node.put("elapsedDays", coverage.elapsedDays());
        node.put("auditedDays", coverage.auditedDays());
        node.put("missingDays", coverage.missingDays());
        node.put("notYetDays", coverage.notYetDays());
        ArrayNode without = node.putArray("monthsWithoutAudit");
        coverage.monthsWithoutAudit().forEach(m -> without.add(m.toString()));
        ArrayNode gaps = node.putArray("gaps");
        coverage.gaps().forEach(g -> gaps.addObject().put("from", JsonReport.date(g.from()))
                .put("to", JsonReport.date(g.to())).put("days", g.days()));
        ArrayNode months = node.putArray("months");
        coverage.months().forEach(m -> months.addObject().put("month", m.month().toString()).put("days", m.days())
                .put("elapsedDays", m.elapsedDays()).put("auditedDays", m.auditedDays()));
        return node;
    }

    private static ObjectNode compliance(Compliance compliance) {
        ObjectNode node = JsonReport.NODES.objectNode();
        node.put("compliantDays", compliance.compliantDays());
        node.put("assessedDays", compliance.assessedDays());
        node.put("percentCompliant", compliance.percent());
        ArrayNode months = node.putArray("months");
        compliance.months().forEach(m -> months.addObject().put("month", m.month().toString())
                .put("compliantDays", m.compliantDays()).put("assessedDays", m.assessedDays())
                .put("percentCompliant", m.percent()));
        return node;
    }

    private static ObjectNode item(ItemPeriod item, Wording w) {
        ObjectNode node = JsonReport.NODES.objectNode();
        node.put("id", item.id());
        node.put("criterion", item.criterion());
        node.put("title", item.title() == null ? null : w.itemTitle(item.id(), item.title()));
        node.put("notApplicable", item.notApplicable());
        node.put("auditedDays", item.auditedDays());
        ObjectNode days = node.putObject("days");
        for (Verdict verdict : Verdict.values()) {
            days.put(verdict.name(), item.days().get(verdict));
        }
        node.set("compliance", compliance(item.compliance()));
        node.set("first", dayStatus(item.first()));
        node.set("last", dayStatus(item.last()));
        ArrayNode changes = node.putArray("changes");
        item.changes().forEach(c -> changes.addObject().put("date", JsonReport.date(c.date()))
                .put("from", c.from().name()).put("to", c.to().name()).put("reason", c.reason()));
        node.put("lapses", item.lapses());
        ItemPeriod.Lapse lapse = item.longestLapse();
        if (lapse == null) {
            node.putNull("longestLapse");
        } else {
            node.putObject("longestLapse").put("start", JsonReport.date(lapse.start()))
                    .put("end", JsonReport.date(lapse.end())).put("days", lapse.days())
                    .put("failingDays", lapse.failingDays()).put("ongoing", lapse.ongoing());
        }
        ObjectNode trends = node.putObject("trends");
        item.trends().forEach(trend -> {
            ArrayNode months = trends.putArray(trend.name());
            trend.months().forEach(m -> {
                ObjectNode month = months.addObject().put("month", m.month().toString());
                if (m.median() == null) {
                    month.putNull("median");
                } else {
                    JsonReport.putFigure(month, "median", m.median());
                }
                month.put("values", m.values());
            });
        });
        ArrayNode timeline = node.putArray("timeline");
        item.timeline().forEach(run -> timeline.addObject().put("from", JsonReport.date(run.from()))
                .put("to", JsonReport.date(run.to())).put("status", run.status().name()));
        return node;
    }

    private static ObjectNode dayStatus(ItemPeriod.DayStatus day) {
        if (day == null) {
            return null;
        }
        return JsonReport.NODES.objectNode().put("date", JsonReport.date(day.date())).put("status", day.status().name());
    }

    private static ObjectNode audit(ObjectNode node, AuditRecord audit) {
        node.put("id", audit.id());
        node.put("asOf", JsonReport.date(audit.asOf()));
        node.put("startedAt", JsonReport.instant(audit.startedAt()));
        node.put("score", audit.score());
        node.put("configFingerprint", audit.configFingerprint());
        return node;
    }
}
