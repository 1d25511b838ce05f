package vn.minhbach.audit;

import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.evidence.Shown;
import vn.minhbach.store.StoreException;

/**
 * The documents earlier audits of a config kept as evidence, as the server sent them: their ETag and Last-Modified
 * let an audit ask whether a document changed, and their bytes are read instead of downloading it again when it did
 * not. An archive that cannot be read answers as if it knew nothing: the document is then downloaded.
 */
@FunctionalInterface
interface KnownDocuments {

    /** Knows nothing: every document is downloaded. */
    KnownDocuments NONE = url -> Optional.empty();

    /** The document at {@code url} (as linked) as the latest audit that kept it fetched it, or empty. */
    Optional<RawResponse> lookup(URI url);

    /** The documents the config's audits kept in {@code archive}. */
    static KnownDocuments in(EvidenceArchive archive, String configKey) {
        Logger log = LoggerFactory.getLogger(KnownDocuments.class);
        return url -> {
            try {
                return archive.latestDocument(configKey, url).map(Shown::response);
            } catch (StoreException | UncheckedIOException e) {
                log.warn("{}: the document kept before cannot be read, so it is downloaded: {}", url, e.getMessage());
                return Optional.empty();
            }
        };
    }
}
