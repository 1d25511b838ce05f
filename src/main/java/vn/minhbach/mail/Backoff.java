package vn.minhbach.mail;

import java.time.Duration;

/**
 * How often and how patiently a send is retried: at most {@code attempts} tries, the pause before the n-th
 * retry being {@code first × factor^(n-1)}, never more than {@code max}. The pause itself goes through a
 * {@link Sleeper}, so tests retry without waiting.
 */
record Backoff(int attempts, Duration first, double factor, Duration max, Sleeper sleeper) {
    /** 4 tries, 10 s, 30 s and 90 s apart: a mail server that restarts has time to come back. */
    static final Backoff DEFAULT = new Backoff(4, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(5), Sleeper.REAL);

    Backoff {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (first.isNegative() || max.isNegative() || factor < 1.0) {
            throw new IllegalArgumentException("delays must not shrink: first " + first + ", factor " + factor);
        }
    }

    /** A single try: nothing to wait for between tries. */
    Backoff once() {
        return new Backoff(1, first, factor, max, sleeper);
    }

    /** The pause after the failed try {@code attempt} (1-based), before the next one. */
    Duration delayAfter(int attempt) {
        double millis = first.toMillis() * Math.pow(factor, attempt - 1);
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }

    /** Pauses between tries; {@link #REAL} sleeps the thread. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }
}
