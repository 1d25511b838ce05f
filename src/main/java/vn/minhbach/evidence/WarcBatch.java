package vn.minhbach.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import vn.minhbach.store.EvidenceIndex;

/**
 * The records one {@link EvidenceArchive#keep} call adds: a payload the index already holds is reused, a new
 * one is written to the call's WARC file, {@code yyyy/MM/minhbach-<audit>-<time>.warc.gz}, created at the first
 * new payload so that a call with nothing new leaves no file.
 */
final class WarcBatch implements Closeable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    /** Writes one record of a payload; returns its record id. */
    @FunctionalInterface
    interface Record {
        URI write(WarcWriter writer, byte[] sha256) throws IOException;
    }

    private final Path dir;
    private final String auditId;
    private final EvidenceIndex index;
    private final Instant stamp;
    private String name;
    private Path file;
    private FileChannel channel;
    private WarcWriter writer;
    private int written;

    /** @param stamp the time the file is named after: when the audit read its pages */
    WarcBatch(Path dir, String auditId, EvidenceIndex index, Instant stamp) {
        this.dir = dir;
        this.auditId = auditId;
        this.index = index;
        this.stamp = stamp;
    }

    /**
     * The archived record of {@code payload}, written now by {@code record} when no record holds it yet.
     *
     * @param target the WARC-Target-URI the record is written with
     * @param date   the WARC-Date it is written with
     */
    EvidenceIndex.Payload payload(byte[] payload, URI target, Instant date, Record record) throws IOException {
        byte[] sha = Digests.sha256(payload);
        String digest = Digests.hex(sha);
        EvidenceIndex.Payload known = index.payload(digest).orElse(null);
        if (known != null) {
            return known;
        }
        if (writer == null) {
            name = MONTH.format(stamp) + "/minhbach-" + auditId + "-" + STAMP.format(stamp) + ".warc.gz";
            file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            writer = new WarcWriter(channel, WarcCompression.GZIP);
        }
        long offset = channel.position();
        URI id;
        try {
            id = record.write(writer, sha);
        } catch (IOException e) {
            cutBack(offset, e);
            throw e;
        }
        written++;
        return new EvidenceIndex.Payload(digest, name, offset, id.toString(), target, date, payload.length);
    }

    /**
     * Cuts off the part of a record a failed write left (a full disk), so the file still ends with a whole record;
     * a file left empty is deleted.
     */
    private void cutBack(long offset, IOException failure) {
        try {
            channel.truncate(offset);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        if (offset > 0) {
            return;
        }
        // Not even one whole record: no file. The writer is dropped unclosed, since closing it would write again.
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
        writer = null;
        channel = null;
        name = null;
    }

    /** Records written. */
    int written() {
        return written;
    }

    /** Compressed bytes written. */
    long bytes() throws IOException {
        return channel == null ? 0 : channel.position();
    }

    /** The file written, relative to the folder, or null. */
    String name() {
        return name;
    }

    /** Where the batch writes, for messages. */
    Path where() {
        return file != null ? file : dir;
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
        }
    }
}
