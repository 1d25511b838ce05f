package vn.minhbach.explain;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.VietDates;
import vn.minhbach.text.VietText;

/**
 * Finds, in a parsed page, where the values a rule read for one row are shown, and says so in words a
 * portal's editor recognises: "table column 'Ngày ban hành' (cell 3 of row 5)", "after label 'Ngày trả
 * lời:'", "link text". Works by structure (links, repeated siblings, table headers, labels ending in a
 * colon), never by a platform's class names. Also proposes the CSS selectors that would read the row.
 * No I/O: it takes the document.
 */
public final class FieldLocator {
    private static final int PROBE_CHARS = 40;
    private static final int MAX_LABEL_CHARS = 40;

    private FieldLocator() {
    }

    /**
     * Where one row's values were found.
     *
     * @param title     where the title is shown, or null when not found
     * @param date      where the date is shown, or null
     * @param link      where the link is, or null
     * @param selectors CSS selectors for {@code checklist.items.ID.selectors}: rows, title, date, link (each may be null)
     */
    public record Located(String title, String date, String link, Selectors selectors) {
        static final Located NOTHING = new Located(null, null, null, Selectors.NONE);
    }

    /** Selectors that would read the row with an override. */
    public record Selectors(String rows, String title, String date, String link) {
        static final Selectors NONE = new Selectors(null, null, null, null);
    }

    public static Located locate(Document doc, String title, LocalDate date, URI link) {
        return locate(doc, title, date, link, false);
    }

    /**
     * The same for a row whose title was composed as "number – summary" (a legal document): each part is
     * located on its own, since portals show them in different cells or after different labels.
     */
    public static Located locate(Document doc, String title, LocalDate date, URI link, boolean numbered) {
        Element anchor = link == null ? null : anchor(doc, link);
        String shown = numbered ? title.split(" – ", 2)[0] : title;
        Element titled = anchor != null && containsProbe(anchor.text(), shown) ? anchor : titled(doc, shown);
        Element start = titled != null ? titled : anchor;
        if (start == null) {
            return new Located(null, date == null ? null : pageDate(doc, date), null, Selectors.NONE);
        }
        Element row = row(start, date);
        String titleWhere = titled == null ? null : titleSpot(doc, titled, numbered ? title.split(" – ", 2)
                : new String[] {title}, row);
        Element dated = date == null ? null : dateElement(row != null ? row : doc.body(), date);
        String dateWhere = date == null ? null : dated != null ? dateSpot(dated, date, row)
                : pageDate(doc, date);
        String linkWhere = anchor == null ? null : "href of " + (anchor == titled ? "the title link" : "a link in the row")
                + cellOf(anchor, row);
        Selectors selectors = row == null ? Selectors.NONE : new Selectors(Css.rows(row),
                titled == null ? null : Css.within(row, titled),
                dated == null || !row.equals(dated) && !dated.parents().contains(row) ? null : Css.within(row, dated),
                anchor == null || !anchor.parents().contains(row) ? null : Css.within(row, anchor));
        return new Located(titleWhere, dateWhere, linkWhere, selectors);
    }

    private static Element anchor(Document doc, URI link) {
        String want = bare(link.toString());
        for (Element a : doc.select("a[href]")) {
            if (bare(a.absUrl("href")).equals(want)) {
                return a;
            }
        }
        return null;
    }

    /** A URL without fragment, trailing slash or scheme case, for comparison. */
    private static String bare(String url) {
        int hash = url.indexOf('#');
        String s = hash >= 0 ? url.substring(0, hash) : url;
        s = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        return s.toLowerCase(Locale.ROOT);
    }

    /** The start of a title, as a rule's reason shows it: legal rows show "number – summary". */
    static String probe(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String first = title.strip();
        return first.length() <= PROBE_CHARS ? first : first.substring(0, PROBE_CHARS);
    }

    private static boolean containsProbe(String text, String title) {
        String probe = probe(title);
        return probe != null && VietText.key(text).contains(VietText.key(probe));
    }

