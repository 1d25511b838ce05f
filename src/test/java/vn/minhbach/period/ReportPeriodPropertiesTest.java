package vn.minhbach.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.minhbach.text.Period;

/**
 * What {@code minhbach report --period} promises for every input: a text is either one of the five forms, read
 * to the span it names, or refused with an {@link IllegalArgumentException} (never another exception); and a
 * period's label, and the key report.json gives a period, read back as the same span.
 */
class ReportPeriodPropertiesTest {

    @Property(tries = 500)
    void readsOrRefusesEveryText(@ForAll("texts") String text) {
        try {
            ReportPeriod period = ReportPeriod.parse(text);
            assertThat(period.start()).isBeforeOrEqualTo(period.end());
            assertThat(ReportPeriod.parse(period.label())).isEqualTo(period);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void readsBackEveryKeyItWrites(@ForAll("periods") Period period) {
        ReportPeriod read = ReportPeriod.parse(period.key());
        assertThat(read.start()).isEqualTo(period.start());
        assertThat(read.end()).isEqualTo(period.end());
        assertThat(read.label()).isEqualTo(period.key());
    }

    @Property(tries = 300)
    void readsBackEveryRange(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 4000) int days) {
        LocalDate to = from.plusDays(days);
        ReportPeriod read = ReportPeriod.parse(from + ".." + to);
        assertThat(read.start()).isEqualTo(from);
        assertThat(read.end()).isEqualTo(to);
        assertThat(ReportPeriod.parse(read.label())).isEqualTo(read);
    }

    @Property(tries = 200)
    void refusesDaysAndMonthsThatDoNotExist(@ForAll @IntRange(min = 1990, max = 2100) int year,
                                            @ForAll @IntRange(min = 13, max = 99) int month) {
        assertThatThrownBy(() -> ReportPeriod.parse(year + "-" + month)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportPeriod.parse(year + "-02-31.." + year + "-03-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportPeriod.parse(year + "-Q" + (month % 10 + 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("2026", "0000", "9999", "-", "H", "h", "Q", "q", "0", "1", "2", "5",
                "13", "12", "..", ".", " ", "\u00A0", "-01-01", "-02-29", "-02-30", "+", "x", "\u0000", "٢٠٢٦")
                .list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(pieces, Arbitraries.strings().all().ofMaxLength(30));
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2100);
        return Arbitraries.oneOf(years.map(Period::year),
                Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter),
                Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::half),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(Period::month));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 60000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }
}
