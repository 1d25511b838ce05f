package vn.minhbach.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for people, kept as a message key and its arguments so that each output can say it in its reader's
 * language ({@code vn.minhbach.i18n.Messages}). An argument is a string (shown as it is: a title read on a site, a
 * URL), a number, a {@link java.time.LocalDate}, or another {@code Text}.
 *
 * <p>Two kinds have no key: {@link #plain} text, said the same in every language (what a site wrote, or a reason
 * stored before messages had keys), and a {@link #then sequence} of texts said one after the other.
 *
 * @param key  the message key, or null for plain text and sequences
 * @param args the arguments; for plain text the one string, for a sequence its parts
 */
public record Text(String key, List<Object> args) {
    public Text {
        args = List.copyOf(args);
    }

    /** The message {@code key} with its arguments. */
    public static Text of(String key, Object... args) {
        return new Text(Objects.requireNonNull(key, "key"), Arrays.asList(args));
    }

    /** Text said as it is in every language; null for null. */
    public static Text plain(String text) {
        return text == null ? null : new Text(null, List.of(text));
    }

    /** True for text said as it is. */
    public boolean isPlain() {
        return key == null && args.size() == 1 && args.get(0) instanceof String;
    }

    /** True for a sequence of texts. */
    public boolean isSequence() {
        return key == null && !isPlain();
    }

    /** This text followed by {@code more}; this text when {@code more} is null. */
    public Text then(Text more) {
        if (more == null) {
            return this;
        }
        List<Object> parts = new ArrayList<>(isSequence() ? args : List.of(this));
        parts.add(more);
        return new Text(null, parts);
    }
}
