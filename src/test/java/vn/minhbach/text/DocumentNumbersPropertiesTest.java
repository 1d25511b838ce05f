package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What {@link DocumentNumbers} promises for every input: it never throws, every number it gives is written in
 * the text, every number written as số ký hiệu is read back, and no date is a document number.
 */
class DocumentNumbersPropertiesTest {

    @Property(tries = 300)
    void neverThrowsAndGivesOnlyWhatIsWritten(@ForAll("texts") String text) {
        String normalized = VietText.normalize(text);
        for (String number : DocumentNumbers.findAll(text)) {
            assertThat(normalized).contains(number);
            assertThat(number).contains("/");
        }
    }

    @Property(tries = 300)
    void readsBackEveryNumberItWrites(@ForAll("numbers") String number, @ForAll("words") String before) {
        assertThat(DocumentNumbers.findAll(before + " " + number + " ngày 01/02/2026")).containsExactly(number);
    }

    @Property(tries = 200)
    void readsNoDateAsANumber(@ForAll @IntRange(min = 1, max = 31) int day, @ForAll @IntRange(min = 1, max = 12) int month,
                              @ForAll @IntRange(min = 1990, max = 2100) int year) {
        assertThat(DocumentNumbers.findAll(day + "/" + month + "/" + year)).isEmpty();
        assertThat(DocumentNumbers.findAll(LocalDate.of(2026, 1, 1) + " " + day + "/" + month)).isEmpty();
    }

    @Provide
    Arbitrary<String> numbers() {
        Arbitrary<String> segment = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').withChars("ĐƯƠ").ofMinLength(2).ofMaxLength(5),
                Arbitraries.of("", "", "13", "1"), Arbitraries.of("", "", "g"))
                .as((letters, digits, tail) -> letters + digits + tail);
        return Combinators.combine(Arbitraries.integers().between(1, 99999), Arbitraries.of("", "", "a"),
                Arbitraries.of("", "2022/", "2026/"), segment.list().ofMinSize(1).ofMaxSize(3))
                .as((n, suffix, year, code) -> n + suffix + "/" + year + String.join("-", code));
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.texts();
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("", "Số:", "Quyết định số", "Căn cứ", "(", "theo Kế hoạch");
    }
}
