package vn.minhbach.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell types and sheet layout that report.xlsx and period.xlsx share: a bold header row frozen at the top
 * with an auto-filter over the table, dates as date cells ({@code dd/mm/yyyy}), months as the first day of the
 * month shown {@code mm/yyyy}, counts as whole numbers and shares as percentages, so a spreadsheet sorts,
 * filters and sums them without conversion. Text is always a string cell: crawled text is never a formula.
 */
final class Workbooks {
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle month;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle link;
    private final CellStyle text;

    Workbooks() {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        var format = book.createDataFormat();
        date = book.createCellStyle();
        date.setDataFormat(format.getFormat("dd/mm/yyyy"));
        month = book.createCellStyle();
        month.setDataFormat(format.getFormat("mm/yyyy"));
        integer = book.createCellStyle();
        integer.setDataFormat(format.getFormat("0"));
        decimal = book.createCellStyle();
        decimal.setDataFormat(format.getFormat("0.##"));
        percent = book.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
        Font blue = book.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = book.createCellStyle();
        link.setFont(blue);
        text = book.createCellStyle();
        text.setWrapText(false);
    }

    /** A month, written as its first day with a month format. */
    record Month(LocalDate firstDay) {
    }

    /** A share given in percent (66.5 for 66,5%), written as the fraction with a percent format. */
    /** Yes or no in the words of the workbook's language, written as a {@link Boolean} is. */
    record Answer(String words) {
    }

    record Percent(double value) {
    }

    /**
     * A sheet whose first row is {@code headers} (frozen, filtered over all rows written), then one row per
     * entry of {@code rows}. Cells take their type from the value: null stays empty; {@link LocalDate},
     * {@link Month}, {@link Percent}, {@link Integer} and {@link Long} (whole numbers), {@link Double}, {@link URI}
     * (a hyperlink when http or https), {@link Boolean} (Có/Không) and {@link Answer}; anything else is text.
     *
     * @param widths each column's width in characters
     */
    void sheet(String name, List<String> headers, List<Integer> widths, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) != null) {
                    put(row.createCell(c), values.get(c));
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, headers.size() - 1));
    }

    private void put(Cell cell, Object value) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Month m) {
            cell.setCellValue(m.firstDay());
            cell.setCellStyle(month);
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.value() / 100);
            cell.setCellStyle(percent);
        } else if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).longValue());
            cell.setCellStyle(integer);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(decimal);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(Labels.yesNo(b));
        } else if (value instanceof Answer a) {
            cell.setCellValue(a.words());
        } else if (value instanceof URI uri) {
            cell.setCellValue(uri.toString());
            if (HtmlView.clickable(uri)) {
                Hyperlink hyperlink = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
                hyperlink.setAddress(uri.toASCIIString());
                cell.setHyperlink(hyperlink);
                cell.setCellStyle(link);
            }
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(text);
        }
    }

    /** The workbook as the bytes of an .xlsx file. */
    byte[] bytes() {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
