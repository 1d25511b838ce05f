package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What {@link Periods} promises for every input: it never throws, reads back every period written the way
 * titles write it, and reads no quarter, half or month that does not exist.
 */
class PeriodsPropertiesTest {
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    @Property(tries = 300)
    void neverThrows(@ForAll("texts") String text) {
        for (Period p : Periods.findAll(text)) {
            assertThat(p.year()).isBetween(VietDates.MIN_YEAR, VietDates.MAX_YEAR);
            assertThat(p.start()).isBeforeOrEqualTo(p.end());
        }
    }

    @Property(tries = 300)
    void readsBackEveryPeriodItWrites(@ForAll("periods") Period period, @ForAll boolean upperCase,
                                      @ForAll boolean secondForm, @ForAll("words") String before) {
        String written = before + " " + written(period, secondForm) + " của UBND huyện";
        if (upperCase) {
            written = written.toUpperCase(Locale.ROOT);
        }
        assertThat(Periods.first(written)).as(written).contains(period);
    }

    @Property(tries = 200)
    void readsNoPartOfTheYearThatDoesNotExist(@ForAll @IntRange(min = 1990, max = 2100) int year,
                                              @ForAll @IntRange(min = 5, max = 99) int number) {
        for (String text : new String[] {"quý " + number + " năm " + year, "tháng " + (number + 8) + "/" + year}) {
            assertThat(Periods.findAll(text)).as(text)
                    .noneMatch(p -> p.kind() == Period.Kind.QUARTER || p.kind() == Period.Kind.MONTH);
        }
    }

    private static String written(Period p, boolean second) {
        return switch (p.kind()) {
            case YEAR -> second ? "năm tài chính " + p.year() : "năm " + p.year();
            case QUARTER -> second ? "quý " + p.number() + "/" + p.year() : "Quý " + ROMAN[p.number() - 1] + " năm " + p.year();
            case HALF_YEAR -> (p.number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + p.year();
            case NINE_MONTHS -> second ? "chín tháng đầu năm " + p.year() : "9 tháng năm " + p.year();
            case MONTH -> second ? "tháng " + p.number() + " năm " + p.year() : String.format("tháng %02d/%d", p.number(), p.year());
            case MULTI_YEAR -> second ? p.year() + "–" + p.lastYear() : "giai đoạn " + p.year() + " - " + p.lastYear();
        };
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2080);
        return Arbitraries.oneOf(years.map(Period::year),
                Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter),
                Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::half),
                years.map(Period::nineMonths),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(Period::month),
                Combinators.combine(years, Arbitraries.integers().between(1, 20)).as((y, n) -> Period.multiYear(y, y + n)));
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.texts();
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("", "Báo cáo", "Kế hoạch", "Tình hình thực hiện", "Kết quả", "(", "V/v");
    }
}
