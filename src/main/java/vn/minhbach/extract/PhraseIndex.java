package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase keys (see {@link Keys}) indexed by their first word: whether a key contains any of hundreds of
 * phrases costs one lookup per word of the key, instead of one scan of the key per phrase.
 */
final class PhraseIndex {
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    PhraseIndex(Collection<String> phraseKeys) {
        for (String phrase : phraseKeys) {
            byFirstWord.computeIfAbsent(phrase.substring(1, phrase.indexOf(' ', 1)), w -> new ArrayList<>())
                    .add(phrase);
        }
    }

    /** True when the key contains one of the phrases, on word boundaries (as {@link Synonyms#matches}). */
    boolean anyIn(String key) {
        for (int space = key.indexOf(' '); space >= 0; ) {
            int next = key.indexOf(' ', space + 1);
            if (next < 0) {
                return false;
            }
            List<String> phrases = byFirstWord.get(key.substring(space + 1, next));
            if (phrases != null) {
                for (String phrase : phrases) {
                    if (key.startsWith(phrase, space)) {
                        return true;
                    }
                }
            }
            space = next;
        }
        return false;
    }
}
