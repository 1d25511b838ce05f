package vn.minhbach.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.store.EvidenceIndex;

/**
 * The pages behind an audit's verdicts, kept as WARC response records so that a report can prove what the
 * portal showed on the night of the audit after the page changed or vanished. Each record is a gzip member
 * of its own, so it can be read alone from its offset. A payload (SHA-256 of the body) is written once: a
 * later audit that saw the same payload only adds an index row pointing at the existing record, so the
 * folder grows with what changed, not with the number of audits. Each {@link #keep} call that has new
 * payloads writes one new file, {@code yyyy/MM/minhbach-<audit>-<time>.warc.gz}.
 */
public final class EvidenceArchive {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final EvidenceIndex index;

    public EvidenceArchive(Path dir, EvidenceIndex index) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * A page to keep as evidence.
     *
     * @param url      the URL as the findings name it
     * @param response the response as downloaded, now or at an earlier audit when the server said it is unchanged
     * @param seenAt   when this audit read the page or had it confirmed unchanged
     */
    public record Page(URI url, RawResponse response, Instant seenAt) {
    }

    /**
     * What one {@link #keep} did.
     *
     * @param pages        pages indexed for the audit
     * @param newRecords   WARC records written (payloads not archived before)
     * @param bytesWritten compressed bytes added to the folder
     * @param file         the WARC file written, relative to the folder, or null when every payload was known
     */
    public record Kept(int pages, int newRecords, long bytesWritten, String file) {
    }

    /**
     * Archives the pages of one saved audit: a new record for each payload not yet archived, an index row
     * for every page.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public Kept keep(String auditId, List<Page> pages) {
        String name = null;
        Path file = null;
        FileChannel channel = null;
        WarcWriter writer = null;
        int written = 0;
        try {
            for (Page page : pages) {
                byte[] sha = Digests.sha256(page.response().body());
                String digest = Digests.hex(sha);
                EvidenceIndex.Payload payload = index.payload(digest).orElse(null);
                if (payload == null) {
                    if (writer == null) {
                        name = MONTH.format(page.seenAt()) + "/minhbach-" + auditId + "-" + STAMP.format(page.seenAt())
                                + ".warc.gz";
                        file = dir.resolve(name);
                        Files.createDirectories(file.getParent());
                        channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                        writer = new WarcWriter(channel, WarcCompression.GZIP);
                    }
                    long offset = channel.position();
                    URI id = WarcRecords.write(writer, page.response(), sha);
                    payload = new EvidenceIndex.Payload(digest, name, offset, id.toString(), page.response().finalUrl(),
                            page.response().fetchedAt(), page.response().body().length);
                    written++;
                }
                index.addCapture(auditId, page.url(), page.seenAt(), payload);
            }
            long bytes = channel == null ? 0 : channel.position();
            return new Kept(pages.size(), written, bytes, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence to " + (file != null ? file : dir), e);
        } finally {
            close(writer);
        }
    }

    /**
     * What {@code url} showed in the audit, read back from its WARC record, or empty when the audit kept no
     * evidence of it (not evidence of a verdict, or pruned by retention).
     *
     * @throws UncheckedIOException when the record is indexed but its file is missing, unreadable, or holds
     *                              a body whose digest is not the one indexed
     */
    public Optional<Shown> shown(String auditId, URI url) {
        return index.capture(auditId, url).map(capture -> {
            EvidenceIndex.Payload payload = capture.payload();
            Path file = dir.resolve(payload.warcFile());
            try {
                RawResponse response = WarcRecords.read(file, payload.offset(), url);
                String digest = Digests.hex(Digests.sha256(response.body()));
                if (!digest.equals(payload.digest())) {
                    throw new IOException("the record at offset " + payload.offset() + " of " + file
                            + " holds payload " + digest + ", indexed as " + payload.digest());
                }
                return new Shown(url, capture.capturedAt(), response, digest, payload.warcFile(), payload.offset());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the evidence of " + url + " in audit " + auditId, e);
            }
        });
    }

    Path dir() {
        return dir;
    }

    private static void close(WarcWriter writer) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close a WARC file", e);
            }
        }
    }
}
