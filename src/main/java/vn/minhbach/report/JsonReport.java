package vn.minhbach.report;

import vn.minhbach.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.BrokenLink;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteSummary;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;

/**
 * Writes report.json, schemaVersion 1, in the shape of product.md and report.schema.json: keys and enum values in
 * English, the human text (an item's title, reason and expected document, a certificate's reason) in the report's
 * language, keys in the documented order, dates ISO-8601, instants with their offset, pretty-printed with {@code \n} line ends
 * whatever the platform, so two runs of the same audit give the same bytes.
 */
public final class JsonReport {

    static final int SCHEMA_VERSION = 1;
    static final String TOOL_NAME = "minhbach";
    private static final String FALLBACK_VERSION = "1.0.0";
    /** Doubles up to 2^53 are exact integers; beyond that "whole" says nothing useful. */
    private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992.0;

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Pretty-printed with two spaces and {@code \n} line ends; shared with the period report. */
    static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

    private JsonReport() {
    }

    /** The whole report as a JSON document ending with a newline. */
    public static String toJson(AuditRun run) {
        return toJson(run, null);
    }

    /** The report with its {@code changes} section when a previous audit exists (changes not null). */
    public static String toJson(AuditRun run, Changes changes) {
        return toJson(Messages.vi(), run, changes);
    }

