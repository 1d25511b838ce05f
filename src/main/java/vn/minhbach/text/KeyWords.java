package vn.minhbach.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of a key of a JSON answer, read by meaning: cut at camelCase humps, underscores and dashes, and
 * folded ({@link VietText#fold}), so {@code tenThuTuc}, {@code TEN_THU_TUC} and {@code tên thủ tục} all give
 * "ten", "thu", "tuc".
 */
public final class KeyWords {
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\d]+");
    /**
     * An API uses a few dozen keys, on every object of every page: their words are kept, up to a bound, and only
     * for keys of a key's length (an answer with megabyte-long keys would otherwise be kept whole, 4,096 times).
     */
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 4096;
    private static final int MAX_KEPT_LENGTH = 100;

    private KeyWords() {
    }

    public static List<String> of(String key) {
        List<String> known = WORDS.get(key);
        if (known != null) {
            return known;
        }
        String spaced = SEPARATOR.matcher(humpsSpaced(key)).replaceAll(" ");
        List<String> words = List.of(VietText.fold(spaced).split(" ")).stream().filter(w -> !w.isEmpty()).toList();
        if (key.length() <= MAX_KEPT_LENGTH && WORDS.size() < MAX_KNOWN) {
            WORDS.put(key, words);
        }
        return words;
    }

    /**
     * The key with a space at each camelCase hump: a lower-case letter or an ASCII digit, then a capital that has a
     * lower-case form. A capital without one ("ℋ") stays a capital once folded, so the words read again from the
     * folded words would be cut there a second time.
     */
    private static String humpsSpaced(String key) {
        StringBuilder out = new StringBuilder(key.length() + 8);
        int before = -1;
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            boolean afterLower = before >= 0
                    && (Character.getType(before) == Character.LOWERCASE_LETTER || before >= '0' && before <= '9');
            if (afterLower && Character.getType(c) == Character.UPPERCASE_LETTER && Character.toLowerCase(c) != c) {
                out.append(' ');
            }
            out.appendCodePoint(c);
            before = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** How many keys' words are kept. */
    static int kept() {
        return WORDS.size();
    }

    /** The key's words run together: {@code pageIndex} and {@code page_index} both give "pageindex". */
    public static String joined(String key) {
        return String.join("", of(key));
    }
}
