package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;

/** report.xlsx in English as LibreOffice reads it: English sheet names, headers, verdicts, dates and facts. */
class EnglishWorkbookIT {
    @TempDir
    Path dir;

    @Test
    void theEnglishAuditWorkbookReadsInEnglish() throws Exception {
        var run = ReportFixture.run();
        Path xlsx = Files.write(dir.resolve("report.xlsx"), AuditXlsx.render(Messages.of(Lang.EN), run));
        List<Path> sheets = new LibreOffice(dir).convert(xlsx, LibreOffice.CSV_ALL_SHEETS, dir.resolve("csv"));
        List<String> items = lines(sheets, "Items");
        assertThat(items.get(0)).startsWith("Item code,Criterion,Site,Item,Verdict,Verdict code,Reason,Expected,"
                + "Latest date,Legal basis,Rule version,Evidence 1");
        assertThat(items.get(1)).startsWith("planning.annual-plan,1,Government web portal,").contains(",Pass,PASS,")
                .contains(",20 Jan 2026,");
        assertThat(lines(sheets, "Broken links").get(0)).startsWith("Link,HTTP status,Problem");
        assertThat(lines(sheets, "About the sites")).contains(
                "Government web portal," + ReportFixture.PORTAL + ",Pages fetched,412",
                "Government web portal," + ReportFixture.PORTAL + ",Search function,Yes");
    }

    private static List<String> lines(List<Path> files, String sheet) throws Exception {
        Path file = files.stream().filter(f -> f.getFileName().toString().endsWith("-" + sheet + ".csv")).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + sheet + " in " + files));
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
