package vn.minhbach.explain;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.minhbach.check.Trace;
import vn.minhbach.model.Verdict;

/**
 * Why one item's verdict came out as it did: the rule applied, the pages considered and why, the rows read
 * with where each value was shown and what the rule made of them, the verdict, and the overrides that
 * would change it. Printed for people by {@link ExplainText}, for machines as JSON.
 *
 * @param item      the item id
 * @param title     its Vietnamese title
 * @param site      the role of the site it was checked on
 * @param asOf      the audit date
 * @param rule      the rule applied
 * @param pages     candidate pages, in the order the rule met them
 * @param rows      rows read, kept ones first
 * @param moreRows  rows read but left out of {@code rows} to keep it short
 * @param notes     steps of the rule worth telling (the due edition, the window)
 * @param verdict   the verdict and its reason
 * @param overrides config keys that would change what the rule sees, with values drawn from what was seen
 */
public record Explanation(String item, String title, String site, LocalDate asOf, Rule rule, List<Page> pages,
                          List<Row> rows, int moreRows, List<String> notes, Outcome verdict, List<Override> overrides) {
    public Explanation {
        pages = List.copyOf(pages);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        overrides = List.copyOf(overrides);
    }

    /**
     * @param version    the dates the version is in force
     * @param basis      the clauses it rests on
     * @param parameters the values applied, by name (override, else the version's default)
     * @param statement  the rule in words
     */
    public record Rule(String version, List<String> basis, Map<String, Double> parameters, String statement) {
    }

    /** A candidate page and why it was one. */
    public record Page(URI url, String title, List<String> why) {
    }

    /**
     * A row read.
     *
     * @param kept     true kept, false set aside, null when the rule gave no decision on it
     * @param decision why it was kept or set aside
     * @param sources  where its values are shown on the page, or null when the page was not looked at again
     */
    public record Row(URI page, Trace.Kind kind, String title, LocalDate date, URI link, String why, Boolean kept,
                      String decision, FieldLocator.Located sources) {
    }

    /** The verdict, its reason, what was due and the evidence's addresses. */
    public record Outcome(Verdict status, String reason, String expected, List<URI> evidence) {
    }

    /** A config key, the value to try and what it would do. */
    public record Override(String key, String value, String effect) {
    }
}
