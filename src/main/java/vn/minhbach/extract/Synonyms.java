package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phrases that name one thing, matched on {@link Keys} (diacritic- and case-insensitive, dashes and spaces
 * equivalent, on word boundaries), with phrases that rule a match out. The checklist asks the same few
 * thousand keys of an audit (menu links, headings, breadcrumb steps, repeated on every page) again and again,
 * item by item: each answer for a short key is kept, up to {@link #MAX_KEPT} keys, then no more. The keys asked
 * first are the ones asked again; a large site's later keys are mostly its posts' own titles, asked once or
 * twice, and starting over for them would only drop the answers worth keeping.
 */
public final class Synonyms {
    private static final int MAX_KEPT = 8192;
    /** Labels are short; a longer key (a paragraph's) is rarely asked twice, and is not kept. */
    private static final int MAX_KEPT_LENGTH = 200;

    private final List<String> include;
    private final List<String> exclude;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    /**
     * @param include phrase keys of which one must occur
     * @param exclude phrase keys of which none may occur
     */
    public Synonyms(List<String> include, List<String> exclude) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    /** The phrase keys of which one must occur. */
    public List<String> include() {
        return include;
    }

    /** The phrase keys of which none may occur. */
    public List<String> exclude() {
        return exclude;
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
        if (key.length() > MAX_KEPT_LENGTH) {
            return answer(key);
        }
        Boolean kept = answers.get(key);
        if (kept != null) {
            return kept;
        }
        boolean answer = answer(key);
        // crawler threads may each add one past the limit: a few more answers kept, no harm
        if (answers.size() < MAX_KEPT) {
            answers.put(key, answer);
        }
        return answer;
    }

    private boolean answer(String key) {
        return containsAny(key, include) && !containsAny(key, exclude);
    }

    private static boolean containsAny(String key, List<String> phrases) {
        for (String phrase : phrases) {
            if (key.contains(phrase)) {
                return true;
            }
        }
        return false;
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
    public boolean equals(Object o) {
        return o instanceof Synonyms other && include.equals(other.include) && exclude.equals(other.exclude);
    }

    @Override
    public int hashCode() {
        return 31 * include.hashCode() + exclude.hashCode();
    }

    @Override
    public String toString() {
        String in = String.join("|", include.stream().map(String::strip).toList());
        return exclude.isEmpty() ? in
                : in + " (trừ " + String.join("|", exclude.stream().map(String::strip).toList()) + ")";
    }
}
