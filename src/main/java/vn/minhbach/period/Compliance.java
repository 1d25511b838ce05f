package vn.minhbach.period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compliant days out of assessed days, for the whole period and month by month. An assessed day is an audited
 * day with a decided verdict (PASS, STALE, MISSING or FAIL); a compliant day is a PASS. UNKNOWN and
 * NOT_APPLICABLE days count in neither, so a site that was down does not lower the share and a switched-off
 * item does not raise it. For a criterion or the whole checklist the days of its items are added up.
 *
 * @param compliantDays PASS days
 * @param assessedDays  decided days
 * @param months        the same per elapsed month of the period, in order
 */
public record Compliance(int compliantDays, int assessedDays, List<Month> months) {
    public Compliance {
        months = List.copyOf(months);
    }

    /** 100 × compliant / assessed with one decimal, or null when nothing was assessed. */
    public Double percent() {
        return percent(compliantDays, assessedDays);
    }

    /** The days of several items added up, month by month. */
    static Compliance sum(List<YearMonth> months, List<Compliance> parts) {
        Map<YearMonth, int[]> byMonth = new LinkedHashMap<>();
        months.forEach(m -> byMonth.put(m, new int[2]));
        int compliant = 0;
        int assessed = 0;
        for (Compliance part : parts) {
            compliant += part.compliantDays;
            assessed += part.assessedDays;
            for (Month month : part.months) {
                int[] tally = byMonth.computeIfAbsent(month.month(), m -> new int[2]);
                tally[0] += month.compliantDays();
                tally[1] += month.assessedDays();
            }
        }
        List<Month> list = new ArrayList<>();
        byMonth.forEach((month, tally) -> list.add(new Month(month, tally[0], tally[1])));
        return new Compliance(compliant, assessed, list);
    }

    static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** One month's compliant and assessed days. */
    public record Month(YearMonth month, int compliantDays, int assessedDays) {
        public Double percent() {
            return Compliance.percent(compliantDays, assessedDays);
        }
    }
}
