package vn.minhbach.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Excel 2007+ (.xlsx), streamed: each sheet's XML is read with SAX and left after a bounded number of rows, so a
 * workbook of a million formatted rows costs no more than its first ones (POI's XSSFWorkbook would build them
 * all). A cell's font comes from its style, so ".VnTime" cells are converted.
 */
final class XlsxReader extends DefaultHandler {

    /** Thrown to leave a sheet once enough of it is read. */
    private static final class Enough extends SAXException {
        Enough() {
            super("enough rows");
        }
    }

    private final SharedStrings strings;
    private final StylesTable styles;
    private final RunText out;
    private final DataFormatter formatter = new DataFormatter();
    private final StringBuilder value = new StringBuilder();
    private int rows;
    private int cells;
    private String type;
    private XSSFCellStyle style;
    private boolean inValue;

    private XlsxReader(SharedStrings strings, StylesTable styles, RunText out) {
        this.strings = strings;
        this.styles = styles;
        this.out = out;
    }

    static Integer read(byte[] body, RunText out) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(body));
        } catch (OpenXML4JException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            XlsxReader handler = new XlsxReader(strings, reader.getStylesTable(), out);
            Iterator<InputStream> sheets = reader.getSheetsData();
            for (int s = 0; s < OfficeReader.MAX_SHEETS && sheets.hasNext() && !out.full(); s++) {
                try (InputStream sheet = sheets.next()) {
                    handler.sheet(sheet);
                }
                out.newline();
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            // opened from bytes: nothing to save back
            pkg.revert();
        }
        return null;
    }

    private void sheet(InputStream sheet) throws IOException, SAXException, ParserConfigurationException {
        rows = 0;
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(this);
        try {
            parser.parse(new InputSource(sheet));
        } catch (Enough e) {
            // the rest of the sheet is not needed
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> {
                if (++rows > OfficeReader.MAX_ROWS || out.full()) {
                    throw new Enough();
                }
                cells = 0;
            }
            case "c" -> {
                type = attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null || styles == null || styles.getNumCellStyles() == 0 ? null
                    : styles.getStyleAt(Integer.parseInt(s));
                value.setLength(0);
            }
            case "v", "t" -> inValue = true;
            default -> {
                // formulas, rich-text properties and the rest carry no shown text
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> inValue = false;
            case "c" -> {
                if (++cells <= OfficeReader.MAX_CELLS) {
                    String font = style == null || style.getFont() == null ? null : style.getFont().getFontName();
                    out.append(shown(), font);
                    out.cell();
                }
            }
            case "row" -> out.newline();
            default -> {
                // nothing to do at the end of other elements
            }
        }
    }

    /** The cell's text as Excel shows it: shared and inline strings as they are, numbers in the cell's format. */
    private String shown() {
        String raw = value.toString();
        if (raw.isEmpty()) {
            return raw;
        }
        if (type == null || type.equals("n")) {
            String format = style == null ? null : style.getDataFormatString();
            try {
                return format == null ? raw
                    : formatter.formatRawCellContents(Double.parseDouble(raw), style.getDataFormat(), format);
            } catch (NumberFormatException e) {
                return raw;
            }
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
            default -> raw;
        };
    }
}
