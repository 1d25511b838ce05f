package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The parsers on the visible text of saved vbpl.vn pages (see /work/shared/samples/README.md). */
class VbplSamplesTest {

    @Test
    void searchListRows() throws IOException {
        String text = pageText("vbpl_search.html");
        assertThat(DocumentNumbers.first(text)).contains("31/VBHN-VPQH");
        assertThat(DocumentNumbers.findAll(text)).contains("33/VBHN-VPQH", "23/VBHN-VPQH").doesNotContain("31.VBHN.VPQH");
        assertThat(VietDates.first(text)).contains(LocalDate.of(2020, 12, 7));
        assertThat(VietDates.findAll(text)).hasSize(10);
        assertThat(PhoneNumbers.findAll(text)).isEmpty();
    }

    @Test
    void propertiesPage() throws IOException {
        String text = pageText("vbpl_thuoctinh.html");
        assertThat(DocumentNumbers.findAll(text)).containsOnly("101/2015/QH13");
        assertThat(VietDates.findAll(text))
                .contains(LocalDate.of(2015, 11, 27), LocalDate.of(2018, 1, 1), LocalDate.of(2015, 12, 31));
        assertThat(PhoneNumbers.findAll(text)).isEmpty();
    }

    @Test
    void consolidatedDocumentPage() throws IOException {
        String text = pageText("vbpl_v2.html");
        assertThat(DocumentNumbers.first(text)).contains("31/VBHN-VPQH");
        assertThat(DocumentNumbers.findAll(text)).contains("15/2012/QH13", "54/2014/QH13", "18/2017/QH14");
        assertThat(VietDates.findAll(text)).startsWith(LocalDate.of(2020, 12, 7), LocalDate.of(2021, 3, 26));
        assertThat(VietText.containsFolded(text, "văn bản hợp nhất")).isTrue();
    }

    @Test
    void fullTextPage() throws IOException {
        String text = pageText("vbpl_v1.html");
        assertThat(VietDates.findAll(text)).contains(LocalDate.of(2013, 11, 28), LocalDate.of(2014, 1, 1))
                .allMatch(d -> d.getYear() >= 1990);
        assertThat(PhoneNumbers.findAll(text)).isEmpty();
        assertThat(VietText.containsFolded(text, "HIEN PHAP")).isTrue();
    }

    private static String pageText(String name) throws IOException {
        try (InputStream in = VbplSamplesTest.class.getResourceAsStream("/samples/vbpl/" + name)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).text();
        }
    }
}
