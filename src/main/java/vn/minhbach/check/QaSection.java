package vn.minhbach.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.QaPair;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Finding;
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
        String expected = "câu trả lời đăng từ " + Texts.date(ctx.asOf().minusDays(maxAge)) + " trở lại đây (≤ "
                + maxAge + " ngày)";
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
        String what = "Câu trả lời mới nhất";
        if (dated.isEmpty()) {
            dated = scan.dated();
            what = "Bài mới nhất của chuyên mục hỏi - đáp";
        }
        if (!dated.isEmpty()) {
            LocalDate newest = Publication.newest(dated);
            if (ctx.trace().on()) {
                Traced.newest(ctx.trace(), answers.isEmpty() || answers.stream().allMatch(p -> p.date() == null)
                        ? scan.posts() : answers, what.toLowerCase(java.util.Locale.ROOT));
            }
            long age = ctx.ageDays(newest);
            Verdict verdict = age <= maxAge ? Verdict.PASS : Verdict.STALE;
            return ctx.finding(verdict, what + " đăng ngày " + Texts.date(newest) + " (" + age + " ngày trước"
                    + (verdict == Verdict.PASS ? ", trong hạn " : ", quá hạn ") + maxAge + " ngày); "
                    + pairs.size() + " câu hỏi - đáp đọc được.", expected, Map.of(), Publication.evidence(dated, 5));
        }
        if (pairs.isEmpty() && scan.empty()) {
            return ctx.notFound();
        }
        return ctx.undecided(scan, "Có chuyên mục hỏi - đáp nhưng không đọc được ngày của câu trả lời nào"
                + " nên không đánh giá được độ mới.", expected);
    }

    @Override
    public String toString() {
        return info.id() + ": " + topic + "; câu trả lời mới nhất ≤ maxAgeDays ngày; " + versions;
    }
}
