package vn.minhbach.demo;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.text.Normalizer;
import vn.minhbach.text.VietText;

/** The Vietnamese text forms the demo serves on purpose: slugs, decomposed (NFD) text and windows-1258 bytes. */
final class DemoText {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private DemoText() {
    }

    /** An ASCII URL slug: diacritics dropped, đ folded to d. */
    static String slug(String title) {
        String slug = VietText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    /** The text in canonical decomposed form, as macOS-made or legacy-converted pages carry it. */
    static String decomposed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /**
     * Encodes text as windows-1258. That code page has the base letters (ă, â, ê, ô, ơ, ư, đ and a few
     * accented vowels) but puts most tone marks in separate combining characters, so each letter is first
     * decomposed and then rebuilt from the largest precomposed part the code page holds.
     */
    static byte[] windows1258(String text) {
        CharsetEncoder encoder = WINDOWS_1258.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            int end = i + 1;
            while (end < nfd.length() && Character.getType(nfd.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            out.append(cluster(nfd.substring(i, end), encoder));
            i = end;
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(out));
            byte[] result = new byte[bytes.remaining()];
            bytes.get(result);
            return result;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("text has characters windows-1258 cannot hold", e);
        }
    }

    private static String cluster(String cluster, CharsetEncoder encoder) {
        StringBuilder base = new StringBuilder().append(cluster.charAt(0));
        StringBuilder marks = new StringBuilder(cluster.substring(1));
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int m = 0; m < marks.length(); m++) {
                String composed = Normalizer.normalize(base + String.valueOf(marks.charAt(m)), Normalizer.Form.NFC);
                if (composed.length() == 1 && encoder.canEncode(composed.charAt(0))) {
                    base.setLength(0);
                    base.append(composed);
                    marks.deleteCharAt(m);
                    merged = true;
                    break;
                }
            }
        }
        return base.append(marks).toString();
    }
}
