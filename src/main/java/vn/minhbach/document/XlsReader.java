package vn.minhbach.document;

import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Excel 97-2003 (.xls) through POI HSSF: the first sheets, row by row up to a bound, each cell's text as Excel
 * shows it (formulas by their cached result) in the cell's font; a cell whose text mixes fonts is read run by run.
 */
final class XlsReader {

    private XlsReader() {
    }

    static Integer read(byte[] body, RunText out) throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(OfficeReader.ole2(body))) {
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            int sheets = Math.min(book.getNumberOfSheets(), OfficeReader.MAX_SHEETS);
            for (int s = 0; s < sheets && !out.full(); s++) {
                HSSFSheet sheet = book.getSheetAt(s);
                int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + OfficeReader.MAX_ROWS);
                for (int r = sheet.getFirstRowNum(); r <= last && !out.full(); r++) {
                    row(book, sheet.getRow(r), formatter, out);
                }
                out.newline();
            }
        }
        // a workbook has no page count of its own
        return null;
    }

    private static void row(HSSFWorkbook book, HSSFRow row, DataFormatter formatter, RunText out) {
        if (row == null) {
            return;
        }
        int last = Math.min(row.getLastCellNum(), OfficeReader.MAX_CELLS);
        for (int c = Math.max(row.getFirstCellNum(), 0); c < last; c++) {
            HSSFCell cell = row.getCell(c);
            if (cell == null) {
                continue;
            }
            String font = book.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
            if (cell.getCellType() == CellType.STRING) {
                runs(book, cell.getRichStringCellValue(), font, out);
            } else {
                out.append(formatter.formatCellValue(cell), font);
            }
            out.cell();
        }
        out.newline();
    }

    /** A string cell, each formatting run in its own font (the text before the first run in the cell's). */
    private static void runs(HSSFWorkbook book, HSSFRichTextString value, String cellFont, RunText out) {
        String text = value.getString();
        int start = 0;
        String font = cellFont;
        for (int i = 0; i < value.numFormattingRuns(); i++) {
            int end = Math.min(value.getIndexOfFormattingRun(i), text.length());
            out.append(text.substring(start, Math.max(start, end)), font);
            start = Math.max(start, end);
            font = book.getFontAt(value.getFontOfFormattingRun(i)).getFontName();
        }
        out.append(text.substring(start), font);
    }
}
