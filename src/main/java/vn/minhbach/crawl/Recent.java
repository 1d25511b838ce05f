package vn.minhbach.crawl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The latest results of a function whose result depends only on its key, kept by each thread: the pages of a
 * site repeat their menus, footers and headings, so the crawler threads meet the same texts and links on
 * every page. Least recently used keys are dropped beyond the given number.
 */
public final class Recent<K, V> {
    private final ThreadLocal<Map<K, V>> kept;

    public Recent(int size) {
        this.kept = ThreadLocal.withInitial(() -> new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** The value kept for the key, else {@code compute}'s, which is then kept (null values are not). */
    public V get(K key, Function<K, V> compute) {
        Map<K, V> map = kept.get();
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
