package vn.minhbach.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.PeriodReport;

/**
 * Writes period.docx: a Word draft of the period report the office sends to the People's Committee through the
 * Justice Office, laid out in the administrative format of Decree 30/2020/NĐ-CP. The layout and fixed wording
 * (letterhead, number, place, signer, recipients) live in a template the office can edit; this class only
 * supplies the figures, taken from the same {@link PeriodView} that period.html shows. The placeholders a
 * template may use are listed in docs/period-report.md. An English report takes the jar's English template
 * (same layout) unless the config names one.
 */
public final class PeriodDocx {
    /** The template in the jar, used when the config names none. */
    static final String DEFAULT_TEMPLATE = "period-template.docx";
    /** The English template in the jar, used for an English report when the config names none. */
    static final String DEFAULT_TEMPLATE_EN = "period-template_en.docx";

    private PeriodDocx() {
    }

    /**
     * The filled document's bytes, in Vietnamese.
     *
     * @param template a .docx template, or null for the one in the jar
     */
    public static byte[] render(PeriodReport report, Path template) {
        return render(report, template, Lang.VI);
    }

    /**
     * The filled document's bytes, its figures and sentences in {@code lang}.
     *
     * @param template a .docx template, or null for the jar's one in {@code lang}
     */
    public static byte[] render(PeriodReport report, Path template, Lang lang) {
        Wording w = Wording.of(lang);
        try (InputStream in = template == null ? defaultTemplate(lang) : Files.newInputStream(template);
             XWPFDocument doc = new XWPFDocument(in);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PeriodView view = PeriodView.of(report, w);
            new DocxTemplate(values(report, view, w), lists(view, w)).fill(doc);
            doc.getProperties().getCoreProperties().setTitle(w.get("period.docx.title", w.inSentence(view.title())));
            doc.getProperties().getCoreProperties().setCreator(view.organisation());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template in the jar, for offices that want a copy to edit. */
    public static InputStream defaultTemplate() {
        return defaultTemplate(Lang.VI);
    }

    /** The jar's template in {@code lang}: the Vietnamese one, or the English one in the same layout. */
    public static InputStream defaultTemplate(Lang lang) {
        String name = lang == Lang.EN ? DEFAULT_TEMPLATE_EN : DEFAULT_TEMPLATE;
        InputStream in = PeriodDocx.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the jar has no " + name);
        }
        return in;
    }

    static Map<String, String> values(PeriodReport report, PeriodView view, Wording w) {
        Map<String, String> values = new HashMap<>();
        values.put("organisation", view.organisation());
        values.put("organisationUpper", view.organisation().toUpperCase(w.lang().locale()));
        values.put("periodTitle", view.title());
        values.put("period", w.inSentence(view.title()));
        values.put("range", view.range());
        values.put("reportDate", view.reportDate());
        LocalDate asOf = report.asOf();
        // Decree 30/2020 writes a day below 10 and a month below 3 with a leading zero.
        values.put("day", (asOf.getDayOfMonth() < 10 ? "0" : "") + asOf.getDayOfMonth());
        values.put("month", (asOf.getMonthValue() < 3 ? "0" : "") + asOf.getMonthValue());
        values.put("year", String.valueOf(asOf.getYear()));
        values.put("coverage", view.coverage().headline());
        values.put("overallPercent", view.overallPercent());
        values.put("overallDays", view.overallDays());
        values.put("audits", String.valueOf(report.audits().size()));
        values.put("auditedDays", String.valueOf(report.coverage().auditedDays()));
        values.put("elapsedDays", String.valueOf(report.coverage().elapsedDays()));
        values.put("itemCount", String.valueOf(view.groups().stream().mapToLong(g -> g.items().size()).sum()));
        values.put("lapsedItems", String.valueOf(view.groups().stream().flatMap(g -> g.items().stream())
                .filter(i -> i.lapse() != null).count()));
        values.put("tool", view.tool());
        return values;
    }

    static Map<String, List<Map<String, String>>> lists(PeriodView view, Wording w) {
        Map<String, List<Map<String, String>>> lists = new HashMap<>();
        lists.put("coverageDetails", view.coverage().details().stream().map(d -> Map.of("text", d)).toList());
        List<Map<String, String>> criteria = new ArrayList<>();
        for (PeriodView.CriterionRow row : view.criteria()) {
            criteria.add(Map.of("no", String.valueOf(criteria.size() + 1), "heading", row.heading(),
                    "items", String.valueOf(row.items()), "percent", row.percent(), "days", row.days()));
        }
        lists.put("criteria", criteria);
        List<Map<String, String>> items = new ArrayList<>();
        List<Map<String, String>> lapses = new ArrayList<>();
        for (PeriodView.Group group : view.groups()) {
            for (PeriodView.Item item : group.items()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("no", String.valueOf(items.size() + 1));
                entry.put("id", item.id());
                entry.put("title", item.title());
                entry.put("criterion", group.heading());
                entry.put("percent", item.notApplicable() ? w.verdict(Verdict.NOT_APPLICABLE) : item.percent());
                entry.put("days", item.days());
                entry.put("firstLast", item.firstLast());
                entry.put("figures", item.trends().stream().map(t -> t.label() + ": " + t.months().stream()
                        .map(m -> m.label() + " " + m.value()).collect(Collectors.joining("; ")))
                        .collect(Collectors.joining(". ")));
                items.add(entry);
                if (item.lapse() != null) {
                    lapses.add(Map.of("no", String.valueOf(lapses.size() + 1), "title", item.title(),
                            "id", item.id(), "lapse", item.lapse(), "count", String.valueOf(item.lapses()),
                            "line", w.messages().get("period.docx.lapse", item.title(), item.id(), item.lapses(),
                                    item.lapse())));
                }
            }
        }
        if (lapses.isEmpty()) {
            lapses.add(Map.of("no", "", "title", "", "id", "", "lapse", "", "count", "0",
                    "line", w.get("period.docx.noLapse")));
        }
        lists.put("items", items);
        lists.put("lapses", lapses);
        return lists;
    }
}
