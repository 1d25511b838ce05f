package vn.minhbach.crawl;

import java.net.URI;
import java.util.Set;
import vn.minhbach.model.FetchOutcome;

/**
 * Checks that an attachment (PDF, Office file, archive) answers, without downloading it: HEAD first, and
 * when a server refuses HEAD (405, 501, or 403 to HEAD only) a GET for the first byte whose connection is
 * dropped before the body is read. Redirects are followed to any host, within the hop limit.
 */
final class AttachmentChecker {

    private static final Set<Integer> HEAD_REFUSED = Set.of(403, 405, 501);

    private final Fetcher fetcher;
    private final RobotsCache robots;

    AttachmentChecker(Fetcher fetcher, RobotsCache robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    FetchOutcome check(URI url) throws InterruptedException {
        FetchOutcome refused = robots.check(url);
        if (refused != null) {
            return refused;
        }
        FetchOutcome head = request(url, Fetcher.Mode.HEAD);
        if (head instanceof FetchOutcome.Failed failed && failed.status() != null
                && HEAD_REFUSED.contains(failed.status())) {
            return request(url, Fetcher.Mode.PROBE);
        }
        return head;
    }

    private FetchOutcome request(URI url, Fetcher.Mode mode) throws InterruptedException {
        var result = Redirects.follow(url, fetcher, mode, robots::check);
        if (result instanceof Redirects.Result.Stopped stopped) {
            return stopped.outcome();
        }
        var arrived = (Redirects.Result.Arrived) result;
        HttpReply reply = arrived.reply();
        if (!reply.answered()) {
            return new FetchOutcome.Failed(url, null, reply.error());
        }
        if (!reply.success()) {
            return new FetchOutcome.Failed(url, reply.status(), null);
        }
        return new FetchOutcome.Fetched(url, arrived.finalUrl(), reply.status(), reply.contentType(),
                reply.body().length, reply.millis());
    }
}
