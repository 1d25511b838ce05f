package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.demo.DemoServer;
import vn.minhbach.demo.Skin;
import vn.minhbach.report.SchemaCheck;

/**
 * The reports and the summary in English end to end, on the demo sites: {@code audit --lang en}, the config's
 * {@code report.lang}, and {@code --lang vi} overriding it.
 */
class LanguageIT {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    @Test
    void auditLangEnWritesEveryReportAndTheSummaryInEnglish() throws Exception {
        try (DemoServer demo = DemoServer.start(AS_OF, Skin.DEFAULT)) {
            Path config = dir.resolve("demo.yaml");
            Files.writeString(config, demo.configYaml());
            Path out = dir.resolve("en");
            CliRun run = CliRun.of("audit", "--no-history", "-c", config.toString(), "--as-of", AS_OF.toString(),
                    "-o", out.toString(), "--format", "json,html,csv,xlsx", "--lang", "en");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(run.out()).contains("Verdict", "Reason", "Score ").doesNotContain("Kết quả", "Điểm ");
            assertEnglish(out);
        }
    }

    @Test
    void theConfigsReportLangIsTheDefaultAndLangOverridesIt() throws Exception {
        try (DemoServer demo = DemoServer.start(AS_OF, Skin.DEFAULT)) {
            Path config = dir.resolve("demo.yaml");
            Files.writeString(config, demo.configYaml() + "report:\n  lang: en\n");
            Path en = dir.resolve("en");
            CliRun english = CliRun.of("audit", "--no-history", "-c", config.toString(), "--as-of",
                    AS_OF.toString(), "-o", en.toString(), "--format", "json,html,csv,xlsx");
            assertThat(english.exitCode()).as(english.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertEnglish(en);

            Path vi = dir.resolve("vi");
            CliRun vietnamese = CliRun.of("audit", "--no-history", "-c", config.toString(), "--as-of",
                    AS_OF.toString(), "-o", vi.toString(), "--lang", "vi");
            assertThat(vietnamese.out()).contains("Kết quả", "Điểm ");
            Document html = Jsoup.parse(Files.readString(vi.resolve("report.html")));
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo("vi");
            assertThat(html.selectFirst("h1").text()).isEqualTo("Báo cáo kiểm tra công khai thông tin");
        }
    }

    @Test
    void demoLangEn() throws Exception {
        CliRun run = CliRun.of("demo", "--as-of", AS_OF.toString(), "-o", dir.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
        assertThat(run.out()).contains("Not applicable", "Score ");
        Document html = Jsoup.parse(Files.readString(dir.resolve("report.html")));
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    private static void assertEnglish(Path out) throws Exception {
        Document html = Jsoup.parse(Files.readString(out.resolve("report.html")));
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Information disclosure audit report");
        assertThat(html.select("section.criterion > h2").eachText()).contains("Criterion 3: Budget disclosure");
        assertThat(html.select("#thong-tin-trang").text()).contains("Pages fetched", "Search function");

        String json = Files.readString(out.resolve("report.json"));
        assertThat(SchemaCheck.errors(json)).isEmpty();

        assertThat(Files.readString(out.resolve("report.csv")).lines().findFirst().orElseThrow())
                .endsWith("id,criterion,site,title,status,reason,expected,latest,basis,version,evidence_urls");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(
                out.resolve("report.xlsx"))))) {
            assertThat(book.getSheetName(0)).isEqualTo("Items");
            assertThat(book.getSheet("Items").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Verdict");
        }
    }
}
