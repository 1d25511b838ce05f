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
    /** An API uses a few dozen keys, on every object of every page: their words are kept, up to a bound. */
    private static final Map<String, List<String>> WORDS = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 4096;

    private KeyWords() {
    }

    public static List<String> of(String key) {
        List<String> known = WORDS.get(key);
        if (known != null) {
            return known;
        }
        String spaced = SEPARATOR.matcher(HUMP.matcher(key).replaceAll(" ")).replaceAll(" ");
        List<String> words = List.of(VietText.fold(spaced).split(" ")).stream().filter(w -> !w.isEmpty()).toList();
        if (WORDS.size() < MAX_KNOWN) {
            WORDS.put(key, words);
        }
        return words;
    }

    /** The key's words run together: {@code pageIndex} and {@code page_index} both give "pageindex". */
    public static String joined(String key) {
        return String.join("", of(key));
    }
}
