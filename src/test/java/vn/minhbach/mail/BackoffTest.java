package vn.minhbach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void growsByTheFactorUpToTheMaximum() {
        Backoff backoff = new Backoff(6, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(2), pause -> { });
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(90));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(40)).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void theDefaultGivesUpWithinThreeMinutes() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < Backoff.DEFAULT.attempts(); attempt++) {
            total = total.plus(Backoff.DEFAULT.delayAfter(attempt));
        }
        assertThat(total).isEqualTo(Duration.ofSeconds(130));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new Backoff(0, Duration.ZERO, 2.0, Duration.ZERO, pause -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
        assertThatThrownBy(() -> new Backoff(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5), pause -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
