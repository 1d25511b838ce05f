package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Fills a Word template the office can edit in Word or LibreOffice. A placeholder is a name in double braces:
 * {@code {{organisation}}} is replaced by its value wherever it stands (body, tables, headers, footers), keeping
 * the formatting of the text around it, even when the editor split it over several runs. A paragraph or table row
 * holding {@code {{list.field}}} for a list the report provides is repeated once per entry of the list, each copy
 * filled from its entry; with an empty list it is removed. A placeholder the report does not know is left as it
 * stands, so a typing mistake shows in the draft instead of vanishing.
 */
final class DocxTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([\\p{L}\\p{N}_.]+)\\s*}}");

    private final Map<String, String> values;
    private final Map<String, List<Map<String, String>>> lists;

    /**
     * @param values the single values by name
     * @param lists  the repeated parts by list name, each entry its fields by name
     */
    DocxTemplate(Map<String, String> values, Map<String, List<Map<String, String>>> lists) {
        this.values = Map.copyOf(values);
        this.lists = Map.copyOf(lists);
    }

    /** Fills {@code doc} in place. */
    void fill(XWPFDocument doc) {
        fillBody(doc);
        for (XWPFHeader header : doc.getHeaderList()) {
            fillBody(header);
        }
        for (XWPFFooter footer : doc.getFooterList()) {
            fillBody(footer);
        }
    }

    private void fillBody(IBody body) {
        for (IBodyElement element : new ArrayList<>(body.getBodyElements())) {
            if (element instanceof XWPFParagraph paragraph) {
                String list = listOf(paragraph.getText());
                if (list == null) {
                    replace(paragraph, values);
                } else {
                    repeat(paragraph, lists.get(list), list);
                }
            } else if (element instanceof XWPFTable table) {
                fillTable(table);
            }
        }
    }

    private void fillTable(XWPFTable table) {
        List<XWPFTableRow> rows = new ArrayList<>(table.getRows());
        // Rows are removed from the XML by position, so positions are counted as they change.
        int shift = 0;
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            String list = listOf(rowText(row));
            if (list == null) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    fillBody(cell);
                }
                continue;
            }
            int position = r + shift;
            List<Map<String, String>> entries = lists.get(list);
            for (Map<String, String> entry : entries) {
                CTRow copy = table.getCTTbl().insertNewTr(position++);
                copy.set(row.getCtRow().copy());
                XWPFTableRow filled = new XWPFTableRow(copy, table);
                for (XWPFTableCell cell : filled.getTableCells()) {
                    for (XWPFParagraph paragraph : cell.getParagraphs()) {
                        replace(paragraph, scoped(list, entry));
                    }
                }
            }
            table.getCTTbl().removeTr(position);
            shift += entries.size() - 1;
        }
    }

    private void repeat(XWPFParagraph paragraph, List<Map<String, String>> entries, String list) {
        CTP original = paragraph.getCTP();
        for (Map<String, String> entry : entries) {
            XmlCursor cursor = original.newCursor();
            XWPFParagraph inserted = paragraph.getBody().insertNewParagraph(cursor);
            cursor.close();
            if (original.isSetPPr()) {
                inserted.getCTP().setPPr((CTPPr) original.getPPr().copy());
            }
            for (XWPFRun run : paragraph.getRuns()) {
                inserted.createRun().getCTR().set(run.getCTR().copy());
            }
            replace(inserted, scoped(list, entry));
        }
        IBody body = paragraph.getBody();
        if (body instanceof XWPFDocument doc) {
            doc.removeBodyElement(doc.getPosOfParagraph(paragraph));
        } else if (body instanceof XWPFTableCell cell) {
            cell.removeParagraph(cell.getParagraphs().indexOf(paragraph));
        } else {
            throw new IllegalArgumentException("a repeated paragraph must stand in the body or a table cell");
        }
    }

    private static Map<String, String> scoped(String list, Map<String, String> entry) {
        Map<String, String> scoped = new java.util.HashMap<>();
        entry.forEach((field, value) -> scoped.put(list + "." + field, value));
        return scoped;
    }

    private String listOf(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            int dot = name.indexOf('.');
            if (dot > 0 && lists.containsKey(name.substring(0, dot))) {
                return name.substring(0, dot);
            }
        }
        return null;
    }

    private static String rowText(XWPFTableRow row) {
        StringBuilder text = new StringBuilder();
        for (XWPFTableCell cell : row.getTableCells()) {
            text.append(cell.getText()).append('\n');
        }
        return text.toString();
    }

    /**
     * Replaces the known placeholders of one paragraph. Word often splits typed text over runs ("{{", "organi",
     * "sation}}"); the runs a placeholder spans are joined into its first run, so the value takes that run's
     * formatting and runs outside placeholders are left alone.
     */
    static void replace(XWPFParagraph paragraph, Map<String, String> known) {
        int from = 0;
        while (true) {
            List<XWPFRun> runs = paragraph.getRuns();
            List<String> texts = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (XWPFRun run : runs) {
                String text = run.text();
                texts.add(text);
                all.append(text);
            }
            Matcher m = PLACEHOLDER.matcher(all);
            if (!m.find(from)) {
                return;
            }
            String value = known.get(m.group(1));
            if (value == null) {
                from = m.end();
                continue;
            }
            int startRun = runAt(texts, m.start());
            int endRun = runAt(texts, m.end() - 1);
            int startOffset = m.start() - offsetOf(texts, startRun);
            int endOffset = m.end() - offsetOf(texts, endRun);
            String joined = texts.get(startRun).substring(0, startOffset) + value
                    + texts.get(endRun).substring(endOffset);
            setText(runs.get(startRun), joined);
            for (int r = endRun; r > startRun; r--) {
                paragraph.removeRun(r);
            }
            from = m.start() + value.length();
        }
    }

    private static void setText(XWPFRun run, String text) {
        int count = run.getCTR().sizeOfTArray();
        for (int i = count - 1; i > 0; i--) {
            run.getCTR().removeT(i);
        }
        run.getCTR().getTabList().clear();
        run.setText(text, 0);
    }

    private static int runAt(List<String> texts, int index) {
        int offset = 0;
        for (int r = 0; r < texts.size(); r++) {
            offset += texts.get(r).length();
            if (index < offset) {
                return r;
            }
        }
        return texts.size() - 1;
    }

    private static int offsetOf(List<String> texts, int run) {
        int offset = 0;
        for (int r = 0; r < run; r++) {
            offset += texts.get(r).length();
        }
        return offset;
    }
}
