package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FetcherTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"3, 3000", "0, 0", "120, 120000", "NULL, -1", "soon, -1", "'', -1"})
    void readsRetryAfterSeconds(String header, long millis) {
        assertThat(Fetcher.retryAfterMillis(header)).isEqualTo(millis);
    }

    @Test
    void readsRetryAfterDates() {
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        assertThat(Fetcher.retryAfterMillis(inAMinute)).isBetween(55_000L, 60_000L);
    }

    @ParameterizedTest
    @CsvSource({
        "'minhbach/1.0 (+https://github.com/minhbach/minhbach; transparency audit)', minhbach",
        "MyBot, mybot",
        "'', *",
    })
    void robotsProductToken(String userAgent, String token) {
        assertThat(RobotsCache.productToken(userAgent)).isEqualTo(token);
    }
}
