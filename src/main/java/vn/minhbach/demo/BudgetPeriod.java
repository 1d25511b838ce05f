package vn.minhbach.demo;

import java.time.LocalDate;

/**
 * A budget-execution reporting period and its disclosure deadline, as checklist item budget.execution
 * reads TT 343/2016/TT-BTC Điều 14.3 and TT 26/2026/TT-BTC: 15 days after the period ends (15/4, 15/7,
 * 15/10, and 15/1 of the next year for the whole year).
 *
 * @param year    the budget year
 * @param quarter how many quarters the report covers (1 = quý I, 2 = 6 tháng, 3 = 9 tháng, 4 = năm)
 */
record BudgetPeriod(int year, int quarter) {

    LocalDate end() {
        return LocalDate.of(year, quarter * 3, 1).withDayOfMonth(1).plusMonths(1).minusDays(1);
    }

    LocalDate deadline() {
        return end().plusDays(15);
    }

    String label() {
        return switch (quarter) {
            case 1 -> "quý I năm " + year;
            case 2 -> "6 tháng đầu năm " + year;
            case 3 -> "9 tháng năm " + year;
            default -> "năm " + year;
        };
    }

    BudgetPeriod previous() {
        return quarter == 1 ? new BudgetPeriod(year - 1, 4) : new BudgetPeriod(year, quarter - 1);
    }

    /** The latest period whose deadline lies strictly before the given day. */
    static BudgetPeriod latestDue(LocalDate day) {
        BudgetPeriod period = new BudgetPeriod(day.getYear(), 4);
        while (!period.deadline().isBefore(day)) {
            period = period.previous();
        }
        return period;
    }
}
