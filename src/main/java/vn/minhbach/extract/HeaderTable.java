package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A list table: a header row that names the columns, and the data rows below it. The header row is the
 * {@code <thead>}'s, else a first row of {@code <th>} cells, else a first row of short labels without digits
 * ("STT / Số ký hiệu / Ngày ban hành / Trích yếu / Tải về"); a table without one has an empty header.
 */
record HeaderTable(List<String> header, List<Element> rows) {

    private static final int MAX_HEADER_CELL = 60;

    HeaderTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * Every table of the page whose header row has a column named by each group of labels given, with its
     * data rows ({@link #dataRow}).
     */
    static List<HeaderTable> find(Document doc, List<List<String>> required) {
        List<HeaderTable> out = new ArrayList<>();
        for (Element table : doc.select(Css.of("table"))) {
            List<Element> trs = ownRows(table);
            for (int i = 0; i < trs.size() && i < 3; i++) {
                List<String> header = cells(trs.get(i)).stream().map(c -> Folded.of(c.text()).key()).toList();
                if (header.stream().allMatch(h -> h.length() <= MAX_HEADER_CELL)
                        && required.stream().allMatch(labels -> column(header, labels) >= 0)) {
                    out.add(new HeaderTable(header, trs.subList(i + 1, trs.size()).stream()
                            .filter(HeaderTable::dataRow).toList()));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every table of the page that has data rows, with its header when it has one. A data row has two cells
     * or more and no table inside: a single cell spanning the table heads a section ("Phần văn bản khác") or
     * holds the pager, and a row holding a table is page layout.
     */
    static List<HeaderTable> all(Document doc) {
        List<HeaderTable> out = new ArrayList<>();
        Elements tables = doc.select(Css.of("table"));
        // The rows that hold a table, found once from the tables up rather than by a search in every row.
        Set<Element> layout = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : tables) {
            Element p = table.parent();
            while (p != null && layout.add(p)) {
                p = p.parent();
            }
        }
        for (Element table : tables) {
            List<Element> trs = ownRows(table);
            int header = headerRow(trs);
            List<Element> data = new ArrayList<>();
            for (Element tr : trs.subList(header + 1, trs.size())) {
                if (dataRow(tr) && !layout.contains(tr)) {
                    data.add(tr);
                }
            }
            if (!data.isEmpty()) {
                List<String> names = header < 0 ? List.of()
                        : cells(trs.get(header)).stream().map(c -> Folded.of(c.text()).key()).toList();
                out.add(new HeaderTable(names, data));
            }
        }
        return List.copyOf(out);
    }

    /** A row with a td and two cells or more: one cell spanning the table heads a group of rows or a pager. */
    private static boolean dataRow(Element tr) {
        return tr.selectFirst(Css.of("> td")) != null && cells(tr).size() >= 2;
    }

    /** The index of the header row among the table's rows, or -1; title rows of one cell are passed over. */
    private static int headerRow(List<Element> trs) {
        int last = -1;
        for (int i = 0; i < trs.size(); i++) {
            Element tr = trs.get(i);
            if (tr.parent() != null && tr.parent().normalName().equals("thead") && cells(tr).size() >= 2) {
                last = i;
            }
        }
        if (last >= 0) {
            return last;
        }
        for (int i = 0; i < trs.size() && i < 3; i++) {
            Elements cells = cells(trs.get(i));
            if (cells.size() < 2) {
                continue;
            }
            boolean allTh = cells.stream().allMatch(c -> c.normalName().equals("th"));
            return allTh || labels(cells) ? i : -1;
        }
        return -1;
    }

    /** Short texts without digits, at least two of them: column names rather than a document's values. */
    private static boolean labels(Elements cells) {
        int named = 0;
        for (Element c : cells) {
            String text = c.text().strip();
            if (text.length() > MAX_HEADER_CELL || text.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            named += text.isEmpty() ? 0 : 1;
        }
        return named >= 2;
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
