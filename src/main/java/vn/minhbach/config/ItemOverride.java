package vn.minhbach.config;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;

/**
 * A user's override of one checklist item under {@code checklist.items.<id>}. Overrides beat heuristics;
 * everything is optional. Selectors and patterns are compiled when the config loads.
 *
 * @param enabled    false switches the item off (NOT_APPLICABLE); null keeps the default
 * @param urls       pages where the item lives; fetched even when nothing links to them
 * @param selectors  CSS selectors of list rows, titles, dates and links on those pages
 * @param patterns   extra regular expressions a matching title may satisfy (tried on folded text)
 * @param parameters the item's numeric parameters by name (e.g. {@code maxAgeDays}, {@code target})
 */
public record ItemOverride(Boolean enabled, List<URI> urls, Selectors selectors, List<Pattern> patterns,
                           Map<String, Double> parameters) {
    public ItemOverride {
        urls = List.copyOf(urls);
        patterns = List.copyOf(patterns);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static final ItemOverride NONE = new ItemOverride(null, List.of(), Selectors.NONE, List.of(), Map.of());

    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    public Optional<Double> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /**
     * Compiled CSS selectors; a null field means "let the heuristics decide".
     *
     * @param rows  one list row (a post, a document, a question, a procedure)
     * @param title the title inside a row
     * @param date  the date inside a row
     * @param link  the link inside a row
     */
    public record Selectors(Evaluator rows, Evaluator title, Evaluator date, Evaluator link) {
        public static final Selectors NONE = new Selectors(null, null, null, null);
    }
}
