package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import vn.minhbach.model.FetchOutcome;

/**
 * The crawl's side of a rendering browser ({@link BrowserRequests}): each request the page makes is checked
 * against the site's scope and robots.txt, then sent by the crawl's own client at the host's delay. The page
 * and its files must be in scope; the data its scripts load may also come from another host of the same
 * organisation ({@link Scope#sameOrganisation}), as a one-stop site's API does. Everything else is refused,
 * so the browser reaches no other host.
 */
final class BrowserGate implements BrowserRequests {
    /** Response headers that described the transfer of a body the crawl has already decoded. */
    private static final List<String> TRANSFER_HEADERS = List.of("content-encoding", "content-length",
            "transfer-encoding", "connection", "keep-alive");

    private final Fetcher fetcher;
    private final RobotsCache robots;
    private final Supplier<Scope> scope;

    BrowserGate(Fetcher fetcher, RobotsCache robots, Supplier<Scope> scope) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.scope = scope;
    }

    @Override
    public BrowserReply send(BrowserRequest request) throws InterruptedException {
        URI url = request.url();
        Scope site = scope.get();
        if (!(request.data() ? site.sameOrganisation(url) : site.contains(url))) {
            return BrowserReply.refuse("outside the site");
        }
        FetchOutcome refused = robots.check(url);
        if (refused != null) {
            return BrowserReply.refuse(refused instanceof FetchOutcome.Disallowed ? "disallowed by robots.txt"
                    : "robots.txt unreadable");
        }
        HttpReply reply = fetcher.send(request);
        if (!reply.answered()) {
            return BrowserReply.refuse(reply.error());
        }
        List<RawResponse.Header> headers = reply.headers().stream()
                .filter(h -> !TRANSFER_HEADERS.contains(h.name().toLowerCase(Locale.ROOT))).toList();
        return new BrowserReply(reply.status(), reply.reason(), headers, reply.body(), null);
    }
}
