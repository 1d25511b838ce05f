package vn.minhbach.check;

import java.util.List;
import java.util.Map;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.text.Period;
import vn.minhbach.text.Periods;

/**
 * A section that must carry recent posts: its newest post is at most {@code maxAgeDays} old on the audit
 * date. Used for bidding notices (Luật Đấu thầu 2023 Điều 7-8; plan 125 IV.4: newest ≤ 180 days),
 * projects calling for investment (NĐ 43/2011 Điều 10h; TCTT Điều 17g: the list for the audit year or one
 * published ≤ 365 days ago) and the special sections of plan 125 IV.10 (newest post ≤ 180 days).
 *
 * @param info        the item
 * @param topic       the section's names and its posts' titles
 * @param external    hosts whose links count as the section (muasamcong for bidding), may be empty
 * @param edition     whether a post naming the audit year counts as current whatever its date
 * @param withoutDates the verdict when the section is there but no post shows a date
 * @param versions    rule versions; parameter {@code maxAgeDays}
 */
public record FreshSection(ItemInfo info, Topic topic, List<String> external, Edition edition, Verdict withoutDates,
                           List<RuleVersion> versions) implements Item {
    static final String MAX_AGE = "maxAgeDays";

    /** What else makes a post current. */
    public enum Edition {
        /** Only its date. */
        DATE_ONLY,
        /** Its date, or a title naming the audit year ("danh mục dự án kêu gọi đầu tư năm 2026"). */
        AUDIT_YEAR_IN_TITLE
    }

    public FreshSection {
        external = List.copyOf(external);
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        SectionScan scan = SectionScan.of(ctx, topic, external);
        if (scan.empty()) {
            return ctx.notFound();
        }
        long maxAge = Math.round(ctx.param(MAX_AGE));
        Text expected = Text.of("check.fresh.expected", ctx.asOf().minusDays(maxAge), maxAge);
        Text what = Words.topic(topic);
        if (edition == Edition.AUDIT_YEAR_IN_TITLE) {
            int year = ctx.asOf().getYear();
            List<Publication> current = scan.posts().stream().filter(p -> namesYear(p.title(), year)).toList();
            if (!current.isEmpty()) {
                if (ctx.trace().on()) {
                    current.forEach(p -> Traced.decide(ctx.trace(), p, true, Text.of("check.trace.yearInTitle", year)));
                }
                return ctx.finding(Verdict.PASS, Text.of("check.fresh.yearInTitle", what, year, current.get(0).title()),
                        expected, Map.of(), Publication.evidence(current, 5));
            }
        }
        List<Publication> dated = scan.dated();
        if (!dated.isEmpty()) {
            Publication newest = dated.stream().sorted(Publication.NEWEST_FIRST).findFirst().orElseThrow();
            long age = ctx.ageDays(newest.date());
            if (ctx.trace().on()) {
                Traced.newest(ctx.trace(), scan.posts(), Text.of("check.trace.newestPost"));
            }
            Verdict verdict = age <= maxAge ? Verdict.PASS : Verdict.STALE;
            Text reason = Text.of(verdict == Verdict.PASS ? "check.fresh.newestInTime" : "check.fresh.newestLate", what,
                    newest.date(), age, maxAge, newest.title());
            return ctx.finding(verdict, reason, expected, Map.of(), Publication.evidence(dated, 5));
        }
        if (!scan.external().isEmpty()) {
            return ctx.finding(Verdict.PASS, Text.of("check.fresh.external", scan.external().get(0).href().toString()),
                    expected, Map.of(), scan.places());
        }
        if (ctx.trace().on()) {
            Traced.newest(ctx.trace(), scan.posts(), Text.of("check.trace.newestPost"));
        }
        Text undated = scan.sectionPages().isEmpty() ? Text.of("check.fresh.undated", what)
                : Text.of("check.fresh.undatedAt", what, scan.sectionPages().get(0).url().toString());
        if (withoutDates == Verdict.PASS && ctx.blocked(scan).isEmpty()) {
            return ctx.finding(Verdict.PASS, Text.of("check.fresh.undatedPresent", undated), expected, Map.of(),
                    scan.places());
        }
        return ctx.undecided(scan, Text.of("check.fresh.undatedUnknown", undated), expected);
    }

    private static boolean namesYear(String title, int year) {
        for (Period period : Periods.findAll(title)) {
            if (period.start().getYear() <= year && period.end().getYear() >= year
                    && (period.kind() == Period.Kind.YEAR || period.kind() == Period.Kind.MULTI_YEAR)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return info.id() + ": " + topic + "; bài mới nhất ≤ maxAgeDays ngày"
                + (edition == Edition.AUDIT_YEAR_IN_TITLE ? ", hoặc tiêu đề ghi năm đánh giá" : "")
                + (external.isEmpty() ? "" : "; liên kết tới " + external + " được tính")
                + "; không có ngày → " + withoutDates + "; " + versions;
    }
}
