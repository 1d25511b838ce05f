package vn.minhbach.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.report.Wording;

/**
 * The periods a portal's stored audits cover, offered as period reports: each year with an audit, and its
 * halves, quarters and months that hold one. Codes are those of {@code minhbach report --period}.
 */
final class PeriodChoices {
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /** A period to offer: its code for the link and its name. */
    record Choice(String code, String name) {
    }

    /** The periods of one year, the year itself first. */
    record Year(int year, List<Choice> choices) {
    }

    private PeriodChoices() {
    }

    /** As {@link #of(Collection, Wording)}, named in Vietnamese. */
    static List<Year> of(Collection<LocalDate> auditDates) {
        return of(auditDates, Wording.of(Lang.VI));
    }

    /**
     * Years newest first; within a year: the year, halves, quarters, then months, each in calendar order, named
     * in the language of {@code t}.
     */
    static List<Year> of(Collection<LocalDate> auditDates, Wording t) {
        Messages messages = t.messages();
        Set<Integer> years = new TreeSet<>((a, b) -> Integer.compare(b, a));
        auditDates.forEach(d -> years.add(d.getYear()));
        List<Year> result = new ArrayList<>();
        for (int year : years) {
            List<LocalDate> dates = auditDates.stream().filter(d -> d.getYear() == year).toList();
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice(Integer.toString(year), messages.get("web.period.year", year)));
            for (int half = 1; half <= 2; half++) {
                int h = half;
                if (dates.stream().anyMatch(d -> (d.getMonthValue() - 1) / 6 + 1 == h)) {
                    choices.add(new Choice(year + "-H" + half, messages.get("web.period.half." + half, year)));
                }
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                int q = quarter;
                if (dates.stream().anyMatch(d -> (d.getMonthValue() - 1) / 3 + 1 == q)) {
                    choices.add(new Choice(year + "-Q" + quarter, messages.get("web.period.quarter." + quarter, year)));
                }
            }
            for (int month = 1; month <= 12; month++) {
                int m = month;
                if (dates.stream().anyMatch(d -> d.getMonthValue() == m)) {
                    choices.add(new Choice(String.format("%d-%02d", year, month),
                            messages.get("web.period.month." + month, year)));
                }
            }
            result.add(new Year(year, List.copyOf(choices)));
        }
        return List.copyOf(result);
    }

    /**
     * True for the period forms {@code minhbach report --period} takes: {@code 2026}, {@code 2026-H1},
     * {@code 2026-Q3}, {@code 2026-11}, or two real dates {@code 2026-01-01..2026-06-30} in order.
     */
    static boolean isPeriod(String text) {
        if (text == null) {
            return false;
        }
        if (CODE.matcher(text).matches()) {
            return true;
        }
        Matcher range = RANGE.matcher(text);
        if (!range.matches()) {
            return false;
        }
        try {
            return !LocalDate.parse(range.group(2)).isBefore(LocalDate.parse(range.group(1)));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
