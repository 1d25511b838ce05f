package vn.minhbach.evidence;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.store.EvidenceIndex;

/**
 * What a URL showed in an audit, read back from the WARC archive: the page as fetched, the DOM a browser
 * rendered of it, a JSON answer loaded from it, or the document fetched from it ({@code kind}); a document's
 * file is {@code response().body()}, byte for byte.
 *
 * @param url        the URL as the findings name it
 * @param kind       what this is
 * @param request    for a JSON answer, the method and (after a space) any request body; else null
 * @param capturedAt when the audit read the page (for a page the server reported unchanged, the time it did),
 *                   rendered it, or received the answer
 * @param response   the record as archived; its {@code fetchedAt} is the WARC-Date of the record, when this
 *                   exact payload was first archived. A rendering or a JSON answer was no HTTP exchange of the
 *                   crawl's: its status is 0, its one header the record's content type, its final URL the
 *                   record's target (for a rendering, where the browser ended)
 * @param digest     the payload's SHA-256, hex, checked against the body when read
 * @param warcFile   the WARC file holding it, relative to the evidence folder
 * @param offset     where the record starts in that file
 */
public record Shown(URI url, EvidenceIndex.Kind kind, String request, Instant capturedAt, RawResponse response,
                    String digest, String warcFile, long offset) {

    /**
     * The text: a page decoded as the crawler decodes pages; a rendering and a JSON answer, written UTF-8. Not for
     * a document, whose body is a file, not text.
     */
    public String text() {
        if (kind == EvidenceIndex.Kind.DOCUMENT) {
            throw new IllegalStateException(url + " is a document: read its bytes, response().body()");
        }
        return kind == EvidenceIndex.Kind.PAGE ? response.text()
                : new String(response.body(), StandardCharsets.UTF_8);
    }
}
