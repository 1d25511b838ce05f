package vn.minhbach.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reporting period named in a title ("quý I năm 2026", "6 tháng đầu năm 2026", "giai đoạn 2021 - 2025"),
 * with the first and last day it covers.
 *
 * @param number quarter 1-4, half 1-2, month 1-12, 0 for the other kinds
 * @param year   the year; for {@link Kind#MULTI_YEAR} the first year, {@code end} being 31/12 of the last
 */
public record Period(Kind kind, int year, int number, LocalDate start, LocalDate end) {

    /** The span a title names: a year, quý, 6 tháng, 9 tháng, tháng, or a giai đoạn of several years. */
    public enum Kind { YEAR, QUARTER, HALF_YEAR, NINE_MONTHS, MONTH, MULTI_YEAR }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + " > " + end);
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period quarter(int year, int quarter) {
        checkRange(quarter, 4, "quarter");
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new Period(Kind.QUARTER, year, quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static Period half(int year, int half) {
        checkRange(half, 2, "half");
        return half == 1
                ? new Period(Kind.HALF_YEAR, year, 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new Period(Kind.HALF_YEAR, year, 2, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    public static Period nineMonths(int year) {
        return new Period(Kind.NINE_MONTHS, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30));
    }

    public static Period month(int year, int month) {
        checkRange(month, 12, "month");
        YearMonth ym = YearMonth.of(year, month);
        return new Period(Kind.MONTH, year, month, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period multiYear(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("last year before first: " + firstYear + "-" + lastYear);
        }
        return new Period(Kind.MULTI_YEAR, firstYear, 0, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * The period as report.json writes it: "2026", "2026-H1", "2026-Q3", "2026-9M", "2026-11" (the month form of
     * {@code minhbach report --period}) or "2021-2025" for a giai đoạn.
     */
    public String key() {
        return switch (kind) {
            case YEAR -> Integer.toString(year);
            case QUARTER -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case MONTH -> String.format("%d-%02d", year, number);
            case MULTI_YEAR -> year + "-" + lastYear();
        };
    }

    /** The last calendar year the period touches (equal to {@link #year()} except for MULTI_YEAR). */
    public int lastYear() {
        return end.getYear();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    private static void checkRange(int value, int max, String what) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(what + " out of range: " + value);
        }
    }
}
