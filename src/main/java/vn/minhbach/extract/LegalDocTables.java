package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/**
 * Legal documents listed in a table, one document a data row, with or without a header row
 * ({@link HeaderTable}, {@link LegalDocColumns}). A table is a document list when a column holds the
 * numbers, or when most rows name a document number in their abstract (a gazette's "Quyết định … số
 * 37/2026/QĐ-UBND …" titles); and it must show dates or abstracts besides.
 */
final class LegalDocTables {

    /** Longer cell texts are page layout, not one document's abstract. */
    private static final int MAX_ROW_TEXT = 1500;
    private static final int MIN_INFERRED_ROWS = 2;

    private LegalDocTables() {
    }

    static List<LegalDocRow> rows(URI url, Document doc) {
        List<LegalDocRow> out = new ArrayList<>();
        for (HeaderTable table : HeaderTable.all(doc)) {
            // Every document row names a number: a table without a number column or a number is not read further.
            if (table.column(LegalDocColumns.NUMBER) < 0 && table.rows().stream().noneMatch(LegalDocTables::numbered)) {
                continue;
            }
            LegalDocColumns columns = LegalDocColumns.of(url, table);
            if (columns.date() < 0 && columns.summary() < 0) {
                continue;
            }
            List<LegalDocRow> rows = new ArrayList<>();
            for (Element tr : table.rows()) {
                row(url, tr, columns).ifPresent(rows::add);
            }
            // Without a number column, numbers met in the prose of a few rows do not make a list.
            boolean numbered = columns.number() >= 0 ? !rows.isEmpty()
                    : rows.size() >= MIN_INFERRED_ROWS && rows.size() * 2 >= table.rows().size();
            if (numbered) {
                out.addAll(rows);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<LegalDocRow> row(URI url, Element tr, LegalDocColumns c) {
        String rowText = Folded.of(tr.text()).text();
        if (rowText.length() > MAX_ROW_TEXT) {
            return Optional.empty();
        }
        Element summaryCell = HeaderTable.cell(tr, c.summary());
        String number = number(tr, c, summaryCell);
        if (number == null) {
            return Optional.empty();
        }
        // The row's own date cell first; only without one is the date read from the row's prose.
        LocalDate issued = VietDates.first(HeaderTable.text(tr, c.date())).orElse(null);
        if (issued == null) {
            issued = RowDates.issued(rowText, number);
        }
        String abstractText = HeaderTable.text(tr, c.summary());
        Element linkScope = firstNonNull(summaryCell, HeaderTable.cell(tr, c.number()), tr);
        URI page = Links.firstPage(url, linkScope).or(() -> Links.firstPage(url, tr)).orElse(null);
        return Optional.of(new LegalDocRow(number, issued, abstractText.isEmpty() ? null : abstractText,
                files(url, tr, HeaderTable.cell(tr, c.file())), page));
    }

    /**
     * The number column's text (its document number when it holds one), else the first document number of
     * the abstract, which names the row's own document before any it amends or repeals.
     */
    private static String number(Element tr, LegalDocColumns c, Element summaryCell) {
        if (c.number() >= 0) {
            String text = HeaderTable.text(tr, c.number());
            return Folded.meaningful(text) ? DocumentNumbers.first(text).orElse(text) : null;
        }
        Element scope = summaryCell != null ? summaryCell : tr;
        return DocumentNumbers.first(Folded.of(scope.text()).text()).orElse(null);
    }

    /** The row's attachment links, and any link of its file column (an icon whose address names no file). */
    private static List<URI> files(URI url, Element tr, Element fileCell) {
        Set<URI> out = new LinkedHashSet<>(Links.attachments(url, tr));
        if (fileCell != null) {
            for (Element a : fileCell.select(Css.of("a[href]"))) {
                Links.attachment(url, a).or(() -> Links.resolve(url, a.attr("href"))).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static boolean numbered(Element tr) {
        String text = tr.text();
        return text.indexOf('/') >= 0 && DocumentNumbers.first(text).isPresent();
    }

    private static Element firstNonNull(Element a, Element b, Element c) {
        return a != null ? a : b != null ? b : c;
    }
}
