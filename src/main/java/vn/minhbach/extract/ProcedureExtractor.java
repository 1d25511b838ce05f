package vn.minhbach.extract;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads administrative procedure (thủ tục hành chính) pages of one-stop sites for items
 * {@code onestop.online-rate} (plan 125/KH-UBND II; NĐ 42/2022 Đ11) and {@code onestop.procedure-details}
 * (plan 125 II; NĐ 63/2010 Đ8).
 */
public final class ProcedureExtractor {

    /** A detail page names at least this many of the parts NĐ 63/2010 Đ8 requires. */
    private static final int MIN_SECTIONS = 3;

    private ProcedureExtractor() {
    }

    /**
     * A procedure detail page: name, level, and whether it publishes the processing time ("Thời hạn giải
     * quyết"), the dossier ("Thành phần hồ sơ") and the fee ("Phí, lệ phí"; "Không" counts, an empty value does
     * not); namesForm when it mentions a form ("Mẫu đơn", "tờ khai", "mẫu số", "biểu mẫu"), and the attachment
     * links near those mentions. Label/value tables, definition lists, key/value divs and headings followed by
     * text are all read. Empty when the page is not a procedure detail page.
     */
    public static Optional<ProcedureFacts> detail(URI url, Document doc) {
        Element body = doc.body();
        if (body == null || sectionsNamed(PageMemo.of(body)) < MIN_SECTIONS) {
            // each section's field begins with one of its labels, so a page's text names the section's label
            return Optional.empty();
        }
        List<Fields.Field> fields = Fields.labelLike(body, ProcedureLabels.ALL);
        long sections = ProcedureLabels.SECTIONS.stream()
                .filter(group -> !ProcedureLabels.in(fields, group).isEmpty())
                .count();
        if (sections < MIN_SECTIONS) {
            return Optional.empty();
        }
        return Optional.of(new ProcedureFacts(name(doc, fields), level(body, fields),
                published(fields, ProcedureLabels.TIME), published(fields, ProcedureLabels.DOSSIER),
                published(fields, ProcedureLabels.FEE), ProcedureForms.named(body), ProcedureForms.links(url, body)));
    }

    /** How many sections have a label that the page's text holds somewhere: at most the sections it has. */
    private static long sectionsNamed(PageMemo page) {
        return ProcedureLabels.SECTIONS.stream().filter(group -> group.stream().anyMatch(page.labels()::contains))
                .count();
    }

    /**
     * Rows of a procedure list page: a table with a procedure-name column (and a level column when there is
     * one), or list items each holding a procedure link and a level badge or text. Links are resolved against
     * {@code url}. Empty when the page has no such list.
     */
    public static List<ProcedureRow> rows(URI url, Document doc) {
        return ProcedureRows.of(url, doc);
    }

    private static boolean published(List<Fields.Field> fields, List<String> group) {
        return ProcedureLabels.in(fields, group).stream().anyMatch(Fields.Field::hasValue);
    }

    private static String name(Document doc, List<Fields.Field> fields) {
        Optional<Fields.Field> labelled = ProcedureLabels.in(fields, ProcedureLabels.NAME).stream()
                .filter(Fields.Field::hasValue).findFirst();
        if (labelled.isPresent()) {
            return shorten(labelled.get().value());
        }
        for (Element h : doc.body().select(Css.of("h1, h2"))) {
            if (Folded.meaningful(h.text()) && h.closest(Css.of("header, nav, footer")) == null) {
                return shorten(h.text());
            }
        }
        return doc.title().isBlank() ? null : shorten(doc.title());
    }

    private static OnlineLevel level(Element body, List<Fields.Field> fields) {
        for (Fields.Field f : ProcedureLabels.in(fields, ProcedureLabels.LEVEL)) {
            OnlineLevel level = OnlineLevel.of(f.value());
            if (level != OnlineLevel.UNSTATED) {
                return level;
            }
        }
        // Badges: a short element stating the level on its own, outside menus (a definition's value too).
        for (Element e : body.select(Css.of("span, div, p, td, dd, li, label, strong, b"))) {
            String text = e.text();
            if (text.length() <= 40 && e.closest(Css.of("nav, header, footer, a, select")) == null) {
                OnlineLevel level = OnlineLevel.of(text);
                if (level != OnlineLevel.UNSTATED) {
                    return level;
                }
            }
        }
        return OnlineLevel.UNSTATED;
    }

    private static String shorten(String s) {
        String text = Folded.of(s).text();
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
