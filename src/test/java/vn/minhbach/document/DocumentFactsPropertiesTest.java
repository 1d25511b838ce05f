package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.minhbach.text.TextArbitraries;
import vn.minhbach.text.VietText;

/**
 * What reading a document's header promises for every text: it never throws, a line keeps its folded form
 * aligned with its text, the số ký hiệu it gives is written in the text (in capitals or not), and a header
 * dated with a day the month does not have gives no date.
 */
class DocumentFactsPropertiesTest {

    @Property(tries = 300)
    void neverThrowsAndReadsOnlyWhatIsWritten(@ForAll("documents") String text) {
        DocumentFacts facts = DocumentFactsReader.read(text);
        if (facts.number() != null) {
            // a number typed in lower case is read in capitals: "số 125/kh-ubnd" is 125/KH-UBND
            assertThat(VietText.normalize(text).replaceAll("\\s+", "").toUpperCase(Locale.ROOT))
                    .contains(facts.number().toUpperCase(Locale.ROOT));
        }
        if (facts.issued() != null) {
            assertThat(facts.issued().getYear()).isBetween(1990, 2100);
        }
        for (TextLine line : TextLine.split(text, 50)) {
            assertThat(line.folded()).hasSameSizeAs(line.text());
        }
    }

    @Property(tries = 200)
    void readsNoDayTheMonthDoesNotHave(@ForAll @IntRange(min = 1, max = 40) int day,
                                       @ForAll @IntRange(min = 1, max = 14) int month,
                                       @ForAll @IntRange(min = 1990, max = 2100) int year) {
        String header = "ỦY BAN NHÂN DÂN\nHUYỆN LÝ SƠN\nSố: 125/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nLý Sơn, ngày " + day + " tháng " + month + " năm " + year
                + "\nKẾ HOẠCH\nThực hiện công tác năm " + year;
        LocalDate issued = DocumentFactsReader.read(header).issued();
        boolean exists = month <= 12 && day <= YearMonth.of(year, month).lengthOfMonth();
        assertThat(issued).isEqualTo(exists ? LocalDate.of(year, month, day) : null);
    }

    @Property(tries = 20)
    void readsLongRepetitiveLines(@ForAll("longRuns") String line) {
        DocumentFactsReader.read("ỦY BAN NHÂN DÂN\nSố: " + line + "\nKẾ HOẠCH\n" + line);
    }

    @Provide
    Arbitrary<String> longRuns() {
        return TextArbitraries.longRuns();
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> lines = Arbitraries.oneOf(TextArbitraries.pageLike(12), Arbitraries.of("ỦY BAN NHÂN DÂN",
                "Số: 125/KH-UBND", "Số:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Lý Sơn, ngày 31 tháng 02 năm 2026", "ngày   tháng 10 năm 2026", "KẾ HOẠCH", "QUYẾT ĐỊNH",
                "V/v báo cáo 6 tháng đầu năm và phương hướng 6 tháng cuối năm 2026", "Căn cứ Luật", "a \u0301 b",
                "\u0301", "Điều 1.", "\r\n", "\u2028"));
        return lines.list().ofMaxSize(14).map(l -> String.join("\n", l));
    }
}
