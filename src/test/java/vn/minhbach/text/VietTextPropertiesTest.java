package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What normalisation and folding promise for every input: they never throw, applying them twice changes
 * nothing, and the spellings a page mixes (NFC and NFD, old and new tone placement, case) fold alike.
 */
class VietTextPropertiesTest {
    private static final String VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩị"
            + "òóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ";

    @Property(tries = 500)
    void normaliseAndFoldAreIdempotent(@ForAll("texts") String text) {
        String normalized = VietText.normalize(text);
        assertThat(VietText.normalize(normalized)).isEqualTo(normalized);
        String folded = VietText.fold(text);
        assertThat(VietText.fold(folded)).isEqualTo(folded);
        assertThat(VietText.fold(normalized)).isEqualTo(folded);
        String key = VietText.key(text);
        assertThat(VietText.key(key)).isEqualTo(key);
        assertThat(VietText.key(folded)).isEqualTo(key);
    }

    @Property(tries = 300)
    void foldsEverySpellingOfVietnameseAlike(@ForAll("vietnamese") String text) {
        String folded = VietText.fold(text);
        assertThat(VietText.fold(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(folded);
        assertThat(VietText.fold(text.toUpperCase(Locale.ROOT))).isEqualTo(folded);
        assertThat(folded).matches("[a-z ]*");
        if (!VietText.key(text).isEmpty()) {
            assertThat(VietText.containsFolded(text.toUpperCase(Locale.ROOT), text)).isTrue();
        }
    }

    @Property(tries = 300)
    void keyWordsNeverThrowAndAreFolded(@ForAll("texts") String key) {
        for (String word : KeyWords.of(key)) {
            assertThat(word).isNotEmpty().isEqualTo(VietText.fold(word)).doesNotContain(" ");
        }
        assertThat(KeyWords.of(String.join(" ", KeyWords.of(key)))).isEqualTo(KeyWords.of(key));
    }

    @Property(tries = 200)
    void legacyDetectionAndConversionNeverThrow(@ForAll("texts") String text) {
        LegacyVietnamese.Encoding detected = LegacyVietnamese.detect(text);
        assertThat(detected).isNotNull();
        for (LegacyVietnamese.Encoding from : LegacyVietnamese.Encoding.values()) {
            LegacyVietnamese.toUnicode(text, from);
        }
        LegacyVietnamese.fromFontRun(text, ".VnTimeH");
        LegacyVietnamese.fromFontRun(text, "VNI-Times");
    }

    @Provide
    Arbitrary<String> texts() {
        return TextArbitraries.texts();
    }

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars(VIETNAMESE).ofMaxLength(60);
    }
}
