package vn.minhbach.explain;

import java.net.URI;
import java.time.LocalDate;
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
            return new Located(null, date == null ? null : DateSpots.pageDate(doc, date), null, Selectors.NONE);
        }
        Element row = row(start, date);
        String titleWhere = titled == null ? null : titleSpot(doc, titled, numbered ? title.split(" – ", 2)
                : new String[] {title}, row);
        Element dated = date == null ? null : DateSpots.dateElement(row != null ? row : doc.body(), date);
        String dateWhere = date == null ? null : dated != null ? DateSpots.dateSpot(dated, date, row)
                : DateSpots.pageDate(doc, date);
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
            return "link text" + (cell == null ? "" : ", " + DateSpots.column(cell));
        }
        if (cell != null) {
            return DateSpots.column(cell);
        }
        String own = e.ownText();
        String probe = probe(text);
        int at = probe == null ? -1 : own.indexOf(probe);
        String label = at > 0 ? DateSpots.label(own.substring(0, at).strip()) : null;
        if (label != null) {
            return "after label '" + label + "'";
        }
        if (e.tagName().matches("h[1-6]")) {
            return "heading " + e.tagName();
        }
        return "text of <" + e.tagName() + ">";
    }

    private static String cellOf(Element e, Element row) {
        Element cell = e.closest("td, th");
        return cell == null || (row != null && !row.equals(cell.parent())) ? "" : ", " + DateSpots.column(cell);
    }


    /**
     * The selectors of the page's longest list outside its navigation: the largest group of sibling elements
     * of one tag and class that each hold a link. For a page the rule saw as a section but read no rows from.
     */
    public static Selectors longestList(Document doc) {
        Element best = null;
        int bestCount = 1;
        for (Element parent : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (parent.closest("nav, header, footer, menu") != null) {
                continue;
            }
            for (Element child : parent.children()) {
                int count = 0;
                for (Element sibling : parent.children()) {
                    if (sibling.tagName().equals(child.tagName()) && sibling.className().equals(child.className())
                            && sibling.selectFirst("a[href]") != null) {
                        count++;
                    }
                }
                if (count > bestCount) {
                    best = child;
                    bestCount = count;
                }
            }
        }
        if (best == null) {
            return Selectors.NONE;
        }
        Element link = best.selectFirst("a[href]");
        return new Selectors(Css.rows(best), Css.within(best, link), null, Css.within(best, link));
    }
}
