package vn.minhbach.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.VietDates;

/**
 * Where a value is shown, in words: a table column named by its header, the label it follows, parentheses
 * after a name, link text, a {@code time} element or the page's meta tags. Part of {@link FieldLocator}.
 */
final class DateSpots {
    private static final int MAX_LABEL_CHARS = 40;

    private DateSpots() {
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
    static String label(String before) {
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
