package vn.minhbach.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporting periods named in titles (checklist "How to recognise things"): "năm 2026", "quý I năm 2026",
 * "6 tháng đầu năm 2026", "9 tháng năm 2026", "tháng 11/2026", "giai đoạn 2021 - 2025", "2026-2030".
 *
 * <p>Matching runs on {@link VietText#fold folded} text, so NFD, upper case and dash variants behave alike.
 * Where two readings overlap the one starting first wins, then the longer one, so "quý I năm 2026" is
 * only a quarter and "ngày 31 tháng 8 năm 2021" (a date) is no period at all.
 */
public final class Periods {

    private static final String START = "(?<![a-z0-9])";
    private static final String YEAR = "(\\d{4})(?!\\d)";
    /** A separator between a part of the year and the year: "quý I năm 2026", "quý 1/2026", "Quý III-2026". */
    private static final String TO_YEAR = "\\s*(?:[-/,.]\\s*)?(?:nam\\s+)?";

    private static final List<Rule> RULES = List.of(
            new Rule(List.of("thang"), Pattern.compile(START + "(?:ngay\\s+)?\\d{1,2}\\s+thang\\s+\\d{1,2}\\s*,?\\s+nam\\s+\\d{4}"),
                    m -> null),
            new Rule(List.of("q"), Pattern.compile(START + "(?:quy\\s*(iv|iii|ii|i|0?[1-4])|q([1-4]))(?![a-z0-9])" + TO_YEAR + YEAR),
                    m -> Period.quarter(year(m, 3), quarter(m.group(1) != null ? m.group(1) : m.group(2)))),
            new Rule(List.of("thang"), Pattern.compile(START + "(?:0?6|sau)\\s+thang\\s+(?:(dau|cuoi)\\s+)?(?:nam\\s+)?" + YEAR),
                    m -> Period.half(year(m, 2), "cuoi".equals(m.group(1)) ? 2 : 1)),
            new Rule(List.of("thang"), Pattern.compile(START + "(?:0?9|chin)\\s+thang\\s+(?:dau\\s+)?(?:nam\\s+)?" + YEAR),
                    m -> Period.nineMonths(year(m, 1))),
            new Rule(List.of("thang"), Pattern.compile(START + "thang\\s+(0?[1-9]|1[0-2])(?!\\d)" + TO_YEAR + YEAR),
                    m -> Period.month(year(m, 2), Integer.parseInt(m.group(1)))),
            new Rule(List.of("-", "den", "toi"), Pattern.compile("(?:" + START + "(?:giai doan|thoi ky|ke hoach|\\d{1,2} nam|nam)\\s+(?:tu\\s+)?(?:nam\\s+)?)?"
                            + "(?<![\\d/.-])(\\d{4})\\s*(?:-|den|toi)\\s*(?:nam\\s+)?(\\d{4})(?!\\d|[/.-]\\d)"),
                    Periods::multiYear),
            new Rule(List.of("nam"), Pattern.compile(START + "(?:ca\\s+)?nam\\s+(?:tai chinh\\s+|ngan sach\\s+)?" + YEAR),
                    m -> Period.year(year(m, 1))));

    private Periods() {
    }

    /** Periods named in the text, in order of appearance. */
    public static List<Period> findAll(String text) {
        String s = VietText.fold(text);
        if (s.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(s)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(s);
            while (m.find()) {
                Period p;
                try {
                    p = rule.build().apply(m);
                } catch (IllegalArgumentException outOfRange) {
                    continue;
                }
                // a date such as "31 tháng 8 năm 2021" still claims its span so nothing inside it is read
                candidates.add(new Candidate(m.start(), m.end(), p));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<Period> periods = new ArrayList<>();
        int claimedTo = 0;
        for (Candidate c : candidates) {
            if (c.start() >= claimedTo) {
                claimedTo = c.end();
                if (c.period() != null) {
                    periods.add(c.period());
                }
            }
        }
        return periods;
    }

    public static Optional<Period> first(String text) {
        List<Period> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private static Period multiYear(MatchResult m) {
        int from = year(m, 1);
        int to = year(m, 2);
        // "2021-2025" is a plan period; "2025-2021" or "1990-2090" is not
        if (to <= from || to - from > 20) {
            throw new IllegalArgumentException("not a period: " + from + "-" + to);
        }
        return Period.multiYear(from, to);
    }

    private static int year(MatchResult m, int group) {
        int y = Integer.parseInt(m.group(group));
        if (y < VietDates.MIN_YEAR || y > VietDates.MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + y);
        }
        return y;
    }

    private static int quarter(String numeral) {
        return switch (numeral) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(numeral);
        };
    }

    /**
     * A pattern, the period it reads, and the words one of which each of its matches holds: a text holding none
     * of them is not scanned (most texts name no period, and seven scans of a long text cost more than the rest).
     */
    private record Rule(List<String> needs, Pattern pattern, Function<MatchResult, Period> build) {
        boolean mayMatch(String folded) {
            for (String word : needs) {
                if (folded.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Candidate(int start, int end, Period period) {
    }
}
