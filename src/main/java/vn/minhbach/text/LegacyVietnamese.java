package vn.minhbach.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two legacy Vietnamese encodings still found in government attachments (domain notes §8), told apart and
 * converted to Unicode NFC.
 *
 * <ul>
 *   <li><b>TCVN3</b> (ABC, TCVN 5712 VN3; the ".Vn" fonts: .VnTime, .VnArial): one byte per letter, read as
 *       Latin-1 ("Ninh B×nh" is "Ninh Bình"). It has no capital toned letters; the all-caps fonts (.VnTimeH) draw
 *       capitals at the lower-case codes, so their text converts to lower case unless the font is known.</li>
 *   <li><b>VNI-Windows</b> (the "VNI-" fonts): a base letter followed by a byte for its marks ("chaøo" is
 *       "chào"); ơ, ư, đ and the toned i are single bytes.</li>
 * </ul>
 *
 * <p>{@link #detect} is conservative: Latin-1 letters are also French, German or Spanish, so a text counts as
 * legacy only when the words it would change become well-formed Vietnamese syllables, and clearly more of them
 * than become garbage.
 */
public final class LegacyVietnamese {

    /** The encoding a text was typed in. */
    public enum Encoding {
        UNICODE, TCVN3, VNI;

        /** The name report.json gives it. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Tone marks in the order the tables below list the toned forms: grave, acute, hook, tilde, dot below. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";
    /** For each vowel, its TCVN3 codes (as Latin-1 chars) with the five tones in {@link #TONES} order. */
    private static final String[][] TCVN3_TONED = {
        {"a", "µ¸¶·¹"}, {"ă", "»¾¼½Æ"}, {"â", "ÇÊÈÉË"}, {"e", "ÌÐÎÏÑ"}, {"ê", "ÒÕÓÔÖ"}, {"i", "×ÝØÜÞ"},
        {"o", "ßãáâä"}, {"ô", "åèæçé"}, {"ơ", "êíëìî"}, {"u", "ïóñòô"}, {"ư", "õøö÷ù"}, {"y", "úýûüþ"},
    };
    /** TCVN3 codes of the letters without a tone: ă â ê ô ơ ư đ and the seven capitals the code page has. */
    private static final String TCVN3_PLAIN_CODES = "¨©ª«¬\u00AD®¡¢£¤¥¦§";
    private static final String TCVN3_PLAIN_LETTERS = "ăâêôơưđĂÂÊÔƠƯĐ";
    /** TCVN3 code (a char below 256) to its Unicode letter, or 0. */
    private static final char[] TCVN3 = new char[256];

    /** VNI bytes after a vowel: the tone alone, in {@link #TONES} order. */
    private static final String VNI_TONE = "øùûõï";
    /** VNI bytes after a, e, o: circumflex, then circumflex with each tone. */
    private static final String VNI_CIRCUMFLEX = "âàáåãä";
    /** VNI bytes after a: breve, then breve with each tone. */
    private static final String VNI_BREVE = "êèéúüë";
    /** VNI single bytes: ơ ư đ, and i and y with the tones they carry as one byte. */
    private static final String VNI_SINGLE_CODES = "ôöñíìæóòîÔÖÑÍÌÆÓÒÎ";
    private static final String VNI_SINGLE_LETTERS = "ơưđíìỉĩịỵƠƯĐÍÌỈĨỊỴ";

    /** Vowel nuclei of Vietnamese syllables, tones removed (after "qu" and "gi" the u and i belong to the onset). */
    private static final Set<String> NUCLEI = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôi", "ơi",
        "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oao", "oay", "oeo",
        "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu");
    /** Onset, nucleus, coda; backtracking lets the onsets "gi" and "qu" give back their vowel ("gìn" is g-i-n). */
    private static final Pattern SYLLABLE = Pattern.compile("(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
        + "(?:" + String.join("|", NUCLEI.stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")"
        + "(?:ch|ng|nh|[cmnpt])?");

    static {
        for (String[] row : TCVN3_TONED) {
            for (int t = 0; t < TONES.length(); t++) {
                TCVN3[row[1].charAt(t)] = compose(row[0].charAt(0), TONES.charAt(t));
            }
        }
        for (int i = 0; i < TCVN3_PLAIN_CODES.length(); i++) {
            TCVN3[TCVN3_PLAIN_CODES.charAt(i)] = TCVN3_PLAIN_LETTERS.charAt(i);
        }
    }

    private LegacyVietnamese() {
    }

    /**
     * The encoding {@code text} was typed in: TCVN3 or VNI when enough of the words it would change become
     * Vietnamese syllables; UNICODE for proper Unicode Vietnamese, ASCII, other languages and anything unsure.
     */
    public static Encoding detect(String text) {
        if (text == null || text.isEmpty()) {
            return Encoding.UNICODE;
        }
        Evidence tcvn3 = new Evidence();
        Evidence vni = new Evidence();
        int words = 0;
        int unicodeWords = 0;
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            words++;
            if (hasUnicodeVietnamese(word)) {
                unicodeWords++;
            } else if (hasAsciiLetter(word)) {
                tcvn3.add(word, tcvn3ToUnicode(word), hasTcvn3Symbol(word));
                vni.add(word, vniToUnicode(word), false);
            }
        }
        boolean isTcvn3 = tcvn3.convincing(words, unicodeWords);
        boolean isVni = vni.convincing(words, unicodeWords);
        if (isTcvn3 && (!isVni || tcvn3.good.size() >= vni.good.size())) {
            return Encoding.TCVN3;
        }
        return isVni ? Encoding.VNI : Encoding.UNICODE;
    }

    /** {@code text} typed in {@code from}, in Unicode NFC. UNICODE only normalises. */
    public static String toUnicode(String text, Encoding from) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String converted = switch (from) {
            case TCVN3 -> tcvn3ToUnicode(text);
            case VNI -> vniToUnicode(text);
            case UNICODE -> text;
        };
        return Normalizer.normalize(converted, Normalizer.Form.NFC);
    }

    /** The encoding a font name tells: ".Vn…" fonts are TCVN3, "VNI-…" fonts VNI, others UNICODE. */
    public static Encoding ofFont(String fontName) {
        if (fontName == null) {
            return Encoding.UNICODE;
        }
        String name = fontName.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(".vn")) {
            return Encoding.TCVN3;
        }
        return name.startsWith("vni-") || name.startsWith("vni ") ? Encoding.VNI : Encoding.UNICODE;
    }

    /**
     * A run of a Word, Excel or ODF document in Unicode, its encoding told by its font ({@link #ofFont}). The
     * TCVN3 all-caps fonts (".VnTimeH", ".VnArialH": their names end in a capital H) draw every letter as a
     * capital, so their text is upper-cased as the reader sees it. A run that already holds Unicode Vietnamese
     * letters (text converted without its font changed) is left as it is.
     */
    public static String fromFontRun(String text, String fontName) {
        Encoding encoding = ofFont(fontName);
        if (encoding == Encoding.UNICODE || text == null || hasUnicodeVietnamese(text)) {
            return text;
        }
        String converted = toUnicode(text, encoding);
        return encoding == Encoding.TCVN3 && fontName.strip().endsWith("H")
            ? converted.toUpperCase(Locale.ROOT) : converted;
    }

    private static String tcvn3ToUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char letter = c < 256 ? TCVN3[c] : 0;
            out.append(letter != 0 ? letter : c);
        }
        return out.toString();
    }

    private static String vniToUnicode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char base = vniBase(c);
            char marked = base != 0 && i + 1 < text.length() ? vniMark(base, text.charAt(i + 1)) : 0;
            if (marked != 0) {
                out.append(marked);
                i++;
                continue;
            }
            int single = VNI_SINGLE_CODES.indexOf(c);
            out.append(single >= 0 ? VNI_SINGLE_LETTERS.charAt(single) : c);
        }
        return out.toString();
    }

    /** The vowel a VNI byte stands for when marks may follow it, or 0. */
    private static char vniBase(char c) {
        return switch (c) {
            case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y' -> c;
            case 'ô' -> 'ơ';
            case 'Ô' -> 'Ơ';
            case 'ö' -> 'ư';
            case 'Ö' -> 'Ư';
            default -> 0;
        };
    }

    /**
     * {@code base} with the marks the VNI byte {@code mark} adds, or 0 when it adds none. The byte's case is
     * ignored (capital vowels take the capital mark bytes, but hand-edited text mixes them).
     */
    private static char vniMark(char base, char mark) {
        char m = Character.toLowerCase(mark);
        char lower = Character.toLowerCase(base);
        int tone = VNI_TONE.indexOf(m);
        if (tone >= 0) {
            return compose(base, TONES.charAt(tone));
        }
        int circumflex = VNI_CIRCUMFLEX.indexOf(m);
        if (circumflex >= 0 && (lower == 'a' || lower == 'e' || lower == 'o')) {
            return withTone(compose(base, '\u0302'), circumflex - 1);
        }
        int breve = VNI_BREVE.indexOf(m);
        if (breve >= 0 && lower == 'a') {
            return withTone(compose(base, '\u0306'), breve - 1);
        }
        return 0;
    }

    private static char withTone(char letter, int tone) {
        return tone < 0 ? letter : compose(letter, TONES.charAt(tone));
    }

    private static char compose(char letter, char mark) {
        return Normalizer.normalize("" + letter + mark, Normalizer.Form.NFC).charAt(0);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c < 256 && TCVN3[c] != 0);
    }

    private static boolean hasAsciiLetter(String word) {
        return word.chars().anyMatch(c -> c < 128);
    }

    /** Letters only Vietnamese uses (ă đ ĩ ũ ơ ư and the toned vowels of Latin Extended Additional), or marks. */
    private static boolean hasUnicodeVietnamese(String word) {
        return word.chars().anyMatch(c -> (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)
            || "ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0);
    }

    /** A TCVN3 code that is no letter in Latin-1 (× ¸ ¨ ©) used inside a word: Western text never does that. */
    private static boolean hasTcvn3Symbol(String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 256 && TCVN3[c] != 0 && !Character.isLetter(c) && Character.isLetter(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is one well-formed Vietnamese syllable: onset, vowel nucleus, coda, one tone. */
    static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        int tones = 0;
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                tones++;
            } else {
                bare.append(c);
            }
        }
        return tones <= 1 && SYLLABLE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).matches();
    }

    /** What converting a text's words under one encoding gave. */
    private static final class Evidence {
        private final Set<String> good = new HashSet<>();
        private int goodWords;
        private int badWords;
        private boolean symbol;

        void add(String word, String converted, boolean tcvn3Symbol) {
            if (converted.equals(word)) {
                return;
            }
            if (isSyllable(converted)) {
                good.add(converted.toLowerCase(Locale.ROOT));
                goodWords++;
                symbol |= tcvn3Symbol;
            } else {
                badWords++;
            }
        }

        /**
         * Two distinct syllables (one, if it holds a TCVN3 symbol and nothing came out wrong), three times as many
         * good words as bad, a tenth of all words, and far more than the words already in Unicode Vietnamese.
         */
        boolean convincing(int words, int unicodeWords) {
            boolean enough = good.size() >= 2 || (symbol && badWords == 0 && goodWords >= 1);
            return enough && goodWords >= 3 * badWords && goodWords * 10 >= words && goodWords > 4 * unicodeWords;
        }
    }
}
