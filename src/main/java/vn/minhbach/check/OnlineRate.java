package vn.minhbach.check;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.OnlineLevel;
import vn.minhbach.extract.Texts;
import vn.minhbach.extract.Topic;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * The share of listed administrative procedures offered online (plan 125 I.2.1, II: at least 80%; NĐ 42/2022
 * Điều 11: "toàn trình" or "một phần", formerly "mức độ 3/4"): FAIL below {@code target}. Procedures whose
 * level is not stated count as listed but not online, and the reason says how many there were.
 * Figures: {@code percentOnline}, {@code online}, {@code listed}, plus {@code full} and {@code unstated}.
 *
 * @param info     the item
 * @param topic    the procedure list's names (for "nothing found")
 * @param versions rule versions; parameter {@code target}
 */
public record OnlineRate(ItemInfo info, Topic topic, List<RuleVersion> versions) implements Item {
    static final String TARGET = "target";

    public OnlineRate {
        versions = List.copyOf(versions);
    }

    @Override
    public Finding evaluate(ItemContext ctx) {
        List<Procedures.Procedure> procedures = Procedures.of(ctx.site());
        if (procedures.isEmpty()) {
            return ctx.notFound();
        }
        if (ctx.trace().on()) {
            trace(ctx, procedures);
        }
        int listed = procedures.size();
        int online = (int) procedures.stream().filter(Procedures.Procedure::online).count();
        int full = (int) procedures.stream().filter(p -> p.level() == OnlineLevel.FULL).count();
        int unstated = (int) procedures.stream().filter(p -> p.level() == OnlineLevel.UNSTATED).count();
        double percent = Texts.percent(online, listed);
        double target = ctx.param(TARGET);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("percentOnline", percent);
        figures.put("online", (double) online);
        figures.put("listed", (double) listed);
        figures.put("full", (double) full);
        figures.put("unstated", (double) unstated);
        Verdict verdict = percent >= target ? Verdict.PASS : Verdict.FAIL;
        Text reason = Text.of("check.online." + (verdict == Verdict.PASS ? "met" : "missed")
                + (unstated == 0 ? "" : "Unstated"), online, listed, percent, full, online - full, target, unstated);
        // procedures not online first: they are what the reader must act on; then by name, not crawl order
        List<Evidence> evidence = procedures.stream().sorted(Comparator.comparing(Procedures.Procedure::online)
                        .thenComparing(Procedures.Procedure::name))
                .limit(5).map(p -> new Evidence(p.address(), p.name(), null,
                        Text.of("check.evidence.level." + p.level().name()))).toList();
        return ctx.finding(verdict, reason, Text.of("check.online.expected", target), figures, evidence);
    }

    private static void trace(ItemContext ctx, List<Procedures.Procedure> procedures) {
        Trace trace = ctx.trace();
        Procedures.tracePages(trace, ctx.site());
        for (Procedures.Procedure p : procedures) {
            trace.row(new Trace.Row(p.seenOn(), Trace.Kind.PROCEDURE, p.name(), null, p.link(),
                    Text.of("check.trace.level", level(p.level()))));
            trace.decide(p.link() != null ? p.link() : p.seenOn(), p.name(), p.online(), p.online()
                    ? Text.of("check.trace.online", level(p.level())) : Text.of("check.trace.notOnline", level(p.level())));
        }
    }

    /** A level in words, for the trace. */
    private static Text level(OnlineLevel level) {
        return Text.of("check.trace.level." + level.name());
    }

    private static String levelText(OnlineLevel level) {
        return switch (level) {
            case FULL -> "toàn trình";
            case PARTIAL -> "một phần";
            case OFFLINE -> "chưa trực tuyến";
            default -> "không ghi mức độ";
        };
    }

    @Override
    public String toString() {
        return info.id() + ": (toàn trình + một phần) / số thủ tục liệt kê ≥ target%; " + versions;
    }
}
