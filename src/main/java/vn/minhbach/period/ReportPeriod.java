package vn.minhbach.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.text.Period;

/**
 * The span a period report covers, as given to {@code minhbach report --period}: a year ({@code 2026}), a half
 * ({@code 2026-H1}), a quarter ({@code 2026-Q3}), a month ({@code 2026-11}) or a date range
 * ({@code 2026-01-01..2026-06-30}, both ends included). Plan 125/KH-UBND asks for half-yearly and yearly
 * reports; the other kinds serve the checks in between.
 *
 * @param kind  which of the five forms it was given in
 * @param label the canonical form, e.g. {@code 2026-H1}
 * @param start the first day
 * @param end   the last day
 */
public record ReportPeriod(Kind kind, String label, LocalDate start, LocalDate end) {

    /** The forms a period can be written in. */
    public enum Kind { YEAR, HALF_YEAR, QUARTER, MONTH, RANGE }

    static final String FORMS = "2026, 2026-H1, 2026-Q3, 2026-11 or 2026-01-01..2026-06-30";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H(\\d)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\S+?)\\.\\.(\\S+)");

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    /**
     * Reads a period; an {@link IllegalArgumentException} whose message says what was expected and what was
     * wrong when the text is not one of the five forms or names no real span.
     */
    public static ReportPeriod parse(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(value)).matches()) {
            return of(Kind.YEAR, value, Period.year(year(m)));
        }
        if ((m = HALF.matcher(value)).matches()) {
            return of(Kind.HALF_YEAR, value, Period.half(year(m), number(m, 2, "halves are H1 and H2", text)));
        }
        if ((m = QUARTER.matcher(value)).matches()) {
            return of(Kind.QUARTER, value, Period.quarter(year(m), number(m, 4, "quarters are Q1 to Q4", text)));
        }
        if ((m = MONTH.matcher(value)).matches()) {
            return of(Kind.MONTH, value, Period.month(year(m), number(m, 12, "months are 01 to 12", text)));
        }
        if ((m = RANGE.matcher(value)).matches()) {
            LocalDate from = date(m.group(1), text);
            LocalDate to = date(m.group(2), text);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("'" + text + "' ends before it starts");
            }
            return new ReportPeriod(Kind.RANGE, from + ".." + to, from, to);
        }
        throw new IllegalArgumentException("expected " + FORMS + ", got '" + text + "'");
    }

    /** Number of days, both ends included. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The calendar months the period touches, in order; the first and last may be partly covered. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    private static ReportPeriod of(Kind kind, String label, Period span) {
        return new ReportPeriod(kind, label, span.start(), span.end());
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group(1));
    }

    private static int number(Matcher m, int max, String rule, String text) {
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || n > max) {
            throw new IllegalArgumentException("'" + text + "': " + rule);
        }
        return n;
    }

    private static LocalDate date(String value, String text) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "': " + value + " is not a date YYYY-MM-DD");
        }
    }
}
