package vn.minhbach.check;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Keys;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Text;
import vn.minhbach.text.Period;
import vn.minhbach.text.Periods;

/**
 * A document or post an item found: its title, where it is, the date shown with it (null when none
 * was shown, or when the shown date lies after the audit date), and the document read at its address, or null.
 * Checklist "Documents behind the links": the period the document's own text names wins over its listing's.
 */
record Publication(String title, URI url, LocalDate date, ReadDocument document) {
    /** Newest first; then by title and address, so that the examples shown do not follow crawl order. */
    static final Comparator<Publication> NEWEST_FIRST = Comparator.comparing(Publication::date,
            Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Publication::title)
            .thenComparing(p -> p.url() == null ? "" : p.url().toString());

    Publication(String title, URI url, LocalDate date) {
        this(title, url, date, null);
    }

    /**
     * The periods it covers: the one its document's title or subject line names when read, else those its
     * listing's title names.
     */
    List<Period> periods() {
        Period own = document == null ? null : document.facts().period();
        return own != null ? List.of(own) : Periods.findAll(title);
    }

    /**
     * What a reason says when the document names another period than its listing ("tài liệu ghi 6 tháng đầu năm
     * 2026, không phải 9 tháng năm 2026 như tiêu đề"), or null when they agree or either is silent.
     */
    Text periodNote() {
        Period own = document == null ? null : document.facts().period();
        List<Period> listed = Periods.findAll(title);
        if (own == null || listed.isEmpty() || listed.contains(own)) {
            return null;
        }
        return Text.of("check.periodNote", label(own), label(listed.get(0)));
    }

    private static Text label(Period period) {
        return period.kind() == Period.Kind.MULTI_YEAR
                ? Text.of("check.period.multiYear", period.start().getYear(), period.end().getYear())
                : BudgetExecution.label(period);
    }

    Evidence evidence() {
        return Evidence.of(url, title, date);
    }

    /** One publication per address (or per title when it has none), keeping the earliest date shown. */
    static List<Publication> distinct(Collection<Publication> found) {
        Map<String, Publication> byKey = new LinkedHashMap<>();
        for (Publication p : found) {
            String key = p.url() != null ? Uris.key(p.url()) : Keys.of(p.title());
            byKey.merge(key, p, Publication::merge);
        }
        return new ArrayList<>(byKey.values());
    }

    private static Publication merge(Publication a, Publication b) {
        LocalDate date = a.date == null ? b.date : (b.date == null || a.date.isBefore(b.date) ? a.date : b.date);
        // the longer title; of two as long, the same one whatever order the pages were read in
        String title = a.title.length() != b.title.length() ? (a.title.length() > b.title.length() ? a.title : b.title)
                : a.title.compareTo(b.title) <= 0 ? a.title : b.title;
        return new Publication(title, a.url != null ? a.url : b.url, date, a.document != null ? a.document : b.document);
    }

    /** The newest dated publication, if any. */
    static LocalDate newest(Collection<Publication> found) {
        return found.stream().map(Publication::date).filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Evidence for the newest publications first, at most {@code max}. */
    static List<Evidence> evidence(Collection<Publication> found, int max) {
        return found.stream().sorted(NEWEST_FIRST).limit(max).map(Publication::evidence).toList();
    }
}
