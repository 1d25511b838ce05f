package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What {@link PhoneNumbers} promises for every input: it never throws, gives digits only of the lengths a
 * Vietnamese number has, reads back every mobile and landline written with the usual groupings, and reads no
 * date as a phone number.
 */
class PhoneNumbersPropertiesTest {

    @Property(tries = 300)
    void neverThrowsAndGivesWellFormedNumbers(@ForAll("texts") String text) {
        String normalized = VietText.normalize(text);
        for (PhoneNumber number : PhoneNumbers.findAll(text)) {
            assertThat(number.digits()).matches("\\d{4}|\\d{8}|\\d{10,11}");
            assertThat(normalized).contains(number.raw());
        }
    }

    @Property(tries = 300)
    void readsBackMobilesInEveryGrouping(@ForAll("mobiles") String digits, @ForAll("groupings") String grouping,
                                         @ForAll boolean international) {
        String national = digits.substring(1);
        String written = switch (grouping) {
            case "4-3-3" -> digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
            case "dots" -> digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
            case "dashes" -> digits.substring(0, 4) + "-" + digits.substring(4, 7) + "-" + digits.substring(7);
            default -> digits;
        };
        if (international) {
            written = "+84 " + national.substring(0, 3) + " " + national.substring(3);
        }
        assertThat(PhoneNumbers.findAll("Điện thoại: " + written + ", gặp chị Lan."))
                .as(written).extracting(PhoneNumber::digits).containsExactly(digits);
    }

    @Property(tries = 200)
    void readsBackLandlines(@ForAll @IntRange(min = 203, max = 299) int area, @ForAll @IntRange(min = 3000000, max = 3999999) int local) {
        String digits = "0" + area + local;
        for (String written : new String[] {"0" + area + "." + local, "(0" + area + ") " + local, "0" + area + " " + local}) {
            assertThat(PhoneNumbers.findAll("ĐT: " + written)).as(written)
                    .extracting(PhoneNumber::digits).containsExactly(digits);
        }
    }

    @Property(tries = 200)
    void readsNoDateAsAPhone(@ForAll @IntRange(min = 1, max = 31) int day, @ForAll @IntRange(min = 1, max = 12) int month,
                             @ForAll @IntRange(min = 1990, max = 2100) int year) {
        for (String sep : new String[] {"/", ".", "-"}) {
            assertThat(PhoneNumbers.findAll(String.format("ngày %02d%s%02d%s%d", day, sep, month, sep, year))).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.of("032", "038", "052", "070", "077", "081", "089", "090", "091", "098"),
                Arbitraries.strings().numeric().ofLength(7)).as(String::concat);
    }

    @Provide
    Arbitrary<String> groupings() {
        return Arbitraries.of("4-3-3", "dots", "dashes", "none");
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.texts();
    }
}
