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
    private static final Pattern HUMP = Pattern.compile("(?<=[\\p{Ll}\\d])(?=\\p{Lu})");
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
        String spaced = SEPARATOR.matcher(HUMP.matcher(key).replaceAll(" ")).replaceAll(" ");
        List<String> words = List.of(VietText.fold(spaced).split(" ")).stream().filter(w -> !w.isEmpty()).toList();
        if (key.length() <= MAX_KEPT_LENGTH && WORDS.size() < MAX_KNOWN) {
            WORDS.put(key, words);
        }
        return words;
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
