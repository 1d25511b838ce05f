package vn.minhbach.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The legal regimes the rules follow, with their dates in force (checklist.md "Rules are versioned by
 * legal regime"):
 * portal content NĐ 43/2011/NĐ-CP until 14/8/2022, NĐ 42/2022/NĐ-CP from 15/8/2022 to 30/6/2026,
 * NĐ 224/2026/NĐ-CP from 1/7/2026; budget disclosure TT 343/2016/TT-BTC for 2017-2025 and
 * TT 26/2026/TT-BTC from 1/1/2026.
 */
final class Regimes {
    static final LocalDate ND43_FROM = LocalDate.of(2011, 8, 1);
    static final LocalDate ND42_FROM = LocalDate.of(2022, 8, 15);
    static final LocalDate ND224_FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate TT343_FROM = LocalDate.of(2017, 1, 1);
    static final LocalDate TT26_FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate PLAN125_FROM = LocalDate.of(2021, 1, 1);
    static final String PLAN = "KH 125/KH-UBND ";
    static final String TT26_NOTE = " (thời hạn mặc định 15/30 ngày theo TT 343/2016, chưa kiểm chứng với NĐ 73/2026)";

    private Regimes() {
    }

    /**
     * Three versions following the portal-content decrees, each with the common basis plus the clause of
     * that decree; null clauses are left out.
     */
    static List<RuleVersion> portal(Map<String, Double> defaults, List<String> common, String nd43, String nd42,
                                    String nd224) {
        return List.of(
                new RuleVersion(ND43_FROM, ND42_FROM.minusDays(1), with(common, nd43), defaults),
                new RuleVersion(ND42_FROM, ND224_FROM.minusDays(1), with(common, nd42), defaults),
                new RuleVersion(ND224_FROM, null, with(common, nd224), defaults));
    }

    /** Two versions following the budget-disclosure circulars. */
    static List<RuleVersion> budget(Map<String, Double> defaults, String tt343, String tt26) {
        return List.of(
                new RuleVersion(TT343_FROM, TT26_FROM.minusDays(1), List.of(tt343), defaults),
                new RuleVersion(TT26_FROM, null, List.of(tt26 + TT26_NOTE), defaults));
    }

    /** One version, from plan 125/KH-UBND on. */
    static List<RuleVersion> plan(Map<String, Double> defaults, String... basis) {
        return List.of(new RuleVersion(PLAN125_FROM, null, List.of(basis), defaults));
    }

    private static List<String> with(List<String> common, String clause) {
        List<String> basis = new ArrayList<>(common);
        if (clause != null) {
            basis.add(clause);
        }
        return basis;
    }
}
