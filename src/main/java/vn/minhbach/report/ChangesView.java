package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.history.Changes;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.Finding;

/**
 * The changes since the previous audit, worded for people: each item as "id — title", still-failing items
 * with the day their failure began and how long ago. Null when no previous audit is known.
 *
 * @param words the language the changes are worded in
 */
record ChangesView(String previousDate, List<String> newlyFailing, List<String> fixed, List<String> stillFailing,
                   Wording words) {

    /** In Vietnamese. */
    static ChangesView of(Changes changes, List<Finding> items) {
        return of(changes, items, Lang.VI);
    }

    static ChangesView of(Changes changes, List<Finding> items, Lang lang) {
        if (changes == null) {
            return null;
        }
        Wording w = Wording.of(lang);
        Map<String, String> titles = items.stream().collect(Collectors.toMap(Finding::id,
                f -> w.itemTitle(f.id(), f.title()), (a, b) -> a));
        Function<String, String> label = id -> titles.containsKey(id) ? id + " — " + titles.get(id) : id;
        return new ChangesView(w.day(changes.previousAsOf()),
                changes.newlyFailing().stream().map(label).toList(),
                changes.fixed().stream().map(label).toList(),
                changes.stillFailing().stream().map(f -> label.apply(f.id()) + ": "
                        + w.get("mail.since.days", w.day(f.since()), f.days())).toList(), w);
    }

    /** The changes for the terminal: a heading per kind of change, then one line per item. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(words.get("mail.audit.changes", previousDate) + ":");
        section(lines, words.get("mail.audit.newlyFailing"), newlyFailing);
        section(lines, words.get("mail.audit.fixed"), fixed);
        section(lines, words.get("mail.audit.stillFailing"), stillFailing);
        return lines;
    }

    private void section(List<String> lines, String heading, List<String> entries) {
        lines.add("  " + heading + ": " + (entries.isEmpty() ? words.get("mail.none") : entries.size()));
        entries.forEach(entry -> lines.add("    - " + entry));
    }
}
