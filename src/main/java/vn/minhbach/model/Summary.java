package vn.minhbach.model;

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
        int applicable = findings.size() - counts.get(Verdict.NOT_APPLICABLE);
        double score = applicable == 0 ? 0.0
                : Math.round(1000.0 * counts.get(Verdict.PASS) / applicable) / 10.0;
        return new Summary(findings.size(), counts, score);
    }

    public int count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0);
    }

    /** True when every applicable item passed (exit code 0). */
    public boolean allPass() {
        return count(Verdict.PASS) + count(Verdict.NOT_APPLICABLE) == total;
    }
}
