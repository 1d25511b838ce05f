package vn.minhbach.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written on Vietnamese pages, always read day first (checklist "How to recognise things", domain
 * notes §7): "01/10/2021 15:53", "13:39 - 01/08/2022", "Cập nhật lúc 08:30, Thứ Hai, 24/12/2022 (GMT+7)",
 * "Hà Nội, ngày 24 tháng 6 năm 2022", ISO dates and date-times. Invalid dates and years outside
 * 1990..2100 are ignored; phone numbers and document numbers never yield dates.
 */
public final class VietDates {

    /** The zone in which an ISO date-time with an offset is turned into the date a Vietnamese reader sees. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    /**
     * d/M/yyyy with one separator used twice. The guards keep it out of phone numbers ("0255.3714507"),
     * longer dotted numbers and paths, and out of ISO dates, which {@link #ISO} reads.
     */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?!\\d|[/.]\\d)");
    private static final Pattern WORDS = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s+năm\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d/.-])(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d-])");
    /** The yearless start of a range "27/9-01/10/2021" or "27/9 đến ngày 01/10/2021"; the end is read by NUMERIC. */
    private static final Pattern RANGE_START = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})/(\\d{1,2})\\s*(?:-|đến|tới)\\s*(?:ngày\\s+)?(?=\\d{1,2}/(\\d{1,2})/(\\d{4})(?!\\d))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private VietDates() {
    }

    /**
     * A date and where it is written: {@code start} and {@code end} are offsets into the text as
     * {@link VietText#normalize} gives it (so into a normalised or folded line as well).
     */
    public record Stamp(LocalDate date, int start, int end) {
    }

    /** Every date in the text, in order of appearance. */
    public static List<LocalDate> findAll(String text) {
        List<Stamp> stamps = stamps(text);
        List<LocalDate> dates = new ArrayList<>(stamps.size());
        for (Stamp f : stamps) {
            dates.add(f.date());
        }
        return dates;
    }

    /** Every date in the text with its place, in order of appearance. */
    public static List<Stamp> stamps(String text) {
        String s = VietText.normalize(text);
        // Every form has a four-digit year: most texts have none, and need no pattern run over them.
        if (!hasYearDigits(s)) {
            return List.of();
        }
        List<Stamp> found = new ArrayList<>();
        Matcher m = NUMERIC.matcher(s);
        while (m.find()) {
            add(found, m, date(m.group(4), m.group(3), m.group(1)));
        }
        if (s.toLowerCase(Locale.ROOT).contains("tháng")) {
            m = WORDS.matcher(s);
            while (m.find()) {
                add(found, m, date(m.group(3), m.group(2), m.group(1)));
            }
        }
        m = ISO.matcher(s);
        while (s.indexOf('-') >= 0 && m.find()) {
            add(found, m, isoDate(m));
        }
        m = RANGE_START.matcher(s);
        while (s.indexOf('/') >= 0 && m.find()) {
            int endMonth = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            int startMonth = Integer.parseInt(m.group(2));
            // "27/12-02/01/2022" starts in the year before the one written
            add(found, m, date(year - (startMonth > endMonth ? 1 : 0), startMonth, Integer.parseInt(m.group(1))));
        }
        found.sort(Comparator.comparingInt(Stamp::start));
        return found;
    }

    /** True when the text has four ASCII digits in a row, as every year the patterns read has. */
    private static boolean hasYearDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    public static Optional<LocalDate> first(String text) {
        List<LocalDate> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The latest date in the text that is not after {@code maxDate}, skipping "hiệu lực đến 2030" style future dates. */
    public static Optional<LocalDate> latest(String text, LocalDate maxDate) {
        LocalDate best = null;
        for (LocalDate d : findAll(text)) {
            if (!d.isAfter(maxDate) && (best == null || d.isAfter(best))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date of an attribute value such as {@code <time datetime>} or {@code article:published_time}: an
     * ISO date, or an ISO date-time with or without offset, an offset one being read in Asia/Ho_Chi_Minh.
     * A day-first value ("05/03/2026 08:00") is accepted too, since some sites put that in the attribute.
     */
    public static Optional<LocalDate> parseIso(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value.strip();
        Matcher m = ISO.matcher(s);
        if (m.lookingAt() && m.end() == s.length()) {
            return Optional.ofNullable(isoDate(m));
        }
        return first(s);
    }

    private static LocalDate isoDate(Matcher m) {
        LocalDate date = date(m.group(1), m.group(2), m.group(3));
        if (date == null || m.group(7) == null) {
            return date;
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return date;
        }
        ZoneOffset offset = offset(m.group(7));
        if (offset == null) {
            return date;
        }
        return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second)
                .atOffset(offset).atZoneSameInstant(VIETNAM).toLocalDate();
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        if (hours > 18 || minutes > 59) {
            return null;
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** The date, or null when it does not exist or its year is outside 1990..2100. */
    static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static void add(List<Stamp> found, Matcher m, LocalDate date) {
        if (date != null) {
            found.add(new Stamp(date, m.start(), m.end()));
        }
    }
}
