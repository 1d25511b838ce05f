package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.vietnam(Set.of(), Set.of());

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-03-05, true
            2026-03-07, false
            2026-03-08, false
            2021-01-01, false
            2021-02-16, false
            2022-01-03, false
            2023-01-26, false
            2023-05-03, false
            2023-09-04, false
            2024-02-08, false
            2024-04-29, false
            2024-05-04, true
            2025-01-27, false
            2025-02-03, true
            2025-02-08, false
            2025-04-07, false
            2025-04-26, true
            2025-05-02, false
            2025-09-01, false
            2026-02-16, false
            2026-02-20, false
            2026-02-23, true
            2026-04-27, false
            2026-09-02, false
            2027-02-11, false
            2028-01-31, false
            2028-05-02, false
            2029-09-04, false
            2030-02-08, false
            2030-09-03, false
            2031-01-01, true
            """)
    void knowsWorkingDays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-03-05,  5, 2026-03-12
            2026-03-05,  0, 2026-03-05
            2025-01-24,  1, 2025-02-03
            2025-01-24,  5, 2025-02-07
            2025-01-24,  6, 2025-02-10
            2024-04-26,  1, 2024-05-02
            2024-04-26,  3, 2024-05-04
            2025-02-03, -1, 2025-01-24
            2026-02-13,  1, 2026-02-23
            2030-12-31,  1, 2031-01-01
            """)
    void addsWorkingDays(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
        if (n > 0) {
            assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(n);
            assertThat(calendar.workingDaysBetween(expected, from)).isEqualTo(-n);
        }
    }

    @Test
    void configuredDaysOverrideTheData() {
        LocalDate friday = LocalDate.of(2026, 3, 6);
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        LocalDate tet = LocalDate.of(2026, 2, 18);
        WorkingCalendar custom = WorkingCalendar.vietnam(Set.of(friday), Set.of(saturday, tet));
        assertThat(custom.isWorkingDay(friday)).isFalse();
        assertThat(custom.isHoliday(friday)).isTrue();
        assertThat(custom.isWorkingDay(saturday)).isTrue();
        assertThat(custom.isWorkingDay(tet)).isTrue();
        assertThat(custom.isHoliday(tet)).isFalse();
        assertThat(custom.addWorkingDays(LocalDate.of(2026, 3, 5), 1)).isEqualTo(saturday);
        assertThat(calendar.isHoliday(tet)).isTrue();
        assertThat(WorkingCalendar.vietnam(null, null).isWorkingDay(friday)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2020-12-31, false
            2021-01-01, true
            2030-12-31, true
            2031-01-01, false
            """)
    void coversTheDataYears(LocalDate day, boolean covered) {
        assertThat(calendar.covers(day)).isEqualTo(covered);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2021, 2021-02-12, 2021-04-21
            2022, 2022-02-01, 2022-04-10
            2023, 2023-01-22, 2023-04-29
            2024, 2024-02-10, 2024-04-18
            2025, 2025-01-29, 2025-04-07
            2026, 2026-02-17, 2026-04-26
            2027, 2027-02-06, 2027-04-16
            2028, 2028-01-26, 2028-04-04
            2029, 2029-02-13, 2029-04-23
            2030, 2030-02-03, 2030-04-12
            """)
    void everyYearHasTheStatutoryHolidays(int year, LocalDate tet, LocalDate gioTo) {
        for (LocalDate d : List.of(LocalDate.of(year, 1, 1), tet.minusDays(1), tet, tet.plusDays(1), tet.plusDays(2),
                tet.plusDays(3), gioTo, LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2))) {
            assertThat(calendar.isHoliday(d)).as(d.toString()).isTrue();
        }
        boolean adjacent = calendar.isHoliday(LocalDate.of(year, 9, 1)) || calendar.isHoliday(LocalDate.of(year, 9, 3));
        assertThat(adjacent).as("Quốc khánh adjacent day").isTrue();
    }

    /**
     * Điều 112 gives 11 days off a year; compensatory and traded days keep the weekday total at 11 once the
     * make-up Saturdays are counted back. 2026 lists the 31/8 trade whose make-up day is not yet known.
     */
    @ParameterizedTest
    @CsvSource(textBlock = """
            2021, 11
            2022, 11
            2023, 11
            2024, 11
            2025, 11
            2026, 12
            2027, 11
            2028, 11
            2029, 11
            2030, 11
            """)
    void weekdaysOffPerYearMatchTheLaw(int year, int expected) {
        int weekdaysOff = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !calendar.isWorkingDay(d)) {
                weekdaysOff++;
            } else if (weekend && calendar.isWorkingDay(d)) {
                weekdaysOff--;
            }
        }
        assertThat(weekdaysOff).isEqualTo(expected);
    }

    @Test
    void dataFileIsWellFormed() throws IOException {
        List<String> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WorkingCalendar.class.getResourceAsStream("holidays-vn.csv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(rows::add);
        }
        assertThat(rows).hasSizeGreaterThan(110);
        LocalDate previous = LocalDate.MIN;
        for (String row : rows) {
            String[] cols = row.split(",", -1);
            assertThat(cols.length).as(row).isBetween(2, 3);
            LocalDate d = LocalDate.parse(cols[0]);
            assertThat(d).as("sorted, no repeats: " + row).isAfter(previous);
            assertThat(cols[1]).as(row).isNotBlank();
            if (cols.length == 3) {
                assertThat(cols[2]).isEqualTo("work");
                assertThat(d.getDayOfWeek()).as(row).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
            previous = d;
        }
    }
}
