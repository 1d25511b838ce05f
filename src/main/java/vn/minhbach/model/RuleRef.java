package vn.minhbach.model;

import java.util.List;

/**
 * The legal basis of the rule version applied and the dates it is in force, e.g.
 * {@code ["TT 343/2016/TT-BTC Điều 14"]} and {@code "2017-01-01..2025-12-31"}.
 */
public record RuleRef(List<String> basis, String version) {
    public RuleRef {
        basis = List.copyOf(basis);
    }
}
