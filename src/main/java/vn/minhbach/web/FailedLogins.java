package vn.minhbach.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong logins counted per client address. After {@link #LIMIT} of them within {@link #WINDOW} of the first,
 * the address is turned away (429) until that window has passed, so a password cannot be guessed at the speed
 * of the network. A right login clears the count. The table forgets expired windows once it grows large, so
 * many addresses cannot make it exhaust memory.
 */
final class FailedLogins {
    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private record Window(Instant start, int failures) {
    }

    private final Clock clock;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();

    FailedLogins(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must still wait, when it has used up its attempts. */
    Optional<Duration> blocked(String address) {
        Window window = byAddress.get(address);
        if (window == null || window.failures() < LIMIT) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), window.start().plus(WINDOW));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    void failed(String address) {
        Instant now = clock.instant();
        byAddress.merge(address, new Window(now, 1), (old, first) ->
                expired(old, now) ? first : new Window(old.start(), old.failures() + 1));
        if (byAddress.size() > PRUNE_ABOVE) {
            byAddress.values().removeIf(w -> expired(w, now));
        }
    }

    void succeeded(String address) {
        byAddress.remove(address);
    }

    private static boolean expired(Window window, Instant now) {
        return !now.isBefore(window.start().plus(WINDOW));
    }
}
