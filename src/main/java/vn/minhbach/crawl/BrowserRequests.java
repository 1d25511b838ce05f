package vn.minhbach.crawl;

/** Sends a rendering browser's requests for it, or refuses them ({@link BrowserGate}). */
@FunctionalInterface
public interface BrowserRequests {
    BrowserReply send(BrowserRequest request) throws InterruptedException;
}
