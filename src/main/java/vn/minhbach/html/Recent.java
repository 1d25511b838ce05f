package vn.minhbach.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The latest results of a function whose result depends only on a short text, kept by each thread: the pages
 * of a site repeat their menus, footers and headings, so the crawler threads meet the same texts and links
 * on every page. At most {@code size} results are kept, least recently used dropped first, and none for a
 * key longer than {@code maxKeyLength}, so that no page can fill the memory with its own long texts.
 */
public final class Recent<V> {
    private final int maxKeyLength;
    private final ThreadLocal<Map<String, V>> kept;

    public Recent(int size, int maxKeyLength) {
        this.maxKeyLength = maxKeyLength;
        this.kept = ThreadLocal.withInitial(() -> new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        });
    }

    /** The value kept for the key, else {@code compute}'s, which is then kept (null values are not). */
    public V get(String key, Function<String, V> compute) {
        if (key.length() > maxKeyLength) {
            return compute.apply(key);
        }
        Map<String, V> map = kept.get();
        V value = map.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (value != null) {
                map.put(key, value);
            }
        }
        return value;
    }
}