    /** The innermost element that shows the title's start. */
    private static Element titled(Document doc, String title) {
        String probe = probe(title);
        if (probe == null) {
            return null;
        }
        List<Element> found = doc.body() == null ? List.of() : doc.body().getElementsContainingOwnText(probe);
        if (found.isEmpty()) {
            found = doc.body() == null ? List.of() : doc.body().getElementsContainingText(probe);
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }
        return found.get(0);
    }

    /**
     * The row holding the element: the nearest table row, or the nearest ancestor that repeats among its
     * siblings (same tag and class), preferring one that also shows the date.
     */
    static Element row(Element start, LocalDate date) {
        Element fallback = null;
        for (Element e = start; e != null && !e.tagName().equals("body"); e = e.parent()) {
            if (e.tagName().equals("td") || e.tagName().equals("th")) {
                continue;
            }
            if (e.tagName().equals("tr") || repeats(e)) {
                if (date == null || shows(e, date)) {
                    return e;
                }
                if (fallback == null) {
                    fallback = e;
                }
            }
        }
        return fallback;
    }

    private static boolean repeats(Element e) {
        Element parent = e.parent();
        if (parent == null) {
            return false;
        }
        int same = 0;
        for (Element sibling : parent.children()) {
            if (sibling.tagName().equals(e.tagName()) && sibling.className().equals(e.className())) {
                same++;
            }
        }
        return same >= 2;
    }

    private static boolean shows(Element e, LocalDate date) {
        return VietDates.findAll(e.text()).contains(date)
                || e.select("time[datetime]").stream().anyMatch(t -> VietDates.findAll(t.attr("datetime")).contains(date));
    }

    /** The innermost element within {@code scope} whose own text, or whose datetime, shows the date. */
    static Element dateElement(Element scope, LocalDate date) {
        if (scope == null) {
            return null;
        }
        for (Element e : scope.getAllElements()) {
            if (e.tagName().equals("time") && VietDates.findAll(e.attr("datetime")).contains(date)) {
                return e;
            }
            if (VietDates.findAll(e.ownText()).contains(date)) {
                return e;
            }
        }
        Element inner = null;
        for (Element e : scope.getAllElements()) {
            if (VietDates.findAll(e.text()).contains(date)) {
                inner = e;
            }
        }
        return inner;
    }

    /** Where the title is shown; a composed title's parts, number and summary, each on its own. */
    private static String titleSpot(Document doc, Element titled, String[] parts, Element row) {
        String first = textSpot(titled, parts[0]);
        if (parts.length < 2) {
            return first;
        }
        Element scope = row != null ? row : doc.body();
        Element summary = innermost(scope, probe(parts[1]));
        return "number: " + first + "; summary: " + (summary == null ? "not found on the page now"
                : textSpot(summary, parts[1]));
    }

