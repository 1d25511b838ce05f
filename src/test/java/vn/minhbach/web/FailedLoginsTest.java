package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {
    private Instant now = Instant.parse("2026-11-28T08:00:00Z");
    private final FailedLogins logins = new FailedLogins(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void anAddressIsTurnedAwayAfterTheLimitUntilItsWindowHasPassed() {
        for (int i = 1; i < FailedLogins.LIMIT; i++) {
            logins.failed("10.0.0.1");
            now = now.plusSeconds(10);
        }
        assertThat(logins.blocked("10.0.0.1")).as("one attempt left").isEmpty();
        logins.failed("10.0.0.1");
        assertThat(logins.blocked("10.0.0.1")).contains(FailedLogins.WINDOW.minusSeconds(10L * (FailedLogins.LIMIT - 1)));
        assertThat(logins.blocked("10.0.0.2")).as("other addresses are not affected").isEmpty();

        now = Instant.parse("2026-11-28T08:00:00Z").plus(FailedLogins.WINDOW);
        assertThat(logins.blocked("10.0.0.1")).isEmpty();
        logins.failed("10.0.0.1");
        assertThat(logins.blocked("10.0.0.1")).as("a new window starts from one failure").isEmpty();
    }

    @Test
    void aRightLoginClearsTheCount() {
        for (int i = 1; i < FailedLogins.LIMIT; i++) {
            logins.failed("10.0.0.1");
        }
        logins.succeeded("10.0.0.1");
        logins.failed("10.0.0.1");
        assertThat(logins.blocked("10.0.0.1")).isEmpty();
    }

    @Test
    void failuresSpreadOverLongerThanTheWindowNeverBlock() {
        for (int i = 0; i < 3 * FailedLogins.LIMIT; i++) {
            logins.failed("10.0.0.1");
            now = now.plus(FailedLogins.WINDOW.dividedBy(FailedLogins.LIMIT - 1));
        }
        assertThat(logins.blocked("10.0.0.1")).isEmpty();
    }
}
