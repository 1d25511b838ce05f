package vn.minhbach.explain;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * CSS selectors proposed for an override, built from what the page's own markup repeats: the rows' container
 * and tag, then paths inside a row. Ids and classes are kept only when they read as names, not generated ones.
 */
final class Css {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,40}");
    private static final Pattern GENERATED = Pattern.compile(".*\\d{3,}.*");

    private Css() {
    }

    /** Every row like this one: "table.docs tr", "ul.news > li". */
    static String rows(Element row) {
        if (row.tagName().equals("tr")) {
            Element table = row.closest("table");
            return (table == null ? "" : simple(table) + " ") + "tr:has(td)";
        }
        Element parent = row.parent();
        return (parent == null ? "" : simple(parent) + " > ") + simple(row);
    }

    /** The element inside a row: "td:nth-child(3)", "a", "span.date". */
    static String within(Element row, Element inner) {
        if (inner.equals(row)) {
            return simple(row);
        }
        Element cell = inner.closest("td, th");
        if (cell != null && row.equals(cell.parent())) {
            String at = cell.tagName() + ":nth-child(" + (cell.elementSiblingIndex() + 1) + ")";
            return cell.equals(inner) ? at : at + " " + simple(inner);
        }
        Element parent = inner.parent();
        if (parent != null && !parent.equals(row) && !parent.tagName().equals("div")) {
            return simple(parent) + " " + simple(inner);
        }
        return simple(inner);
    }

    /** Tag, then its id or its classes when they look like names people gave. */
    static String simple(Element e) {
        String id = e.id();
        if (!id.isEmpty() && NAME.matcher(id).matches() && !GENERATED.matcher(id).matches()) {
            return e.tagName() + "#" + id;
        }
        StringBuilder s = new StringBuilder(e.tagName());
        for (String c : e.classNames()) {
            if (NAME.matcher(c).matches() && !GENERATED.matcher(c).matches()) {
                s.append('.').append(c);
            }
        }
        return s.toString();
    }
}
