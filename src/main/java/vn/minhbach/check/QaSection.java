package vn.minhbach.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.QaPair;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * A question-and-answer section with published answers (NĐ 43/2011 Điều 10i, 15; plan 125 I.2.2, IV.5): the
 * newest answer is at most {@code maxAgeDays} (90) days old. An answer's date is the date shown with the
 * answer, else the question's date; when no pair could be read, the dates of the section's posts decide.
 *
 * @param info     the item
 * @param topic    the section's names
 * @param versions rule versions; parameter {@code maxAgeDays}
 */
public record QaSection(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {
    static final String MAX_AGE = "maxAgeDays";

    public QaSection {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        long maxAge = Math.round(ctx.param(MAX_AGE));
        Text expected = Text.of("check.qa.expected", ctx.asOf().minusDays(maxAge), maxAge);
        List<QaPair> pairs = QaPairs.of(ctx.site(), topic);
        if (ctx.trace().on()) {
            QaPairs.tracePages(ctx.trace(), ctx.site());
        }
        List<Publication> answers = new ArrayList<>();
        for (QaPair pair : pairs) {
            LocalDate date = pair.answered() != null ? pair.answered() : pair.asked();
            if (ctx.trace().on()) {
                QaPairs.trace(ctx.trace(), pair);
            }
            answers.add(new Publication(QaPairs.title(pair), pair.url(), Publications.upTo(date, ctx.asOf())));
        }
        SectionScan scan = SectionScan.of(ctx, topic, List.of());
        List<Publication> dated = answers.stream().filter(p -> p.date() != null).toList();
        String what = "check.qa.answer";
        if (dated.isEmpty()) {
            dated = scan.dated();
            what = "check.qa.post";
        }
        if (!dated.isEmpty()) {
            LocalDate newest = Publication.newest(dated);
            if (ctx.trace().on()) {
                Traced.newest(ctx.trace(), answers.isEmpty() || answers.stream().allMatch(p -> p.date() == null)
                        ? scan.posts() : answers, Text.of(what + "Newest"));
            }
            long age = ctx.ageDays(newest);
            Verdict verdict = age <= maxAge ? Verdict.PASS : Verdict.STALE;
            return ctx.finding(verdict, Text.of(what + (verdict == Verdict.PASS ? "InTime" : "Late"), newest, age,
                    maxAge, pairs.size()), expected, Map.of(), Publication.evidence(dated, 5));
        }
        if (pairs.isEmpty() && scan.empty()) {
            return ctx.notFound();
        }
        return ctx.undecided(scan, Text.of("check.qa.undated"), expected);
    }

    @Override
    public String toString() {
        return info.id() + ": " + topic + "; câu trả lời mới nhất ≤ maxAgeDays ngày; " + versions;
    }
}
