package vn.minhbach.text;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every text parser on long repetitive texts (a table of figures, a run of codes, a page of separators): it
 * answers without throwing, a {@link StackOverflowError} included.
 */
class LongTextsPropertiesTest {

    @Property(tries = 25)
    void everyParserReadsLongRepetitiveTexts(@ForAll("longRuns") String text) {
        VietDates.findAll(text);
        Periods.findAll(text);
        DocumentNumbers.findAll(text);
        PhoneNumbers.findAll(text);
        VietText.key(text);
        KeyWords.of(text);
        LegacyVietnamese.detect(text);
    }

    @Provide
    Arbitrary<String> longRuns() {
        return TextArbitraries.longRuns();
    }
}
