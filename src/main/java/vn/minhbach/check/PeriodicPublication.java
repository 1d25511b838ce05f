package vn.minhbach.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.text.Period;

/**
 * A document published once per year or per planning period, whose edition is read from the period in
 * its title ("năm 2026", "giai đoạn 2021 - 2025"). On the audit date of year Y the edition covering
 * {@code Y - lagYears} (or a later one) must be there; during the first {@code graceMonths} months of Y the
 * previous edition still counts. Defaults per item (checklist.md): annual socio-economic plan and budget
 * estimate lag 0, grace 1 month (Y-1 counts until 31 January; TT 343/2016 Điều 14: 30 days after the
 * council's resolution); land-use plan grace 3 months (until 31 March); five-year plan grace 6 months of the
 * period's first year (until 30 June); final accounts lag 2 (X ≥ Y-2, TT 343/2016 Điều 11.4).
 *
 * @param info     the item
 * @param topic    the document's titles and sections
 * @param kind     the period kind that makes an edition
 * @param versions rule versions; parameters {@code graceMonths}, {@code lagYears}
 */
public record PeriodicPublication(ItemInfo info, Topic topic, EditionKind kind, List<RuleVersion> versions)
        implements Item {
    static final String GRACE = "graceMonths";
    static final String LAG = "lagYears";

    /** What a title must name to be an edition. */
    public enum EditionKind {
        /** One year ("năm 2026"); titles naming a multi-year period are other documents. */
        YEAR,
        /** A planning period ("giai đoạn 2021 - 2025", "2026-2030"). */
        MULTI_YEAR
    }

    public PeriodicPublication {
        versions = List.copyOf(versions);
    }

    /** A matching document and the years its edition covers. */
    private record Edition(Publication publication, int firstYear, int lastYear) {
        Text label() {
            return firstYear == lastYear ? Text.of("check.period.year", lastYear)
                    : Text.of("check.period.multiYear", firstYear, lastYear);
        }
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<Publication> found = Publications.find(ctx, topic);
        if (found.isEmpty()) {
            return ctx.notFound();
        }
        int year = ctx.asOf().getYear();
        List<Edition> editions = editions(found, year);
        if (editions.isEmpty()) {
            if (ctx.trace().on()) {
                trace(ctx.trace(), found, editions, year);
            }
            return ctx.finding(Verdict.UNKNOWN, Text.of(kind == EditionKind.YEAR ? "check.periodic.noYear"
                    : "check.periodic.noPeriod", found.size(), Words.topic(topic), found.get(0).title()),
                    Publication.evidence(found, 5));
        }
        int required = year - (int) Math.round(ctx.param(LAG));
        LocalDate graceEnd = LocalDate.of(year, 1, 1).plusMonths(Math.round(ctx.param(GRACE)));
        boolean inGrace = ctx.asOf().isBefore(graceEnd);
        List<Evidence> evidence = editions.stream().limit(5).map(e -> e.publication().evidence()).toList();
        Text expected = expected(required, inGrace, graceEnd);
        Edition best = editions.get(0);
        if (ctx.trace().on()) {
            trace(ctx.trace(), found, editions, required);
        }
        if (best.lastYear() >= required) {
            return ctx.finding(Verdict.PASS, Text.of("check.periodic.current", Words.topic(topic), best.label(),
                    dated(best), best.publication().title(), note(best)), expected, Map.of(), evidence);
        }
        if (inGrace && best.lastYear() >= required - 1) {
            return ctx.finding(Verdict.PASS, Text.of("check.periodic.inGrace", period(required),
                    graceEnd.minusDays(1), best.label(), dated(best)), expected, Map.of(), evidence);
        }
        return ctx.finding(Verdict.STALE, Text.of("check.periodic.stale", Words.topic(topic), period(required),
                best.label(), dated(best), note(best)), expected, Map.of(), evidence);
    }

    private List<Edition> editions(List<Publication> found, int auditYear) {
        List<Edition> editions = new ArrayList<>();
        for (Publication publication : found) {
            List<Period> periods = publication.periods();
            boolean multi = periods.stream().anyMatch(p -> p.kind() == Period.Kind.MULTI_YEAR);
            if (kind == EditionKind.YEAR && !multi) {
                // a plan "đến năm 2030" is not the plan for 2030: years beyond next year are horizons
                periods.stream().filter(p -> p.kind() == Period.Kind.YEAR && p.year() <= auditYear + 1)
                        .mapToInt(Period::year).max()
                        .ifPresent(y -> editions.add(new Edition(publication, y, y)));
            } else if (kind == EditionKind.MULTI_YEAR && multi) {
                periods.stream().filter(p -> p.kind() == Period.Kind.MULTI_YEAR)
                        .max(Comparator.comparing(Period::end))
                        .ifPresent(p -> editions.add(new Edition(publication, p.start().getYear(), p.end().getYear())));
            }
        }
        editions.sort(Comparator.comparingInt(Edition::lastYear).reversed()
                .thenComparing(e -> e.publication(), Publication.NEWEST_FIRST));
        return editions;
    }

    private void trace(Trace trace, List<Publication> found, List<Edition> editions, int required) {
        Text due = period(required);
        trace.note(Text.of("check.trace.periodicDue", due));
        for (Publication p : found) {
            if (editions.stream().noneMatch(e -> e.publication() == p)) {
                Traced.decide(trace, p, false, Text.of(kind == EditionKind.YEAR ? "check.trace.noYear"
                        : "check.trace.noTerm"));
            }
        }
        for (Edition e : editions) {
            if (e == editions.get(0)) {
                Traced.decide(trace, e.publication(), true, e.lastYear() >= required
                        ? Text.of("check.trace.newestEdition", e.label())
                        : Text.of("check.trace.newestEditionOld", e.label(), due));
            } else {
                Traced.decide(trace, e.publication(), false, Text.of("check.trace.olderEdition", e.label(),
                        editions.get(0).label()));
            }
        }
    }

    private Text period(int required) {
        return Text.of(kind == EditionKind.YEAR ? "check.periodic.dueYear" : "check.periodic.duePeriod", required);
    }

    private Text expected(int required, boolean inGrace, LocalDate graceEnd) {
        Text what = Words.topic(topic);
        if (!inGrace) {
            return Text.of("check.periodic.expected", what, period(required));
        }
        return kind == EditionKind.YEAR
                ? Text.of("check.periodic.expectedGraceYear", what, period(required), required - 1, graceEnd.minusDays(1))
                : Text.of("check.periodic.expectedGracePeriod", what, period(required), graceEnd.minusDays(1));
    }

    /** What the document says against its listing's title, as the end of a sentence; nothing when they agree. */
    static Text note(Publication publication) {
        return Words.optional("check.note", publication.periodNote());
    }

    private static Text note(Edition edition) {
        return note(edition.publication());
    }

    private static Text dated(Edition edition) {
        return Words.optional("check.periodic.posted", edition.publication().date());
    }

    @Override
    public String toString() {
        return info.id() + ": " + topic + "; kỳ " + kind + " phủ năm Y - lagYears, kỳ trước còn được tính trong "
                + "graceMonths tháng đầu năm; " + versions;
    }
}
