package vn.minhbach.model;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per verdict and the score: 100 × PASS / (total − NOT_APPLICABLE), one decimal.
 */
public record Summary(int total, Map<Verdict, Integer> counts, double score) {
    public Summary {
        counts = Map.copyOf(counts);
    }

    public static Summary of(List<Finding> findings) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        findings.forEach(f -> counts.merge(f.status(), 1, Integer::sum));
        return new Summary(findings.size(), counts, score(counts, findings.size()));
    }

    /** The score of an audit whose items have {@code verdicts}, as {@link #score()} (a stored audit's, say). */
    public static double score(Collection<Verdict> verdicts) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
        return score(counts, verdicts.size());
    }

    private static double score(Map<Verdict, Integer> counts, int total) {
        int applicable = total - counts.getOrDefault(Verdict.NOT_APPLICABLE, 0);
        return applicable == 0 ? 0.0 : Math.round(1000.0 * counts.getOrDefault(Verdict.PASS, 0) / applicable) / 10.0;
    }

    public int count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0);
    }

    /** True when every applicable item passed (exit code 0). */
    public boolean allPass() {
        return count(Verdict.PASS) + count(Verdict.NOT_APPLICABLE) == total;
    }
}
