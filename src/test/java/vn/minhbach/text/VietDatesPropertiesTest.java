package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What {@link VietDates} promises for every input: it never throws, never reads a date that does not exist, and
 * reads back every date written in one of the forms it knows.
 */
class VietDatesPropertiesTest {

    @Property(tries = 300)
    void neverThrowsAndStaysInsideTheText(@ForAll("texts") String text) {
        String normalized = VietText.normalize(text);
        for (VietDates.Stamp stamp : VietDates.stamps(text)) {
            assertThat(stamp.start()).isBetween(0, stamp.end());
            assertThat(stamp.end()).isLessThanOrEqualTo(normalized.length());
            assertThat(stamp.date().getYear()).isBetween(VietDates.MIN_YEAR, VietDates.MAX_YEAR);
        }
        VietDates.parseIso(text);
        VietDates.latest(text, LocalDate.of(2026, 1, 1));
    }

    @Property(tries = 300)
    void readsBackEveryDateItWrites(@ForAll("dates") LocalDate date, @ForAll("dayFirstForms") String form,
                                    @ForAll("words") String before, @ForAll("words") String after) {
        String written = DateTimeFormatter.ofPattern(form).format(date.atTime(8, 5));
        assertThat(VietDates.findAll(before + " " + written + " " + after)).as(written).containsExactly(date);
    }

    @Property(tries = 200)
    void readsBackIsoDatesAndDateTimes(@ForAll("dates") LocalDate date, @ForAll @IntRange(max = 23) int hour,
                                       @ForAll @IntRange(min = -12, max = 14) int offsetHours) {
        assertThat(VietDates.parseIso(date.toString())).contains(date);
        OffsetDateTime at = date.atTime(hour, 30).atOffset(ZoneOffset.ofHours(offsetHours));
        LocalDate seenInVietnam = at.atZoneSameInstant(VietDates.VIETNAM).toLocalDate();
        assertThat(VietDates.parseIso(at.toString())).as(at.toString()).contains(seenInVietnam);
    }

    @Property(tries = 300)
    void neverAcceptsADayTheMonthDoesNotHave(@ForAll @IntRange(min = 1990, max = 2100) int year,
                                             @ForAll @IntRange(min = 1, max = 99) int month,
                                             @ForAll @IntRange(min = 1, max = 99) int day,
                                             @ForAll("words") String before) {
        boolean exists = month <= 12 && day <= YearMonth.of(year, month).lengthOfMonth();
        String[] written = {
            String.format("%02d/%02d/%d", day, month, year), String.format("%d.%d.%d", day, month, year),
            String.format("%02d-%02d-%d", day, month, year), "ngày " + day + " tháng " + month + " năm " + year,
            String.format("%d-%02d-%02d", year, month, day), String.format("%d/%d-31/12/%d", day, month, year),
        };
        for (String text : written) {
            for (LocalDate found : VietDates.findAll(before + " " + text)) {
                assertThat(exists || found.equals(LocalDate.of(year, 12, 31)))
                        .as("%s read as %s", text, found).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.texts();
    }

    @Provide
    Arbitrary<String> words() {
        return TextArbitraries.words();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Combinators.combine(Arbitraries.integers().between(1990, 2100), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 31)).as((y, m, d) -> {
                    YearMonth month = YearMonth.of(y, m);
                    return month.atDay(Math.min(d, month.lengthOfMonth()));
                });
    }

    @Provide
    Arbitrary<String> dayFirstForms() {
        return Arbitraries.of("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "'ngày' d 'tháng' M 'năm' yyyy",
                "'ngày' dd 'tháng' MM 'năm' yyyy", "'Ngày' d 'Tháng' M, 'Năm' yyyy", "HH:mm dd/MM/yyyy",
                "dd/MM/yyyy HH:mm", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss");
    }
}
