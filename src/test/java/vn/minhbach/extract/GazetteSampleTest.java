package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The saved Sơn La gazette pages (samples/congbao-sonla, facts in the samples README). */
class GazetteSampleTest {

    private static List<LegalDocRow> issue() {
        return LegalDocExtractor.extract(Samples.GAZETTE_ISSUE,
                Samples.congbao("documents_by_gazette_sample.html", Samples.GAZETTE_ISSUE));
    }

    @Test
    void everyRowOfTheFragmentIsOneDocument() {
        assertThat(issue()).extracting(LegalDocRow::number).containsExactly("37/2026/QĐ-UBND", "38/2026/QĐ-UBND",
                "39/2026/QĐ-UBND", "1725/QĐ-UBND", "1764/QĐ-UBND", "1782/QĐ-UBND", "1783/QĐ-UBND", "1784/QĐ-UBND",
                "1785/QĐ-UBND", "1786/QĐ-UBND", "1797/QĐ-UBND");
    }

    @Test
    void issueDatesComeFromTheFirstCellNotFromTheAbstracts() {
        List<LegalDocRow> rows = issue();
        assertThat(rows).allSatisfy(r -> assertThat(r.issued()).isNotNull().isNotEqualTo(LocalDate.of(2025, 8, 24)));
        assertThat(rows).extracting(r -> r.issued().toString()).containsExactly("2026-07-13", "2026-07-13",
                "2026-07-23", "2026-07-11", "2026-07-14", "2026-07-17", "2026-07-17", "2026-07-17", "2026-07-17",
                "2026-07-17", "2026-07-20");
        LegalDocRow newest = rows.stream().max(Comparator.comparing(LegalDocRow::issued)).orElseThrow();
        assertThat(newest.number()).isEqualTo("39/2026/QĐ-UBND");
        assertThat(newest.issued()).isEqualTo(LocalDate.of(2026, 7, 23));
    }

    @Test
    void eachDocumentHasItsWordFileAndItsPage() {
        List<LegalDocRow> rows = issue();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.files()).singleElement().satisfies(f -> assertThat(f.getPath()).matches(".*/\\$file/QD so .*\\.docx?"));
            assertThat(r.url().getQuery()).startsWith("openForm&ParentUNID=");
            assertThat(r.summary()).startsWith("Quyết định của");
        });
        assertThat(rows.get(0).files().get(0)).isEqualTo(URI.create(
                "https://congbao.sonla.gov.vn/congbao.nsf/2979FBD220E3084E47258E33002A7EF2/$file/QD%20so%2037.2026.doc"));
    }

    @Test
    void theFragmentKeepsItsRowsOnlyWhenParsedInsideATable() throws IOException {
        assertThat(Samples.congbao("documents_by_gazette_sample.html", Samples.GAZETTE_ISSUE).select("tr")).hasSize(16);
        String raw;
        try (InputStream in = getClass().getResourceAsStream("/samples/congbao-sonla/documents_by_gazette_sample.html")) {
            raw = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Jsoup.parse(raw, Samples.GAZETTE_ISSUE.toString()).select("tr, td")).isEmpty();
    }

    @Test
    void theCatalogueWithAnEmptyResultTableListsNoDocument() {
        List<LegalDocRow> rows = LegalDocExtractor.extract(Samples.GAZETTE_CATALOGUE,
                Samples.congbao("danh_muc.html", Samples.GAZETTE_CATALOGUE));
        assertThat(rows).isEmpty();
    }
}
