package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** report.xlsx and period.xlsx read back with POI: typed cells, frozen headers, filters, links. */
class WorkbooksTest {

    @Test
    void thePeriodWorkbookHoldsNumbersAndDatesNotText() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(PeriodXlsx.render(PeriodExample.report())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            XSSFSheet items = book.getSheet("Mục");
            assertFrozenAndFiltered(items, "A1:S7");
            var budget = items.getRow(4);
            assertThat(budget.getCell(0).getStringCellValue()).isEqualTo("budget.execution");
            assertThat(budget.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(budget.getCell(3).getNumericCellValue()).isEqualTo(149);
            assertThat(budget.getCell(5).getNumericCellValue()).isEqualTo(0.847);
            assertThat(budget.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(budget.getCell(13))).isTrue();
            assertThat(budget.getCell(13).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            XSSFSheet months = book.getSheet("Theo tháng");
            assertThat(DateUtil.isCellDateFormatted(months.getRow(1).getCell(3))).isTrue();
            assertThat(months.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("mm/yyyy");
        }
    }

    @Test
    void theAuditWorkbookLinksEvidenceButNeverAScript() throws Exception {
        var run = ReportFixture.run();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(AuditXlsx.render(run)))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Mục");
            XSSFSheet items = book.getSheet("Mục");
            assertFrozenAndFiltered(items, "A1:N" + (run.items().size() + 1));
            assertThat(items.getRow(1).getCell(11).getHyperlink().getAddress())
                    .isEqualTo(run.items().get(0).evidence().get(0).url().toString());
            assertThat(DateUtil.isCellDateFormatted(items.getRow(1).getCell(8))).isTrue();
            for (var row : items) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getHyperlink() != null) {
                        assertThat(cell.getHyperlink().getAddress()).startsWith("http");
                    }
                }
            }
            assertThat(book.getSheet("Liên kết hỏng").getPhysicalNumberOfRows()).isEqualTo(run.brokenLinks().size() + 1);
            assertThat(book.getSheet("Thông tin trang").getRow(1).getCell(3).getNumericCellValue()).isEqualTo(412);
        }
    }

    private static void assertFrozenAndFiltered(XSSFSheet sheet, String filter) {
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo(filter);
        assertThat(sheet.getWorkbook().getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                .isTrue();
    }
}
