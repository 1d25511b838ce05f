package vn.minhbach.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.QaPair;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * How fast questions are answered (plan 125 II: under 3.5 days until 2024, under 3 days from 2025; Luật
 * TCTT Điều 30): the median number of days from question to answer, over the questions asked in the last
 * {@code windowDays} (365) days that show both dates, is at most {@code target}. Days are calendar days, or
 * working days (skipping weekends and public holidays) when {@code workingDays} is 1; both medians are
 * reported. Fewer than {@code minQuestions} (3) such questions cannot decide: UNKNOWN.
 *
 * @param info     the item
 * @param topic    the Q&A section's names (for "nothing found")
 * @param versions rule versions; parameters {@code target}, {@code minQuestions}, {@code windowDays},
 *                 {@code workingDays}
 */
public record ResponseTime(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {
    static final String TARGET = "target";
    static final String MIN_QUESTIONS = "minQuestions";
    static final String WINDOW = "windowDays";
    static final String WORKING_DAYS = "workingDays";

    public ResponseTime {
        versions = List.copyOf(versions);
    }

    /** One answered question: its days to answer, in calendar and working days. */
    private record Timed(QaPair pair, long days, long workingDays) {
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        LocalDate asOf = ctx.asOf();
        LocalDate windowStart = asOf.minusDays(Math.round(ctx.param(WINDOW)));
        List<QaPair> pairs = QaPairs.of(ctx.site(), topic);
        List<Timed> timed = new ArrayList<>();
        Trace trace = ctx.trace();
        if (trace.on()) {
            QaPairs.tracePages(trace, ctx.site());
            trace.note(Text.of("check.trace.window", windowStart));
        }
        for (QaPair pair : pairs) {
            LocalDate asked = pair.asked();
            LocalDate answered = pair.answered();
            if (asked != null && answered != null && asked.isAfter(windowStart) && !answered.isAfter(asOf)
                    && !answered.isBefore(asked)) {
                long working = ctx.calendar().workingDaysBetween(asked, answered);
                timed.add(new Timed(pair, ChronoUnit.DAYS.between(asked, answered), working));
                if (trace.on()) {
                    QaPairs.trace(trace, pair);
                    trace.decide(pair.url(), QaPairs.title(pair), true, Text.of("check.trace.answerDays",
                            ChronoUnit.DAYS.between(asked, answered), working));
                }
            } else if (trace.on()) {
                QaPairs.trace(trace, pair);
                trace.decide(pair.url(), QaPairs.title(pair), false, rejected(asked, answered, windowStart, asOf));
            }
        }
        double target = ctx.param(TARGET);
        boolean useWorking = ctx.param(WORKING_DAYS) >= 1;
        Text expected = Text.of(useWorking ? "check.response.expectedWorking" : "check.response.expected", target);
        int min = (int) Math.round(ctx.param(MIN_QUESTIONS));
        if (timed.size() < min) {
            if (pairs.isEmpty() && SectionScan.of(ctx, topic, List.of()).empty()) {
                return ctx.notFound();
            }
            return ctx.finding(Verdict.UNKNOWN, Text.of("check.response.tooFew", timed.size(), windowStart.plusDays(1),
                    min), expected, Map.of("answered", (double) timed.size()), evidence(timed));
        }
        double median = median(timed.stream().map(Timed::days).toList());
        double medianWorking = median(timed.stream().map(Timed::workingDays).toList());
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("medianDays", median);
        figures.put("answered", (double) timed.size());
        figures.put("medianWorkingDays", medianWorking);
        double judged = useWorking ? medianWorking : median;
        Verdict verdict = judged <= target ? Verdict.PASS : Verdict.FAIL;
        Text reason = Text.of("check.response." + (useWorking ? "working" : "calendar")
                        + (verdict == Verdict.PASS ? "Met" : "Missed"), judged, timed.size(),
                useWorking ? median : medianWorking, target);
        return ctx.finding(verdict, reason, expected, figures, evidence(timed));
    }

    private static Text rejected(LocalDate asked, LocalDate answered, LocalDate windowStart, LocalDate asOf) {
        if (asked == null || answered == null) {
            return Text.of(asked == null ? "check.trace.noAsked" : "check.trace.noAnswered");
        }
        if (!asked.isAfter(windowStart)) {
            return Text.of("check.trace.beforeWindow", windowStart.plusDays(1), asOf);
        }
        return Text.of(answered.isAfter(asOf) ? "check.trace.answeredLate" : "check.trace.answeredEarly");
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /**
     * The slowest answers first: what a reader wants to see behind a median; among equally slow ones the
     * newest answers, then by question and address, so the choice does not follow crawl order.
     */
    private static List<Evidence> evidence(List<Timed> timed) {
        return timed.stream().sorted(Comparator.comparingLong(Timed::days).reversed()
                        .thenComparing((Timed t) -> t.pair().answered(), Comparator.reverseOrder())
                        .thenComparing(t -> QaPairs.title(t.pair())).thenComparing(t -> t.pair().url().toString()))
                .limit(5)
                .map(t -> new Evidence(t.pair().url(), QaPairs.title(t.pair()), t.pair().answered(),
                        Text.of("check.evidence.answered", t.pair().asked(), t.pair().answered(),
                                Math.toIntExact(t.days()))))
                .toList();
    }

    @Override
    public String toString() {
        return info.id() + ": trung vị số ngày từ câu hỏi tới câu trả lời (câu hỏi trong windowDays ngày, đủ hai ngày)"
                + " ≤ target; dưới minQuestions câu → UNKNOWN; " + versions;
    }
}
