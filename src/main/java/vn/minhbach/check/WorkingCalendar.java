package vn.minhbach.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in Vietnam, for deadlines counted in "ngày làm việc" (e.g. posting a procedure within
 * 5 working days of its công bố decision).
 *
 * <p>Holidays follow Bộ luật Lao động 2019 (45/2019/QH14) Điều 112: Tết Dương lịch, five days of Tết Âm
 * lịch, Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh 2/9 with one adjacent day, and a compensatory day (nghỉ
 * bù) when a holiday falls on the weekly rest day. The bundled {@code holidays-vn.csv} lists every day off
 * 2021-2030 (announced schedules where known) and the make-up Saturdays (làm bù) that trade for them;
 * a site's config adds its own days off and make-up days. Outside 2021-2030 only weekends and the
 * configured days count, which {@link #covers} lets callers report.
 */
public final class WorkingCalendar {

    private static final String RESOURCE = "holidays-vn.csv";
    private static final int FIRST_YEAR = 2021;
    private static final int LAST_YEAR = 2030;
    /** A working-day search this long without finding one means the data is broken, not the calendar. */
    private static final int MAX_SCAN_DAYS = 400;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingDays;
    private final Set<LocalDate> configuredHolidays;

    private WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingDays, Set<LocalDate> configuredHolidays) {
        this.holidays = Set.copyOf(holidays);
        this.workingDays = Set.copyOf(workingDays);
        this.configuredHolidays = Set.copyOf(configuredHolidays);
    }

    /** Vietnam's days off 2021-2030 from the bundled data, plus the config's extra days off and make-up days. */
    public static WorkingCalendar vietnam(Set<LocalDate> extraHolidays, Set<LocalDate> extraWorkingDays) {
        Set<LocalDate> extraOff = extraHolidays == null ? Set.of() : extraHolidays;
        Set<LocalDate> extraOn = extraWorkingDays == null ? Set.of() : extraWorkingDays;
        Set<LocalDate> off = new HashSet<>(Bundled.DATA.holidays());
        off.addAll(extraOff);
        // a configured working day overrides the bundled data, e.g. when a break was shortened
        off.removeAll(extraOn);
        Set<LocalDate> on = new HashSet<>(Bundled.DATA.workingDays());
        on.addAll(extraOn);
        on.removeAll(extraOff);
        return new WorkingCalendar(off, on, extraOff);
    }

    /** Monday to Friday and not a day off; a make-up working day (làm bù) counts even on a Saturday. */
    public boolean isWorkingDay(LocalDate d) {
        if (configuredHolidays.contains(d)) {
            return false;
        }
        if (workingDays.contains(d)) {
            return true;
        }
        DayOfWeek dow = d.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** A listed or configured day off, whatever the weekday. */
    public boolean isHoliday(LocalDate d) {
        return holidays.contains(d);
    }

    /**
     * The n-th working day after {@code from} ({@code from} itself does not count); n = 0 gives {@code from},
     * a negative n counts backwards.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate d = from;
        int sinceLastWorkingDay = 0;
        while (remaining > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                remaining--;
                sinceLastWorkingDay = 0;
            } else if (++sinceLastWorkingDay > MAX_SCAN_DAYS) {
                throw new IllegalStateException("no working day within " + MAX_SCAN_DAYS + " days of " + d);
            }
        }
        return d;
    }

    /** Working days in (from, toInclusive]; negative when {@code toInclusive} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate toInclusive) {
        if (toInclusive.isBefore(from)) {
            return -workingDaysBetween(toInclusive, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** True for 2021..2030, the years the bundled holiday data lists. */
    public boolean covers(LocalDate d) {
        return d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR;
    }

    /** The bundled data, read once. */
    private record Bundled(Set<LocalDate> holidays, Set<LocalDate> workingDays) {
        static final Bundled DATA = load();

        private static Bundled load() {
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> on = new HashSet<>();
            try (InputStream in = WorkingCalendar.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split(",", -1);
                    LocalDate date = LocalDate.parse(cols[0].strip());
                    boolean work = cols.length > 2 && cols[2].strip().equalsIgnoreCase("work");
                    (work ? on : off).add(date);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return new Bundled(Set.copyOf(off), Set.copyOf(on));
        }
    }
}
