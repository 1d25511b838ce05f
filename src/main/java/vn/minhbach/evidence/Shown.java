package vn.minhbach.evidence;

import java.net.URI;
import java.time.Instant;
import vn.minhbach.crawl.RawResponse;

/**
 * What a URL showed in an audit, read back from the WARC archive.
 *
 * @param url        the URL as the findings name it
 * @param capturedAt when the audit read the page (for a page the server reported unchanged, the time it did)
 * @param response   the response as archived; its {@code fetchedAt} is the WARC-Date of the record, when
 *                   this exact payload was first archived
 * @param digest     the payload's SHA-256, hex, checked against the body when read
 * @param warcFile   the WARC file holding it, relative to the evidence folder
 * @param offset     where the record starts in that file
 */
public record Shown(URI url, Instant capturedAt, RawResponse response, String digest, String warcFile, long offset) {

    /** The page's text, decoded as the crawler decodes pages. */
    public String text() {
        return response.text();
    }
}
