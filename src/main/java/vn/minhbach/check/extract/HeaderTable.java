package vn.minhbach.check.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** A list table: a header row that names the columns, and the data rows below it. */
record HeaderTable(List<String> header, List<Element> rows) {

    private static final int MAX_HEADER_CELL = 60;

    HeaderTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Every table of the page whose header row has a column named by each group of labels given. */
    static List<HeaderTable> find(Document doc, List<List<String>> required) {
        List<HeaderTable> out = new ArrayList<>();
        for (Element table : doc.select(Css.of("table"))) {
            List<Element> trs = ownRows(table);
            for (int i = 0; i < trs.size() && i < 3; i++) {
                List<String> header = cells(trs.get(i)).stream().map(c -> Folded.of(c.text()).key()).toList();
                if (header.stream().allMatch(h -> h.length() <= MAX_HEADER_CELL)
                        && required.stream().allMatch(labels -> column(header, labels) >= 0)) {
                    out.add(new HeaderTable(header, trs.subList(i + 1, trs.size()).stream()
                            .filter(r -> !r.select(Css.of("> td")).isEmpty()).toList()));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<Element> ownRows(Element table) {
        return table.select(Css.of("> tr, > thead > tr, > tbody > tr, > tfoot > tr"));
    }

    static Elements cells(Element row) {
        return row.select(Css.of("> th, > td"));
    }

    /** Index of the header cell containing the earliest of the folded labels as whole words, or -1. */
    static int column(List<String> header, List<String> labels) {
        for (String label : labels) {
            for (int i = 0; i < header.size(); i++) {
                if (Folded.indexOfWord(header.get(i), label, 0) >= 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    int column(List<String> labels) {
        return column(header, labels);
    }

    /** The cell of a row in a column, or null when the row is shorter or the column is absent. */
    static Element cell(Element row, int column) {
        Elements cells = cells(row);
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    static String text(Element row, int column) {
        Element c = cell(row, column);
        return c == null ? "" : Folded.of(c.text()).text();
    }
}
