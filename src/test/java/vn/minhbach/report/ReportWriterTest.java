package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.model.AuditRun;

class ReportWriterTest {

    private final AuditRun run = ReportFixture.run();

    @Test
    void writesEveryFormatAskedIntoANewDirectory(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("reports").resolve("2026-11-28T020000");
        List<Path> written = ReportWriter.write(run, dir, EnumSet.allOf(ReportFormat.class));
        assertThat(written).containsExactly(dir.resolve("report.json"), dir.resolve("report.html"),
                dir.resolve("report.csv"), dir.resolve("report.xlsx"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.json",
                    "report.html", "report.csv", "report.xlsx");
        }
        String json = Files.readString(dir.resolve("report.json"), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.errors(json)).isEmpty();
        assertThat(json).contains("UBND đặc khu Lý Sơn");
        assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8))
                .isEqualTo(HtmlReport.render(run));
        byte[] csv = Files.readAllBytes(dir.resolve("report.csv"));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(CsvReport.render(run));
    }

    @Test
    void writesOnlyWhatIsAskedAndReplacesOldFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("report.json"), "old");
        List<Path> written = ReportWriter.write(run, dir, ReportFormat.parse("json"));
        assertThat(written).containsExactly(dir.resolve("report.json"));
        assertThat(Files.readString(dir.resolve("report.json"))).startsWith("{");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
        }
    }
}
