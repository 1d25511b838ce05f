package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodChoicesTest {

    @Test
    void yearsNewestFirstWithTheHalvesQuartersAndMonthsThatHoldAudits() {
        List<PeriodChoices.Year> years = PeriodChoices.of(List.of(LocalDate.of(2025, 12, 30),
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 8, 1)));
        assertThat(years).extracting(PeriodChoices.Year::year).containsExactly(2026, 2025);
        assertThat(years.get(0).choices()).extracting(PeriodChoices.Choice::code)
                .containsExactly("2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q3", "2026-02", "2026-08");
        assertThat(years.get(0).choices()).extracting(PeriodChoices.Choice::name)
                .containsExactly("Năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "Quý I/2026",
                        "Quý III/2026", "Tháng 2/2026", "Tháng 8/2026");
        assertThat(years.get(1).choices()).extracting(PeriodChoices.Choice::code)
                .containsExactly("2025", "2025-H2", "2025-Q4", "2025-12");
        assertThat(PeriodChoices.of(List.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026,                    true
            2026-H1,                 true
            2026-Q4,                 true
            2026-11,                 true
            2026-01-01..2026-06-30,  true
            2026-06-30..2026-06-30,  true
            2026-H3,                 false
            2026-Q5,                 false
            2026-13,                 false
            2026-00,                 false
            26,                      false
            2026-07-01..2026-06-30,  false
            2026-02-30..2026-03-01,  false
            2026-01-01,              false
            '',                      false
            '2026 ',                 false
            """)
    void periodsTakeTheFormsOfTheReportCommand(String text, boolean valid) {
        assertThat(PeriodChoices.isPeriod(text)).as(text).isEqualTo(valid);
    }
}
