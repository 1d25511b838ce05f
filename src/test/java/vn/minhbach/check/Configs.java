package vn.minhbach.check;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.config.ItemOverride;

/** Checklist configs with one item's override, as the config loader would build them. */
final class Configs {
    private Configs() {
    }

    static ChecklistConfig of(String id, ItemOverride override) {
        return new ChecklistConfig(Map.of(id, override), Set.of(), Set.of());
    }

    static ChecklistConfig disabled(String id) {
        return of(id, new ItemOverride(false, List.of(), ItemOverride.Selectors.NONE, List.of(), Map.of()));
    }

    static ChecklistConfig parameter(String id, String name, double value) {
        return of(id, new ItemOverride(null, List.of(), ItemOverride.Selectors.NONE, List.of(), Map.of(name, value)));
    }

    static ChecklistConfig urls(String id, String... urls) {
        return of(id, new ItemOverride(null, List.of(urls).stream().map(URI::create).toList(),
                ItemOverride.Selectors.NONE, List.of(), Map.of()));
    }

    static ChecklistConfig selectors(String id, String url, String rows, String title, String date) {
        return of(id, new ItemOverride(null, List.of(URI.create(url)), new ItemOverride.Selectors(
                QueryParser.parse(rows), title == null ? null : QueryParser.parse(title),
                date == null ? null : QueryParser.parse(date), null), List.of(), Map.of()));
    }

    static ChecklistConfig pattern(String id, String regex) {
        return of(id, new ItemOverride(null, List.of(), ItemOverride.Selectors.NONE, List.of(Pattern.compile(regex)),
                Map.of()));
    }
}
