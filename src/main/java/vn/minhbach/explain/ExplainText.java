package vn.minhbach.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;

/**
 * An {@link Explanation} as text for people, in the order a reader asks: the rule, where it looked, what it
 * read and made of each row, the verdict, and what would change it; or as JSON for machines.
 */
public final class ExplainText {
    private static final String INDENT = "      ";
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

    /** The explanation in Vietnamese: English labels, Vietnamese words beside the headings. */
    public static String text(Explanation e) {
        return text(e, Lang.VI);
    }

    /** The explanation for people in {@code lang}; the reason and expected come in that language already. */
    public static String text(Explanation e, Lang lang) {
        Messages m = Messages.of(lang);
        StringBuilder s = new StringBuilder();
        s.append(m.get("tools.explain.heading", e.item(), e.title(), e.site(), e.asOf().toString())).append("\n\n");
        s.append(m.get("tools.explain.rule")).append('\n');
        s.append("  ").append(m.get("tools.explain.rule-version", e.rule().version(),
                String.join("; ", e.rule().basis()))).append('\n');
        if (!e.rule().parameters().isEmpty()) {
            s.append("  ").append(m.get("tools.explain.parameters", e.rule().parameters().entrySet().stream()
                    .map(p -> p.getKey() + "=" + Explainer.number(p.getValue())).collect(Collectors.joining(", "))))
                    .append('\n');
        }
        s.append("  ").append(m.get("tools.explain.rule-statement", e.rule().statement())).append('\n');
        e.notes().forEach(n -> s.append("  - ").append(n).append('\n'));

        s.append('\n').append(m.get("tools.explain.pages", e.pages().size())).append('\n');
        if (e.pages().isEmpty()) {
            s.append("  ").append(m.get("tools.explain.no-pages")).append('\n');
        }
        int n = 1;
        for (Explanation.Page page : e.pages()) {
            s.append("  ").append(n++).append(". ").append(page.url()).append(title(page.title())).append('\n');
            page.why().forEach(w -> s.append("     ").append(m.get("tools.explain.why", w)).append('\n'));
        }

        s.append('\n').append(m.get("tools.explain.rows", e.rows().size() + e.moreRows())).append('\n');
        for (Explanation.Row row : e.rows()) {
            row(s, row, m);
        }
        if (e.moreRows() > 0) {
            s.append("  ").append(m.get("tools.explain.more-rows", e.moreRows())).append('\n');
        }

        s.append('\n').append(m.get("tools.explain.verdict", e.verdict().status().name())).append('\n');
        s.append("  ").append(m.get("tools.explain.reason", e.verdict().reason())).append('\n');
        if (e.verdict().expected() != null) {
            s.append("  ").append(m.get("tools.explain.expected", e.verdict().expected())).append('\n');
        }
        e.verdict().evidence().forEach(u -> s.append("  ").append(m.get("tools.explain.evidence", u.toString()))
                .append('\n'));

        s.append('\n').append(m.get("tools.explain.overrides")).append('\n');
        for (Explanation.Override o : e.overrides()) {
            s.append("  ").append(o.key()).append(": ").append(o.value()).append('\n');
            s.append("      ").append(o.effect()).append('\n');
        }
        return s.toString();
    }

    private static void row(StringBuilder s, Explanation.Row row, Messages m) {
        String mark = row.kept() == null ? "·" : row.kept() ? "✓" : "✗";
        s.append("  ").append(mark).append(' ')
                .append(row.date() == null ? m.get("tools.explain.no-date") + " " : m.day(row.date()) + "  ")
                .append('"').append(row.title()).append("\"  [").append(m.get("tools.explain.kind." + row.kind().name()))
                .append("]\n");
        s.append(INDENT).append(m.get("tools.explain.on", row.page().toString()));
        if (row.link() != null && !row.link().equals(row.page())) {
            s.append("  ").append(m.get("tools.explain.link", row.link().toString()));
        }
        s.append('\n');
        if (row.why() != null) {
            s.append(INDENT).append(m.get("tools.explain.read-because", row.why())).append('\n');
        }
        if (row.decision() != null) {
            s.append(INDENT).append(m.get(row.kept() ? "tools.explain.kept" : "tools.explain.rejected",
                    row.decision())).append('\n');
        }
        FieldLocator.Located src = row.sources();
        if (src != null) {
            List<String> parts = new java.util.ArrayList<>();
            if (src.title() != null) {
                parts.add(m.get("tools.explain.source-title", src.title()));
            }
            if (row.date() != null) {
                parts.add(src.date() == null ? m.get("tools.explain.source-no-date")
                        : m.get("tools.explain.source-date", src.date()));
            }
            if (src.link() != null) {
                parts.add(m.get("tools.explain.source-link", src.link()));
            }
            if (!parts.isEmpty()) {
                s.append(INDENT).append(m.get("tools.explain.source", String.join("; ", parts))).append('\n');
            }
        }
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? "" : " — \"" + title + "\"";
    }
}
