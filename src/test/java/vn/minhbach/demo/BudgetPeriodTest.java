package vn.minhbach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetPeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-28, 9 tháng năm 2026, 2026-10-15",
        "2026-10-15, 6 tháng đầu năm 2026, 2026-07-15",
        "2026-10-16, 9 tháng năm 2026, 2026-10-15",
        "2026-01-15, 9 tháng năm 2025, 2025-10-15",
        "2026-01-16, năm 2025, 2026-01-15",
        "2026-04-16, quý I năm 2026, 2026-04-15",
        "2026-07-31, 6 tháng đầu năm 2026, 2026-07-15"
    })
    void latestDueIsThePeriodWhoseDeadlineHasPassed(LocalDate day, String label, LocalDate deadline) {
        BudgetPeriod due = BudgetPeriod.latestDue(day);

        assertThat(due.label()).isEqualTo(label);
        assertThat(due.deadline()).isEqualTo(deadline);
    }

    @ParameterizedTest
    @CsvSource({"2026, 1, 2026-03-31", "2026, 2, 2026-06-30", "2026, 3, 2026-09-30", "2025, 4, 2025-12-31"})
    void periodsEndAtQuarterEnds(int year, int quarter, LocalDate end) {
        assertThat(new BudgetPeriod(year, quarter).end()).isEqualTo(end);
    }
}
