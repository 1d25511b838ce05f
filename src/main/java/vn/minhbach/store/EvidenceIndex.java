package vn.minhbach.store;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The index of the evidence archive: where each distinct payload's WARC record lies, and which payload
 * each URL served in each audit. The WARC files themselves are written by {@code vn.minhbach.evidence};
 * this only stores and finds their coordinates. Safe to use from several threads at once.
 */
public interface EvidenceIndex {

    /**
     * One WARC response record holding a payload.
     *
     * @param digest     SHA-256 of the HTTP payload, lower-case hex
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
     * @param capturedAt when the audit read the page (a 304 confirms the remembered page at this time)
     * @param payload    the record holding what it served
     */
    record Capture(String auditId, URI url, Instant capturedAt, Payload payload) {
    }

    /** The record of a payload, or empty when the archive does not hold it. */
    Optional<Payload> payload(String digest);

    /**
     * Records that {@code url} served {@code payload} in the audit, adding the payload's record first when
     * it is new; in one transaction, so that a payload is never left without the capture it was written for.
     */
    void addCapture(String auditId, URI url, Instant capturedAt, Payload payload);

    /** What {@code url} served in the audit, or empty when the audit kept no evidence of it. */
    Optional<Capture> capture(String auditId, URI url);

    /** Every capture of an audit, by URL. */
    List<Capture> captures(String auditId);

    /**
     * Deletes the evidence detail of the config's audits dated before {@code before}, then every payload no
     * capture references any more, and the config's page-cache rows not downloaded since that day. Audits,
     * their items and verdicts stay, for period reports.
     *
     * @return the WARC files (relative to the evidence folder) that no longer hold any referenced payload
     */
    List<String> prune(String configKey, LocalDate before);
}
