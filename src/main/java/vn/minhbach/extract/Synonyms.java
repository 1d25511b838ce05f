package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Phrases that name one thing, matched on {@link Keys} (diacritic- and case-insensitive, dashes and spaces
 * equivalent, on word boundaries), with phrases that rule a match out.
 *
 * @param include phrase keys of which one must occur
 * @param exclude phrase keys of which none may occur
 */
public record Synonyms(List<String> include, List<String> exclude) {
    public Synonyms {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    public static Synonyms of(String... phrases) {
        return new Synonyms(keys(phrases), List.of());
    }

    /** The same phrases, ruling out texts that contain any of {@code phrases}. */
    public Synonyms except(String... phrases) {
        List<String> all = new ArrayList<>(exclude);
        all.addAll(keys(phrases));
        return new Synonyms(include, all);
    }

    /** True when the key (see {@link Keys}) contains an included phrase and no excluded one. */
    public boolean matches(String key) {
        if (key == null) {
            return false;
        }
        return include.stream().anyMatch(key::contains) && exclude.stream().noneMatch(key::contains);
    }

    /** The included phrase the key contains, stripped, when it matches; else null. For telling why it matched. */
    public String matched(String key) {
        if (!matches(key)) {
            return null;
        }
        return include.stream().filter(key::contains).findFirst().map(String::strip).orElse(null);
    }

    /** Matches the text itself, folding it first. */
    public boolean matchesText(String text) {
        return matches(Keys.of(text));
    }

    private static List<String> keys(String... phrases) {
        return Arrays.stream(phrases).map(Keys::of).filter(k -> !k.isBlank()).toList();
    }

    @Override
    public String toString() {
        String in = String.join("|", include.stream().map(String::strip).toList());
        return exclude.isEmpty() ? in
                : in + " (trừ " + String.join("|", exclude.stream().map(String::strip).toList()) + ")";
    }
}
