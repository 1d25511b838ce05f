package vn.minhbach.store;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The index of the evidence archive: where each distinct payload's WARC record lies, and which payloads
 * each URL served in each audit: the page as fetched, the DOM a browser rendered of it, the JSON answers
 * loaded from it as an API address, or the document (PDF, DOC...) fetched from it ({@link Kind}). The WARC files themselves are written by {@code vn.minhbach.evidence};
 * this only stores and finds their coordinates. Safe to use from several threads at once.
 */
public interface EvidenceIndex {

    /**
     * What a capture holds, as column {@code evidence_capture.kind} names it (V8; a free-text column, so a new
     * kind needs no migration).
     */
    enum Kind {
        /** The page as the server sent it: a WARC response record. */
        PAGE("page"),
        /** The DOM a browser showed of the page: a WARC conversion record referring to the page's record. */
        RENDERED("rendered"),
        /** A JSON answer a page's scripts loaded from this address: a WARC resource record. */
        API("api"),
        /** A document behind a link, as the server sent it: a WARC response record. */
        DOCUMENT("document");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        /** The value stored in the index. */
        public String column() {
            return column;
        }

        /** The kind a stored value names. */
        public static Kind of(String column) {
            for (Kind kind : values()) {
                if (kind.column.equals(column)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("not an evidence kind: " + column);
        }
    }

    /**
     * One WARC record holding a payload.
     *
     * @param digest     SHA-256 of the payload (the HTTP body of a response, the content of the others), hex
     * @param warcFile   the WARC file, relative to the evidence folder
     * @param offset     where the record starts in the file (each record is a gzip member of its own)
     * @param recordId   the record's WARC-Record-ID
     * @param targetUri  the WARC-Target-URI of the first capture
     * @param capturedAt the WARC-Date of the first capture
     * @param length     payload bytes
     */
    record Payload(String digest, String warcFile, long offset, String recordId, URI targetUri, Instant capturedAt,
                   long length) {
    }

    /**
     * What one URL served in one audit.
     *
     * @param auditId    the audit
     * @param url        the URL as the findings name it
     * @param kind       what the capture holds
     * @param part       0, or the number of a JSON answer among those of one address, in the order they came
     * @param request    for a JSON answer, the method and (after a space) any request body; else null
     * @param capturedAt when the audit read the page (a 304 confirms the remembered page at this time), rendered
     *                   it, or received the answer
     * @param payload    the record holding what it served
     */
    record Capture(String auditId, URI url, Kind kind, int part, String request, Instant capturedAt,
                   Payload payload) {
        public Capture {
            if (part < 0) {
                throw new IllegalArgumentException("part must not be negative, got " + part);
            }
        }

        /** The capture of a page as fetched. */
        public Capture(String auditId, URI url, Instant capturedAt, Payload payload) {
            this(auditId, url, Kind.PAGE, 0, null, capturedAt, payload);
        }
    }

    /** The record of a payload, or empty when the archive does not hold it. */
    Optional<Payload> payload(String digest);

    /**
     * Records the capture, adding its payload's record first when it is new; in one transaction, so that a
     * payload is never left without the capture it was written for.
     */
    void addCapture(Capture capture);

    /** Records that {@code url} served {@code payload} as a page in the audit, as {@link #addCapture(Capture)}. */
    default void addCapture(String auditId, URI url, Instant capturedAt, Payload payload) {
        addCapture(new Capture(auditId, url, capturedAt, payload));
    }

    /** The page {@code url} served in the audit, or empty when the audit kept no page of it. */
    Optional<Capture> capture(String auditId, URI url);

    /**
     * Everything the audit kept of {@code url}: the page, its rendering, its JSON answers by part, in that order;
     * for a document's address, the document.
     */
    List<Capture> captures(String auditId, URI url);

    /** Every capture of an audit, by URL, then as {@link #captures(String, URI)} orders them. */
    List<Capture> captures(String auditId);

    /**
     * The document {@code url} (as linked) served in the latest audit of the config that kept it, or empty when
     * none did (or retention pruned it): what a later audit asks the server whether it changed.
     */
    Optional<Capture> latestDocument(String configKey, URI url);

    /**
     * Deletes the evidence detail of the config's audits dated before {@code before}, then every payload no
     * capture references any more, and the config's page-cache rows not downloaded since that day. Audits,
     * their items and verdicts stay, for period reports.
     *
     * @return the WARC files (relative to the evidence folder) that no longer hold any referenced payload
     */
    List<String> prune(String configKey, LocalDate before);
}
