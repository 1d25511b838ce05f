package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.minhbach.history.Changes;
import vn.minhbach.model.Finding;

/**
 * The changes since the previous audit, worded for people: each item as "id — title", still-failing items
 * with the day their failure began and how long ago. Null when no previous audit is known.
 */
record ChangesView(String previousDate, List<String> newlyFailing, List<String> fixed, List<String> stillFailing) {

    static ChangesView of(Changes changes, List<Finding> items) {
        if (changes == null) {
            return null;
        }
        Map<String, String> titles = items.stream().collect(Collectors.toMap(Finding::id, Finding::title, (a, b) -> a));
        Function<String, String> label = id -> titles.containsKey(id) ? id + " — " + titles.get(id) : id;
        return new ChangesView(Labels.day(changes.previousAsOf()),
                changes.newlyFailing().stream().map(label).toList(),
                changes.fixed().stream().map(label).toList(),
                changes.stillFailing().stream().map(f -> label.apply(f.id()) + ": từ " + Labels.day(f.since())
                        + " (" + f.days() + " ngày)").toList());
    }

    /** The changes for the terminal: a heading per kind of change, then one line per item. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Thay đổi so với lần kiểm tra " + previousDate + ":");
        section(lines, "Mới không đạt", newlyFailing);
        section(lines, "Đã khắc phục", fixed);
        section(lines, "Vẫn chưa đạt", stillFailing);
        return lines;
    }

    private static void section(List<String> lines, String heading, List<String> entries) {
        lines.add("  " + heading + ": " + (entries.isEmpty() ? "không có" : entries.size()));
        entries.forEach(entry -> lines.add("    - " + entry));
    }
}
