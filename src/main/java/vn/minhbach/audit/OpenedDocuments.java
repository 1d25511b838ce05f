package vn.minhbach.audit;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.crawl.RawResponse;

/**
 * The documents one audit fetched whole to read, as the server sent them, kept until the audit's evidence is
 * archived: which of them a verdict rests on is known only once the checklist has run. A document may be up to
 * {@code crawl.maxDocumentBytes} (20 MB by default), so they are bounded by their bodies' total size,
 * {@link #MAX_BYTES}, the oldest dropped first: an audit that opens more than that leaves its earliest documents
 * unarchived rather than running out of memory. Thread-safe.
 */
final class OpenedDocuments {
    static final long MAX_BYTES = 128L * 1024 * 1024;

    private final long maxBytes;
    private final Map<URI, RawResponse> documents = new LinkedHashMap<>();
    private long bytes;

    OpenedDocuments() {
        this(MAX_BYTES);
    }

    OpenedDocuments(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The document at {@code response.url()} (as linked) was fetched whole. */
    synchronized void opened(RawResponse response) {
        RawResponse before = documents.remove(response.url());
        if (before != null) {
            bytes -= before.body().length;
        }
        documents.put(response.url(), response);
        bytes += response.body().length;
        Iterator<RawResponse> oldest = documents.values().iterator();
        // A document larger than the cap on its own is kept alone rather than dropped as it comes.
        while (bytes > maxBytes && documents.size() > 1) {
            bytes -= oldest.next().body().length;
            oldest.remove();
        }
    }

    /** The document at {@code url} (as linked), when this audit fetched it and still holds it. */
    synchronized Optional<RawResponse> document(URI url) {
        return Optional.ofNullable(documents.get(url));
    }
}
