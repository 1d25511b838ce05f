package vn.minhbach.crawl;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import vn.minhbach.html.UrlNormalizer;
import vn.minhbach.model.FetchOutcome;

/**
 * Follows redirects hop by hop (HttpClient's own following is off), so each hop passes the politeness
 * delay, the caller's gate (scope, robots.txt, already seen), a hop limit and loop detection.
 */
final class Redirects {

    static final int MAX_HOPS = 5;
    static final String LOOP = "redirect loop";
    static final String TOO_MANY = "more than " + MAX_HOPS + " redirects";

    /** Decides whether a redirect target may be followed: null to follow, else the outcome to stop with. */
    @FunctionalInterface
    interface Gate {
        FetchOutcome check(URI target) throws InterruptedException;

        Gate ANY = target -> null;
    }

    /** Where following ended. */
    sealed interface Result {
        /** A response that is not a redirect (any status), or a request that got no response. */
        record Arrived(URI finalUrl, HttpReply reply) implements Result {
        }

        /** Following stopped at a hop: a loop, too many hops, or a target the gate refused. */
        record Stopped(FetchOutcome outcome) implements Result {
        }
    }

    private Redirects() {
    }

    static Result follow(URI url, Fetcher fetcher, Fetcher.Mode mode, Gate gate) throws InterruptedException {
        return follow(url, fetcher, mode, gate, null);
    }

    /**
     * Follows redirects from {@code url}; the hop that requests {@code known}'s final URL is made conditional
     * on it, since that is the URL whose validators the server gave.
     */
    static Result follow(URI url, Fetcher fetcher, Fetcher.Mode mode, Gate gate, RawResponse known)
            throws InterruptedException {
        Set<URI> visited = new HashSet<>();
        visited.add(url);
        URI current = url;
        for (int hop = 0; ; hop++) {
            RawResponse validators = known != null && known.finalUrl().equals(current) ? known : null;
            HttpReply reply = fetcher.fetch(current, mode, validators);
            if (!reply.answered() || !reply.redirect()) {
                return new Result.Arrived(current, reply);
            }
            URI target = UrlNormalizer.normalize(current, reply.location());
            if (target == null) {
                return new Result.Stopped(new FetchOutcome.Failed(url, reply.status(),
                        "redirect to an unusable location: " + reply.location()));
            }
            if (visited.contains(target)) {
                return new Result.Stopped(new FetchOutcome.Failed(url, null, LOOP));
            }
            if (hop >= MAX_HOPS) {
                return new Result.Stopped(new FetchOutcome.Failed(url, null, TOO_MANY));
            }
            FetchOutcome refused = gate.check(target);
            if (refused != null) {
                return new Result.Stopped(refused);
            }
            visited.add(target);
            current = target;
        }
    }
}
