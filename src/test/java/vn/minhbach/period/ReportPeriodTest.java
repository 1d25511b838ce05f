package vn.minhbach.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026                  | YEAR      | 2026                  | 2026-01-01 | 2026-12-31 | 365
            2026-H1               | HALF_YEAR | 2026-H1               | 2026-01-01 | 2026-06-30 | 181
            2026-h2               | HALF_YEAR | 2026-H2               | 2026-07-01 | 2026-12-31 | 184
            2026-Q3               | QUARTER   | 2026-Q3               | 2026-07-01 | 2026-09-30 | 92
            2028-Q1               | QUARTER   | 2028-Q1               | 2028-01-01 | 2028-03-31 | 91
            2026-11               | MONTH     | 2026-11               | 2026-11-01 | 2026-11-30 | 30
            2028-02               | MONTH     | 2028-02               | 2028-02-01 | 2028-02-29 | 29
            2026-01-01..2026-06-30| RANGE     | 2026-01-01..2026-06-30| 2026-01-01 | 2026-06-30 | 181
            ' 2026-03-05..2026-03-05 ' | RANGE | 2026-03-05..2026-03-05 | 2026-03-05 | 2026-03-05 | 1
            """)
    void readsEveryForm(String text, ReportPeriod.Kind kind, String label, LocalDate start, LocalDate end, int days) {
        ReportPeriod period = ReportPeriod.parse(text);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.label()).isEqualTo(label);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.days()).isEqualTo(days);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2026-H3                 | '2026-H3': halves are H1 and H2
            2026-Q0                 | '2026-Q0': quarters are Q1 to Q4
            2026-13                 | '2026-13': months are 01 to 12
            2026-00                 | '2026-00': months are 01 to 12
            2026-02-30..2026-03-01  | 2026-02-30 is not a date YYYY-MM-DD
            2026-06-30..2026-01-01  | '2026-06-30..2026-01-01' ends before it starts
            26                      | expected 2026, 2026-H1, 2026-Q3, 2026-11 or 2026-01-01..2026-06-30, got '26'
            2026-S1                 | got '2026-S1'
            2026-01-01-2026-06-30   | got '2026-01-01-2026-06-30'
            \"\"                      | got ''
            """)
    void explainsWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> ReportPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void listsTheMonthsItTouches() {
        assertThat(ReportPeriod.parse("2026-01-20..2026-03-02").months())
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(ReportPeriod.parse("2026-Q4").months()).hasSize(3);
    }
}
