package vn.minhbach.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import vn.minhbach.text.LegacyVietnamese;
import vn.minhbach.text.LegacyVietnamese.Encoding;

/**
 * Word 2007+ (.docx) through POI XWPF: the body's paragraphs and tables in order (the heading block of an
 * official document, issuer and "Số: …" on the left, the date on the right, is usually a table), each run with
 * the font it is drawn in ({@link DocxFonts}).
 */
final class DocxReader {

    private final RunText out;
    private final DocxFonts fonts;

    private DocxReader(RunText out, DocxFonts fonts) {
        this.out = out;
        this.fonts = fonts;
    }

    /** Reads {@code body} into {@code out}; the page count docProps/app.xml gives, or null. */
    static Integer read(byte[] body, RunText out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body))) {
            new DocxReader(out, new DocxFonts(doc.getStyles())).walk(doc.getBodyElements());
            return pages(doc.getProperties());
        }
    }

    private static Integer pages(POIXMLProperties properties) {
        var extended = properties.getExtendedProperties().getUnderlyingProperties();
        return extended.isSetPages() && extended.getPages() > 0 ? extended.getPages() : null;
    }

    private void walk(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (out.full()) {
                return;
            }
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph);
            } else if (element instanceof XWPFTable table) {
                table(table);
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText(), null);
                out.newline();
            }
        }
    }

    private void paragraph(XWPFParagraph paragraph) {
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                String font = fonts.of(run, paragraph);
                boolean tcvn3 = LegacyVietnamese.ofFont(font) == Encoding.TCVN3;
                boolean softHyphens = tcvn3 && run.getCTR().sizeOfSoftHyphenArray() > 0;
                out.append(softHyphens ? withSoftHyphens(run) : run.text(), font);
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText(), null);
            }
        }
        out.newline();
    }

    /**
     * A TCVN3 run's text with its soft hyphens: TCVN3 puts "ư" at 0xAD, the soft hyphen, which LibreOffice saves
     * as {@code <w:softHyphen/>} and POI's {@code text()} drops ("như" would read "nh").
     */
    private static String withSoftHyphens(XWPFRun run) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = run.getCTR().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                switch (cursor.getName().getLocalPart()) {
                    case "t" -> text.append(cursor.getTextValue());
                    case "softHyphen" -> text.append('\u00AD');
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    default -> {
                        // run properties, field characters, drawings: no text of their own
                    }
                }
            }
        }
        return text.toString();
    }

    private void table(XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                walk(cell.getBodyElements());
                out.cell();
            }
            out.newline();
        }
    }
}
