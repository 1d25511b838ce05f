package vn.minhbach.text;

import java.nio.CharBuffer;
import java.text.Normalizer;

/**
 * Normalisation and diacritic-insensitive matching of Vietnamese text (domain notes §8).
 *
 * <p>Pages mix NFC and NFD, NBSP and typographic dashes, and the old ("hoà", "Uỷ") and new ("hòa", "Ủy")
 * tone placements. {@link #normalize} makes all of these one canonical form; {@link #fold} additionally
 * drops every diacritic so headings can be compared the way a reader compares them.
 */
public final class VietText {

    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";
    private static final String TONED_BASES = "aeouyAEOUY";
    /** For each base in {@link #TONED_BASES}, its five precomposed toned forms, in {@link #TONE_MARKS} order. */
    private static final char[][] TONED = new char[TONED_BASES.length()][TONE_MARKS.length()];
    /** Reverse of {@link #TONED}: for a char in the Latin ranges, 1 + its flattened index, or 0. */
    private static final byte[] TONED_INDEX = new byte[0x1F00];
    /** {@link #foldOne} precomputed for the Latin, Greek and Cyrillic ranges that cover Vietnamese text. */
    private static final char[] FOLDED = new char[0x2000];
    private static final char DROP = '\uFFFF';
    /** Kinds of chars, as {@link #KIND} flags them. */
    private static final byte INVISIBLE = 1;
    private static final byte SPACE = 2;
    private static final byte DASH = 4;
    private static final byte MAY_NOT_NFC = 8;
    /**
     * {@link #isInvisible}, {@link #isSpace}, {@link #isDash} and {@link #mayNotBeNfc} of every char, computed once:
     * {@link #normalize} asks them of every char of a page's text.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (int b = 0; b < TONED_BASES.length(); b++) {
            for (int t = 0; t < TONE_MARKS.length(); t++) {
                String composed = Normalizer.normalize(
                        "" + TONED_BASES.charAt(b) + TONE_MARKS.charAt(t), Normalizer.Form.NFC);
                TONED[b][t] = composed.charAt(0);
                TONED_INDEX[composed.charAt(0)] = (byte) (1 + b * TONE_MARKS.length() + t);
            }
        }
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldOne(c);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            KIND[c] = (byte) ((isInvisible(ch) ? INVISIBLE : 0) | (isSpace(ch) ? SPACE : 0) | (isDash(ch) ? DASH : 0)
                    | (mayNotBeNfc(ch) ? MAY_NOT_NFC : 0));
        }
    }

    private VietText() {
    }

    /**
     * NFC; Unicode spaces to ' '; dashes and minus to '-'; whitespace collapsed and trimmed; old-style tone
     * placement on the open syllables "oa", "oe", "uy" moved to the first vowel ("hoà"→"hòa", "Uỷ"→"Ủy",
     * "khoẻ"→"khỏe"), leaving "quý" and closed syllables ("hoàng", "thuyết") alone. {@code null} gives "".
     */
    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isNormalized(s)) {
            return s;
        }
        // Invisible chars go before composing: "y", U+200B, U+0301 is "ý" to a reader, and must be to NFC.
        char[] out = s.toCharArray();
        int visible = 0;
        int kinds = 0;
        for (char c : out) {
            int kind = KIND[c];
            if ((kind & INVISIBLE) == 0) {
                out[visible++] = c;
                kinds |= kind;
            }
        }
        if ((kinds & MAY_NOT_NFC) != 0) {
            String nfc = new String(out, 0, visible);
            if (!Normalizer.isNormalized(nfc, Normalizer.Form.NFC)) {
                out = Normalizer.normalize(nfc, Normalizer.Form.NFC).toCharArray();
                visible = out.length;
            }
        }
        // rewritten in place: a char is only dropped or replaced, and a space only stands for dropped whitespace
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < visible; i++) {
            char c = out[i];
            int kind = KIND[c];
            if ((kind & SPACE) != 0) {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            out[length++] = (kind & DASH) != 0 ? '-' : c;
        }
        moveOldStyleTones(out, length);
        return new String(out, 0, length);
    }

    /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, without a call for the chars of most text. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        // the other spaces are NBSP, the Ogham space mark and those from U+2000 on, above Vietnamese letters
        return c == '\u00A0' || c == '\u1680'
                || c >= '\u2000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * Whether the text is NFC: true at once when every char is one whose NFC quick check is "yes" and that no
     * following char composes with: below U+0300 (ASCII, Latin-1, Latin Extended A and B, which hold ơ and ư)
     * or in Latin Extended Additional (ạ … ỹ), the chars of Vietnamese text, or in General Punctuation but its
     * first two (en and em quad, which NFC maps to the en and em space): dashes, quotes, bullets. Others are
     * asked of the {@link Normalizer}.
     */
    public static boolean isNfc(String s) {
        // over a copy: String.charAt is a call a char, and a page's whole text comes here
        char[] chars = s.toCharArray();
        return knownNfc(chars, chars.length) || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /** True when each of the first {@code length} chars is one {@link #isNfc} knows to be NFC. */
    private static boolean knownNfc(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if ((KIND[chars[i]] & MAY_NOT_NFC) != 0) {
                return false;
            }
        }
        return true;
    }

    /** False for the chars {@link #isNfc} knows to be NFC whatever follows them. */
    private static boolean mayNotBeNfc(char c) {
        return c >= 0x300 && (c < 0x1E00 || c > 0x1EFF) && (c < 0x2002 || c > 0x206F);
    }

    /**
     * True when {@link #normalize} would give the text back unchanged: NFC, no invisible char, no whitespace but
     * single inner spaces, no dash to replace and no old-style tone to move. Most texts of a page are so, and
     * are then not copied.
     */
    private static boolean isNormalized(String s) {
        // one pass over a copy: the text of a whole page goes through here, and String.charAt is a call a char
        char[] chars = s.toCharArray();
        int last = chars.length - 1;
        boolean nfcAsked = false;
        for (int i = 0; i <= last; i++) {
            char c = chars[i];
            if (c == ' ') {
                if (i == 0 || i == last || chars[i - 1] == ' ') {
                    return false;
                }
            } else if (c < 0x80) {
                if (c < ' ' || c == 0x7F) {
                    return false;
                }
            } else if ((KIND[c] & (INVISIBLE | SPACE | DASH)) != 0
                    || (c < TONED_INDEX.length && TONED_INDEX[c] != 0 && i > 0 && mayPair(chars[i - 1])
                        && oldStyleTone(s, i) >= 0)) {
                return false;
            } else if (!nfcAsked && (KIND[c] & MAY_NOT_NFC) != 0) {
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    return false;
                }
                nfcAsked = true;
            }
        }
        return true;
    }

    /**
     * A comparison key: {@link #normalize}, every diacritic removed, đ→d and Đ→D, locale-independent lower case.
     * "Hỏi – Đáp" gives "hoi - dap"; "Uỷ ban" and "Ủy ban" both give "uy ban"; {@code null} gives "".
     */
    public static String fold(String s) {
        String n = normalize(s);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            char f = c < FOLDED.length ? FOLDED[c] : isMark(c) ? DROP : Character.toLowerCase(c);
            // a mark NFC could not attach (after a space: "a \u0301 b") leaves a space on either side when dropped
            boolean doubledSpace = f == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ');
            if (f != DROP && !doubledSpace) {
                out.append(f);
            }
        }
        if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /**
     * One char of {@link #fold}: its base letter when it decomposes into a letter plus marks, lower-cased,
     * with đ/Đ (which do not decompose, and their legacy stand-ins ð/Ð) mapped to d; {@link #DROP} for a
     * combining mark left over after NFC.
     */
    private static char foldOne(char c) {
        if (isMark(c)) {
            return DROP;
        }
        if (c == 'đ' || c == 'ð' || c == 'Đ' || c == 'Ð') {
            return 'd';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        for (int i = 1; i < decomposed.length(); i++) {
            if (!isMark(decomposed.charAt(i))) {
                return Character.toLowerCase(c);
            }
        }
        return Character.toLowerCase(decomposed.charAt(0));
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * {@link #fold} with every run of characters that are neither letters nor digits turned into one space,
     * so that "Hỏi – đáp", "Hỏi-đáp" and "HỎI ĐÁP" share the key "hoi dap". Callers matching many needles
     * against one page compute this once and use {@link #containsKey}.
     */
    public static String key(String s) {
        String folded = fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = out.length() > 0;
            }
        }
        return out.toString();
    }

    /**
     * True when the folded needle occurs in the folded haystack on word boundaries, treating any run of
     * spaces and punctuation (dashes included) as one separator. A blank needle matches nothing.
     */
    public static boolean containsFolded(String haystack, String needle) {
        return containsKey(key(haystack), key(needle));
    }

    /** {@link #containsFolded} on keys already made with {@link #key}. */
    public static boolean containsKey(String haystackKey, String needleKey) {
        if (needleKey == null || needleKey.isEmpty() || haystackKey == null) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = haystackKey.indexOf(needleKey, from);
            if (at < 0) {
                return false;
            }
            int end = at + needleKey.length();
            boolean startsWord = at == 0 || haystackKey.charAt(at - 1) == ' ';
            boolean endsWord = end == haystackKey.length() || haystackKey.charAt(end) == ' ';
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static boolean isDash(char c) {
        return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
    }

    /**
     * Old style puts the tone on the second vowel of an open "oa", "oe" or "uy" ("hoà", "thuỷ"); the
     * spelling used in current official documents puts it on the first ("hòa", "thủy"). A following
     * letter means the syllable is closed or longer ("hoàng", "ngoài"), where both styles agree, and a
     * preceding q makes "uy" part of "qu" ("quý").
     */
    private static void moveOldStyleTones(char[] text, int length) {
        CharSequence view = CharBuffer.wrap(text, 0, length);
        for (int i = 1; i < length; i++) {
            char c = text[i];
            if (c >= TONED_INDEX.length || TONED_INDEX[c] == 0 || !mayPair(text[i - 1])) {
                continue;
            }
            int toned = oldStyleTone(view, i);
            if (toned < 0) {
                continue;
            }
            char first = text[i - 1];
            text[i - 1] = TONED[TONED_BASES.indexOf(first)][toned % TONE_MARKS.length()];
            text[i] = TONED_BASES.charAt(toned / TONE_MARKS.length());
        }
    }

    /** Whether the char can begin a pair {@link #oldStyleTone} respells: o or u, either case. */
    private static boolean mayPair(char first) {
        return first == 'o' || first == 'u' || first == 'O' || first == 'U';
    }

    /** The {@link #TONED} index of the char at {@code i} when it is an old-style tone to move, else -1. */
    private static int oldStyleTone(CharSequence text, int i) {
        if (i < 1) {
            return -1;
        }
        int toned = indexOfToned(text.charAt(i));
        if (toned < 0) {
            return -1;
        }
        char secondBase = TONED_BASES.charAt(toned / TONE_MARKS.length());
        char firstLower = Character.toLowerCase(text.charAt(i - 1));
        char secondLower = Character.toLowerCase(secondBase);
        boolean pair = (firstLower == 'o' && (secondLower == 'a' || secondLower == 'e'))
                || (firstLower == 'u' && secondLower == 'y');
        if (!pair) {
            return -1;
        }
        // a letter after the pair closes the syllable; a second tone mark NFC could not attach ("hoà" + U+0301)
        // makes it no syllable to respell, and moving the tone would let the mark compose on a rerun
        if (i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || isMark(text.charAt(i + 1)))) {
            return -1;
        }
        if (firstLower == 'u' && i >= 2 && Character.toLowerCase(text.charAt(i - 2)) == 'q') {
            return -1;
        }
        return toned;
    }

    /** Index into the flattened {@link #TONED} table, or -1 when {@code c} is not a toned a/e/o/u/y. */
    private static int indexOfToned(char c) {
        return c < TONED_INDEX.length ? TONED_INDEX[c] - 1 : -1;
    }
}
