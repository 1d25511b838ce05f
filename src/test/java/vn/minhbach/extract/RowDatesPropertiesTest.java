package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.minhbach.text.TextArbitraries;
import vn.minhbach.text.VietDates;

/**
 * What the readers of a row's dates ({@link RowDates}, {@link StatedDates}) promise for every text: they never
 * throw, give only dates the text holds, and read the date written right after the row's own number.
 */
class RowDatesPropertiesTest {

    @Property(tries = 300)
    void neverThrowAndGiveOnlyDatesOfTheText(@ForAll("texts") String text, @ForAll("numbers") String ownNumber) {
        LocalDate issued = RowDates.issued(text, ownNumber);
        LocalDate last = StatedDates.last(text);
        LocalDate published = StatedDates.firstPublished(text);
        for (LocalDate date : new LocalDate[] {issued, last, published}) {
            if (date != null) {
                assertThat(VietDates.findAll(text)).contains(date);
            }
        }
    }

    @Property(tries = 200)
    void readTheDateAfterTheRowsOwnNumber(@ForAll @IntRange(min = 1, max = 28) int day,
                                          @ForAll @IntRange(min = 1, max = 12) int month,
                                          @ForAll @IntRange(min = 2000, max = 2030) int year) {
        String row = "Quyết định số 37/" + year + "/QĐ-UBND ngày " + day + "/" + month + "/" + year
                + " bãi bỏ Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025, có hiệu lực từ ngày 01/01/2031";
        assertThat(RowDates.issued(row, "37/" + year + "/QĐ-UBND")).isEqualTo(LocalDate.of(year, month, day));
        assertThat(RowDates.issued(row, null)).isNull();
    }

    @Property(tries = 20)
    void readLongRepetitiveRows(@ForAll("longRuns") String text) {
        RowDates.issued(text, "125/KH-UBND");
        StatedDates.firstPublished(text);
        Folded.of(text).labelEnd(List.of("dia chi"));
    }

    @Provide
    Arbitrary<String> longRuns() {
        return TextArbitraries.longRuns();
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.texts();
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.of("125/KH-UBND", "37/2026/QĐ-UBND", "", "/", "1/", "0255").injectNull(0.2);
    }
}