    private static Element innermost(Element scope, String probe) {
        if (scope == null || probe == null) {
            return null;
        }
        List<Element> found = scope.getElementsContainingOwnText(probe);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Where a text is shown in its element: link text, a table column, after a label, a heading. */
    static String textSpot(Element e, String text) {
        Element cell = e.closest("td, th");
        if (e.tagName().equals("a") || e.closest("a") != null) {
            return "link text" + (cell == null ? "" : ", " + column(cell));
        }
        if (cell != null) {
            return column(cell);
        }
        String own = e.ownText();
        String probe = probe(text);
        int at = probe == null ? -1 : own.indexOf(probe);
        String label = at > 0 ? label(own.substring(0, at).strip()) : null;
        if (label != null) {
            return "after label '" + label + "'";
        }
        if (e.tagName().matches("h[1-6]")) {
            return "heading " + e.tagName();
        }
        return "text of <" + e.tagName() + ">";
    }

    static String dateSpot(Element dated, LocalDate date, Element row) {
        if (dated.tagName().equals("time") && VietDates.findAll(dated.attr("datetime")).contains(date)) {
            return "<time datetime=\"" + dated.attr("datetime") + "\">";
        }
        Element cell = dated.closest("td, th");
        if (cell != null) {
            return column(cell);
        }
        String text = dated.ownText().isBlank() ? dated.text() : dated.ownText();
        int at = position(text, date);
        String before = at > 0 ? text.substring(0, at).strip() : "";
        String label = label(before);
        if (label == null && before.isEmpty()) {
            Element previous = dated.previousElementSibling();
            label = previous == null ? null : label(previous.text().strip());
        }
        if (label != null) {
            return "after label '" + label + "'";
        }
        if (at > 0 && before.endsWith("(") || text.strip().startsWith("(") || before.endsWith("[")) {
            return "in parentheses after a name";
        }
        if (dated.closest("a") != null) {
            return "link text";
        }
        return row != null ? "the row's text (<" + dated.tagName() + ">)" : "page text (<" + dated.tagName() + ">)";
    }

    /** The label a date follows: the text's last phrase when it ends with a colon and is short. */
    private static String label(String before) {
        if (!before.endsWith(":")) {
            return null;
        }
        String tail = before;
        for (String stop : new String[] {"|", ".", ";", ")", "\n"}) {
            int i = tail.lastIndexOf(stop, tail.length() - 2);
            if (i >= 0) {
                tail = tail.substring(i + 1).strip();
            }
        }
        return tail.length() <= MAX_LABEL_CHARS ? tail : null;
    }

    /** Where the date starts in the text, trying the ways portals write it; -1 when none is found. */
    static int position(String text, LocalDate date) {
        List<String> forms = new ArrayList<>();
        int d = date.getDayOfMonth();
        int m = date.getMonthValue();
        int y = date.getYear();
        for (String sep : new String[] {"/", "-", "."}) {
            forms.add(String.format("%02d%s%02d%s%d", d, sep, m, sep, y));
            forms.add(d + sep + m + sep + y);
        }
        forms.add(date.toString());
        forms.add("ngày " + d);
        forms.add("Ngày " + d);
        for (String form : forms) {
            int i = text.indexOf(form);
            if (i >= 0) {
                return i;
            }
        }
        return text.indexOf(Integer.toString(y));
    }

    /** "table column 'Ngày ban hành' (cell 3 of row 5)"; the header is the table's first row of th cells. */
    static String column(Element cell) {
        Element tr = cell.parent();
        int index = cell.elementSiblingIndex();
        Element table = cell.closest("table");
        String header = null;
        int rowNumber = 0;
        if (table != null) {
            Element head = table.selectFirst("thead tr");
            if (head == null) {
                head = table.select("tr").stream().filter(r -> !r.select("> th").isEmpty()).findFirst().orElse(null);
            }
            if (head != null && head.children().size() > index) {
                header = head.child(index).text().strip();
            }
            for (Element r : table.select("tr")) {
                if (!r.select("> td").isEmpty()) {
                    rowNumber++;
                }
                if (r.equals(tr)) {
                    break;
                }
            }
        }
        return "table column " + (header == null || header.isEmpty() ? "" : "'" + header + "' ") + "(cell "
                + (index + 1) + (rowNumber > 0 ? " of row " + rowNumber : "") + ")";
    }

    private static String cellOf(Element e, Element row) {
        Element cell = e.closest("td, th");
        return cell == null || (row != null && !row.equals(cell.parent())) ? "" : ", " + column(cell);
    }

    /** A date shown for the page as a whole: its meta tags, time elements or text. */
    static String pageDate(Document doc, LocalDate date) {
        for (Element meta : doc.select("meta[content]")) {
            String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
            if (!name.isEmpty() && VietDates.findAll(meta.attr("content")).contains(date)) {
                return "page meta " + name;
            }
        }
        Element dated = dateElement(doc.body(), date);
        if (dated == null) {
            return null;
        }
        return dateSpot(dated, date, null);
    }
}
