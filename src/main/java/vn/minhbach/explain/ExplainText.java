package vn.minhbach.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An {@link Explanation} as text for people, in the order a reader asks: the rule, where it looked, what it
 * read and made of each row, the verdict, and what would change it; or as JSON for machines.
 */
public final class ExplainText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private ExplainText() {
    }

    public static String json(Explanation e) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static String text(Explanation e) {
        StringBuilder s = new StringBuilder();
        s.append(e.item()).append(" — ").append(e.title()).append(" (site: ").append(e.site()).append(", as of ")
                .append(e.asOf()).append(")\n\n");
        s.append("Rule applied (quy tắc)\n");
        s.append("  version ").append(e.rule().version()).append("; basis: ").append(String.join("; ", e.rule().basis()))
                .append('\n');
        if (!e.rule().parameters().isEmpty()) {
            s.append("  parameters: ").append(e.rule().parameters().entrySet().stream()
                    .map(p -> p.getKey() + "=" + Explainer.number(p.getValue())).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        s.append("  rule: ").append(e.rule().statement()).append('\n');
        e.notes().forEach(n -> s.append("  - ").append(n).append('\n'));

        s.append("\nCandidate pages (trang đã xét): ").append(e.pages().size()).append('\n');
        if (e.pages().isEmpty()) {
            s.append("  none: no page, heading, menu link or breadcrumb named the topic\n");
        }
        int n = 1;
        for (Explanation.Page page : e.pages()) {
            s.append("  ").append(n++).append(". ").append(page.url()).append(title(page.title())).append('\n');
            page.why().forEach(w -> s.append("     why: ").append(w).append('\n'));
        }

        s.append("\nRows read (dòng đã đọc): ").append(e.rows().size() + e.moreRows())
                .append("  (✓ kept, ✗ rejected, · no decision)\n");
        for (Explanation.Row row : e.rows()) {
            row(s, row);
        }
        if (e.moreRows() > 0) {
            s.append("  … and ").append(e.moreRows()).append(" more rows, not shown (kept rows come first)\n");
        }

        s.append("\nVerdict: ").append(e.verdict().status()).append('\n');
        s.append("  reason: ").append(e.verdict().reason()).append('\n');
        if (e.verdict().expected() != null) {
            s.append("  expected: ").append(e.verdict().expected()).append('\n');
        }
        e.verdict().evidence().forEach(u -> s.append("  evidence: ").append(u).append('\n'));

        s.append("\nWhat would change it (overrides in the config)\n");
        for (Explanation.Override o : e.overrides()) {
            s.append("  ").append(o.key()).append(": ").append(o.value()).append('\n');
            s.append("      ").append(o.effect()).append('\n');
        }
        return s.toString();
    }

    private static void row(StringBuilder s, Explanation.Row row) {
        String mark = row.kept() == null ? "·" : row.kept() ? "✓" : "✗";
        s.append("  ").append(mark).append(' ').append(row.date() == null ? "(no date) " : DAY.format(row.date()) + "  ")
                .append('"').append(row.title()).append("\"  [").append(kind(row)).append("]\n");
        s.append("      on: ").append(row.page());
        if (row.link() != null && !row.link().equals(row.page())) {
            s.append("  link: ").append(row.link());
        }
        s.append('\n');
        if (row.why() != null) {
            s.append("      read because: ").append(row.why()).append('\n');
        }
        if (row.decision() != null) {
            s.append("      ").append(row.kept() ? "kept: " : "rejected: ").append(row.decision()).append('\n');
        }
        FieldLocator.Located src = row.sources();
        if (src != null) {
            List<String> parts = new java.util.ArrayList<>();
            if (src.title() != null) {
                parts.add("title ← " + src.title());
            }
            if (row.date() != null) {
                parts.add("date ← " + (src.date() == null ? "not found on the page now" : src.date()));
            }
            if (src.link() != null) {
                parts.add("link ← " + src.link());
            }
            if (!parts.isEmpty()) {
                s.append("      source: ").append(String.join("; ", parts)).append('\n');
            }
        }
    }

    private static String kind(Explanation.Row row) {
        return switch (row.kind()) {
            case LIST_ENTRY -> "list entry";
            case OVERRIDE_SELECTION -> "override selection";
            case LINK -> "link";
            case PAGE -> "page";
            case LEGAL_DOC -> "legal-document row";
            case QA_PAIR -> "Q&A pair";
            case PROCEDURE -> "procedure row";
        };
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? "" : " — \"" + title + "\"";
    }
}
