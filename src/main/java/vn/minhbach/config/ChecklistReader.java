package vn.minhbach.config;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Reads the {@code checklist} section: per-item overrides, compiled here so a bad selector or regex is a
 * config error with its key path, and the calendar changes.
 */
final class ChecklistReader {
    private static final Set<String> KEYS = Set.of("items", "extraHolidays", "extraWorkingDays");
    private static final Set<String> ITEM_KEYS = Set.of("enabled", "urls", "selectors", "patterns");
    private static final Set<String> SELECTOR_KEYS = Set.of("rows", "title", "date", "link");

    private final Map<String, Set<String>> itemParameters;

    ChecklistReader(Map<String, Set<String>> itemParameters) {
        this.itemParameters = itemParameters;
    }

    ChecklistConfig read(ConfigNode node) {
        if (!node.expectMapping(KEYS)) {
            return ChecklistConfig.DEFAULT;
        }
        Map<String, ItemOverride> items = new LinkedHashMap<>();
        ConfigNode itemsNode = node.child("items");
        if (itemsNode.expectMapping(null)) {
            for (String id : itemsNode.keys()) {
                ConfigNode item = itemsNode.child(id);
                if (!itemParameters.containsKey(id)) {
                    item.problem("unknown checklist item (known: " + String.join(", ", new TreeSet<>(itemParameters.keySet())) + ")");
                    continue;
                }
                items.put(id, item(item, itemParameters.get(id)));
            }
        }
        return new ChecklistConfig(items, dates(node.child("extraHolidays")), dates(node.child("extraWorkingDays")));
    }

    private static ItemOverride item(ConfigNode node, Set<String> parameterNames) {
        Set<String> allowed = new HashSet<>(ITEM_KEYS);
        allowed.addAll(parameterNames);
        if (!node.expectMapping(allowed)) {
            return ItemOverride.NONE;
        }
        List<URI> urls = new ArrayList<>();
        for (ConfigNode url : node.child("urls").elements()) {
            URI uri = url.httpUrl();
            if (uri != null) {
                urls.add(uri);
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (ConfigNode p : node.child("patterns").elements()) {
            String regex = p.text(null);
            try {
                patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                p.problem("not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
            }
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (String name : parameterNames) {
            Double value = node.child(name).decimal();
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return new ItemOverride(node.child("enabled").optionalBool(), urls, selectors(node.child("selectors")),
                patterns, parameters);
    }

    private static ItemOverride.Selectors selectors(ConfigNode node) {
        if (!node.expectMapping(SELECTOR_KEYS)) {
            return ItemOverride.Selectors.NONE;
        }
        return new ItemOverride.Selectors(selector(node.child("rows")), selector(node.child("title")),
                selector(node.child("date")), selector(node.child("link")));
    }

    private static Evaluator selector(ConfigNode node) {
        String css = node.text(null);
        if (css == null) {
            return null;
        }
        try {
            return QueryParser.parse(css);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            node.problem("not a valid CSS selector \"" + css + "\": " + e.getMessage());
            return null;
        }
    }

    private static Set<LocalDate> dates(ConfigNode node) {
        Set<LocalDate> dates = new HashSet<>();
        for (ConfigNode d : node.elements()) {
            String text = d.text(null);
            try {
                dates.add(LocalDate.parse(text));
            } catch (DateTimeParseException | NullPointerException e) {
                d.problem("expected a date YYYY-MM-DD, got \"" + text + "\"");
            }
        }
        return dates;
    }
}