    /** The report with its human text in the language of {@code messages}, and its changes when not null. */
    public static String toJson(Messages messages, AuditRun run, Changes changes) {
        try {
            ObjectNode root = tree(messages, run);
            if (changes != null) {
                root.set("changes", changes(changes));
            }
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version in the jar's manifest (Implementation-Version), or 1.0.0 when run from classes. */
    static String toolVersion() {
        String version = JsonReport.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? FALLBACK_VERSION : version;
    }

    private static ObjectNode changes(Changes changes) {
        ObjectNode node = NODES.objectNode();
        node.put("previousAuditId", changes.previousAuditId());
        node.put("previousAsOf", date(changes.previousAsOf()));
        ArrayNode newly = node.putArray("newlyFailing");
        changes.newlyFailing().forEach(newly::add);
        ArrayNode fixed = node.putArray("fixed");
        changes.fixed().forEach(fixed::add);
        ArrayNode still = node.putArray("stillFailing");
        changes.stillFailing().forEach(f -> still.addObject().put("id", f.id()).put("since", date(f.since()))
                .put("days", f.days()));
        return node;
    }

    static ObjectNode tree(Messages messages, AuditRun run) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", TOOL_NAME);
        tool.put("version", toolVersion());
        root.put("organisation", run.organisation());
        root.put("asOf", date(run.asOf()));
        root.put("startedAt", instant(run.startedAt()));
        root.put("finishedAt", instant(run.finishedAt()));
        ArrayNode sites = root.putArray("sites");
        run.sites().forEach(site -> sites.add(site(messages, site)));
        ArrayNode items = root.putArray("items");
        run.items().forEach(finding -> items.add(item(messages, finding)));
        ArrayNode broken = root.putArray("brokenLinks");
        run.brokenLinks().forEach(link -> broken.add(brokenLink(messages, link)));
        root.set("summary", summary(run.summary()));
        ArrayNode facts = root.putArray("siteFacts");
        run.siteFacts().forEach(fact -> facts.add(siteFacts(messages, fact)));
        return root;
    }

    private static ObjectNode site(Messages messages, SiteSummary site) {
        ObjectNode node = NODES.objectNode();
        node.put("role", site.role().key());
        node.put("url", uri(site.url()));
        node.put("pagesFetched", site.pagesFetched());
        node.put("pagesFailed", site.pagesFailed());
        node.put("bytesFetched", site.bytesFetched());
        node.put("robotsDisallowed", site.robotsDisallowed());
        node.put("limitReached", site.limitReached());
        // Additive fields, written only when there is something to say, so reports of sites without walls
        // keep their shape.
        if (site.pagesWalled() > 0) {
            node.put("pagesWalled", site.pagesWalled());
        }
        if (!site.notes().isEmpty()) {
            ArrayNode notes = node.putArray("notes");
            site.notes().forEach(note -> notes.add(messages.format(note)));
        }
        return node;
    }

    private static ObjectNode item(Messages messages, Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("id", finding.id());
        node.put("criterion", finding.criterion());
        node.put("site", finding.site().key());
        node.put("title", Labels.title(messages, finding));
        node.put("status", finding.status().name());
        node.put("reason", messages.format(finding.reason()));
        node.put("expected", messages.format(finding.expected()));
        node.put("latest", date(finding.latest()));
        ObjectNode rule = node.putObject("rule");
        ArrayNode basis = rule.putArray("basis");
        finding.rule().basis().forEach(basis::add);
        rule.put("version", finding.rule().version());
        ObjectNode figures = node.putObject("figures");
        finding.figures().forEach((name, value) -> putFigure(figures, name, value));
        ArrayNode evidence = node.putArray("evidence");
        finding.evidence().forEach(e -> evidence.add(evidence(messages, e)));
        return node;
    }

    /**
     * Whole numbers are written as integers ({@code 12}, not {@code 12.0}): counts read naturally and
     * compare equal in any consumer. NaN and infinities have no JSON form and mean "not measured", so
     * they are left out rather than written as something the schema would reject.
     */
    static void putFigure(ObjectNode figures, String name, Double value) {
        if (value == null || !Double.isFinite(value)) {
            return;
        }
        double d = value;
        if (d == Math.rint(d) && Math.abs(d) <= EXACT_INTEGER_LIMIT) {
            figures.put(name, (long) d);
        } else {
            figures.put(name, d);
        }
    }

    private static ObjectNode evidence(Messages messages, Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        node.put("url", uri(evidence.url()));
        node.put("title", evidence.title());
        node.put("date", date(evidence.date()));
        node.put("excerpt", messages.format(evidence.excerpt()));
        if (evidence.via() != Via.HTML) {
            node.put("via", evidence.via().key());
        }
        if (evidence.document() != null) {
            node.set("document", DocumentJson.of(evidence.document(), NODES));
        }
        return node;
    }

    private static ObjectNode brokenLink(Messages messages, BrokenLink link) {
        ObjectNode node = NODES.objectNode();
        node.put("url", uri(link.url()));
        node.put("status", link.status());
        node.put("error", Labels.linkError(messages, link.error()));
        ArrayNode foundOn = node.putArray("foundOn");
        link.foundOn().forEach(page -> foundOn.add(uri(page)));
        return node;
    }

    private static ObjectNode summary(Summary summary) {
        ObjectNode node = NODES.objectNode();
        node.put("total", summary.total());
        for (Verdict verdict : Verdict.values()) {
            node.put(verdict.name(), summary.count(verdict));
        }
        node.put("score", summary.score());
        return node;
    }

    private static ObjectNode siteFacts(Messages messages, SiteFacts facts) {
        ObjectNode node = NODES.objectNode();
        node.put("role", facts.role().key());
        node.put("url", uri(facts.url()));
        node.put("https", facts.https());
        node.put("search", facts.search());
        node.put("sitemapXml", facts.sitemapXml());
        node.put("mobileViewport", facts.mobileViewport());
        node.put("footerAgency", facts.footerAgency());
        node.put("footerResponsible", facts.footerResponsible());
        node.put("footerAddress", facts.footerAddress());
        node.put("footerPhone", facts.footerPhone());
        node.put("footerEmail", facts.footerEmail());
        node.put("medianResponseMillis", facts.medianResponseMillis());
        // Left out when the site was not reached over HTTPS, so reports of plain-HTTP sites keep their shape.
        if (facts.certificate() != null) {
            node.set("certificate", certificate(messages, facts.certificate()));
        }
        return node;
    }

    private static ObjectNode certificate(Messages messages, CertificateCheck check) {
        ObjectNode node = NODES.objectNode();
        node.put("ok", check.ok());
        node.put("code", check.code().name());
        node.put("host", check.host());
        node.put("reason", Labels.certificateReason(messages, check));
        node.put("detail", check.detail());
        return node;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String instant(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static String uri(URI uri) {
        return uri == null ? null : uri.toString();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
