package vn.minhbach.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatchUpTest {
    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String NIGHTLY = "0 0 2 * * ?";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ran last night, now morning     | 2026-11-28T02:00:03+07:00 | 2026-11-28T09:00:00+07:00 |
            off one night                   | 2026-11-27T02:00:03+07:00 | 2026-11-28T09:00:00+07:00 | 2026-11-28T02:00:00+07:00
            off three nights: once, first   | 2026-11-25T02:00:03+07:00 | 2026-11-28T09:00:00+07:00 | 2026-11-26T02:00:00+07:00
            manual audit after the miss     | 2026-11-28T03:10:00+07:00 | 2026-11-28T09:00:00+07:00 |
            before tonight's run            | 2026-11-27T02:00:03+07:00 | 2026-11-28T01:59:00+07:00 |
            """)
    void missedRunsAreFoundFromTheLastAudit(String name, String last, String now, String expected) {
        Optional<Instant> missed = CatchUp.missed(NIGHTLY, HCM, Optional.of(OffsetDateTime.parse(last).toInstant()),
                OffsetDateTime.parse(now).toInstant());
        assertThat(missed).as(name).isEqualTo(Optional.ofNullable(expected).map(t -> OffsetDateTime.parse(t).toInstant()));
    }

    @Test
    void theCronIsReadInTheConfigsZone() {
        // 02:00 in Hanoi is 19:00 UTC the day before.
        Optional<Instant> missed = CatchUp.missed(NIGHTLY, HCM, Optional.of(Instant.parse("2026-11-27T12:00:00Z")),
                Instant.parse("2026-11-28T12:00:00Z"));
        assertThat(missed).contains(Instant.parse("2026-11-27T19:00:00Z"));
    }

    @Test
    void nothingIsCaughtUpWithoutAnEarlierAudit() {
        assertThat(CatchUp.missed(NIGHTLY, HCM, Optional.empty(), Instant.now())).isEmpty();
    }
}
