package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One shared copy of each distinct fact. Most of what a page contributes repeats on every page of its site
 * (the menu's links, the footer's contacts, the headings of a section's list pages), so an audit keeps each
 * such value once and its memory grows with what differs between pages, not with their number. Safe for
 * crawler threads to share; values are records and immutable lists, compared by value.
 */
final class Interner {
    private final ConcurrentMap<Object, Object> kept = new ConcurrentHashMap<>();

    /** The kept copy equal to the value (the value itself when it is the first); null stays null. */
    @SuppressWarnings("unchecked")
    <T> T one(T value) {
        if (value == null) {
            return null;
        }
        Object earlier = kept.putIfAbsent(value, value);
        return earlier == null ? value : (T) earlier;
    }

    /** The kept copy of an immutable list of kept elements. */
    <T> List<T> all(List<T> values) {
        List<T> out = new ArrayList<>(values.size());
        for (T value : values) {
            out.add(one(value));
        }
        return one(List.copyOf(out));
    }
}
