package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PeriodTest {

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of(Period.year(2026), "2026"),
                Arguments.of(Period.quarter(2026, 3), "2026-Q3"),
                Arguments.of(Period.half(2026, 1), "2026-H1"),
                Arguments.of(Period.half(2025, 2), "2025-H2"),
                Arguments.of(Period.nineMonths(2026), "2026-9M"),
                Arguments.of(Period.month(2026, 2), "2026-02"),
                Arguments.of(Period.month(2026, 11), "2026-11"),
                Arguments.of(Period.multiYear(2021, 2025), "2021-2025"));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void keyIsTheFormReportJsonWrites(Period period, String key) {
        assertThat(period.key()).isEqualTo(key);
    }
}
