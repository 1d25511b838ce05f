package vn.minhbach.extract;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.html.Recent;
import vn.minhbach.text.VietText;

/**
 * A normalised text and its diacritic- and case-folded key of the same length, so that an offset found by
 * matching the key is also an offset into the text.
 */
record Folded(String text, String key) {

    /** Bullets and item numbers before a label ("1. a) -"); at most eight, each repetition being a stack frame. */
    private static final Pattern LEADING_NUMBERING =
            Pattern.compile("^(?:(?:\\d{1,2}|[ivx]{1,4}|[a-h])[.)]\\s*|[-*+•·»]\\s*){1,8}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s:：.\\-–—)]*");
    /**
     * {@link #foldChar} of each char, worked out the first time the char is met (0 until then): folding is the
     * innermost loop of every extractor, and a site's pages use a few hundred chars of the 65,536.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    /**
     * The same short texts (menus, footers, the first words of every block) are folded again and again, by
     * each extractor and on every page of a site: each crawler thread keeps the last ones it folded.
     */
    private static final Recent<Folded> RECENT = new Recent<>(2048, 200);

    static Folded of(String raw) {
        return raw == null ? compute(null) : RECENT.get(raw, Folded::compute);
    }

    private static Folded compute(String raw) {
        String text = VietText.normalize(raw == null ? "" : raw);
        // VietText.normalize gives NFC with single spaces and no NBSP, trimmed, unless dropping an invisible
        // character left a base letter and a combining mark side by side: only then is there more to do.
        if (!VietText.isNfc(text)) {
            text = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' '))
                    .replaceAll(" ").strip();
        }
        return new Folded(text, key(text));
    }

    /** Folds one char at a time (NFD base letter, đ to d, lower case, dashes to '-') so the length is kept. */
    static String key(String normalized) {
        char[] out = normalized.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char folded = FOLDED[out[i]];
            out[i] = folded != 0 ? folded : key(out[i]);
        }
        return new String(out);
    }

    /** One char as {@link #key} folds it. */
    static char key(char c) {
        char folded = FOLDED[c];
        if (folded == 0 && c != 0) {
            // threads that meet the char at once each store the same fold
            folded = foldChar(c);
            FOLDED[c] = folded;
        }
        return folded;
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        if (c == '–' || c == '—' || c == '‐' || c == '‑' || c == '−') {
            return '-';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    /** Folds a label or keyword written by hand in Vietnamese. */
    static String fold(String s) {
        return of(s).key();
    }

    boolean contains(String foldedNeedle) {
        return indexOfWord(key, foldedNeedle, 0) >= 0;
    }

    boolean containsAny(List<String> foldedNeedles) {
        return foldedNeedles.stream().anyMatch(this::contains);
    }

    /** Offset of the needle in the key where it stands as whole words, or -1. */
    static int indexOfWord(String key, String needle, int from) {
        int i = key.indexOf(needle, from);
        while (i >= 0) {
            if (boundary(key, i - 1) && boundary(key, i + needle.length())) {
                return i;
            }
            i = key.indexOf(needle, i + 1);
        }
        return -1;
    }

    private static boolean boundary(String key, int i) {
        return i < 0 || i >= key.length() || !Character.isLetterOrDigit(key.charAt(i));
    }

    /**
     * Length of the leading numbering plus the first label that begins this text as whole words, or -1.
     * Labels must be folded, longest first when one is a prefix of another.
     */
    int labelEnd(List<String> foldedLabels) {
        int start = 0;
        if (mayBeNumbered(key)) {
            var numbering = LEADING_NUMBERING.matcher(key);
            start = numbering.lookingAt() ? numbering.end() : 0;
        }
        for (String label : foldedLabels) {
            if (key.startsWith(label, start) && boundary(key, start + label.length())) {
                return start + label.length();
            }
        }
        return -1;
    }

    /** False when {@link #LEADING_NUMBERING} cannot match: no bullet first, no '.' or ')' in the first six chars. */
    static boolean mayBeNumbered(String key) {
        if (key.isEmpty()) {
            return false;
        }
        if ("-*+•·»".indexOf(key.charAt(0)) >= 0) {
            return true;
        }
        for (int i = 1; i < Math.min(6, key.length()); i++) {
            if (key.charAt(i) == '.' || key.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }

    /** The text after position {@code end}, without the separators that follow a label. */
    String restAfter(int end) {
        return SEPARATORS.matcher(text.substring(end)).replaceFirst("").strip();
    }

    /** Whether a value says something: it has a letter or a digit, and is not a "being updated" filler. */
    static boolean meaningful(String value) {
        if (value == null || value.chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        String k = fold(value);
        return !(k.startsWith("dang cap nhat") || k.equals("chua cap nhat") || k.equals("n/a"));
    }
}
