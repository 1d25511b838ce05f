package vn.minhbach.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Cuts a WARC file back to its last whole record. A process killed while it wrote a record leaves the file ending
 * in part of a gzip member, which tools that read the file whole (replay tools, {@code warcio}) stumble on. The
 * index never names such a record (a record is indexed only once written whole), so nothing the history shows
 * is lost by the cut.
 */
final class WarcRepair {
    private static final int BUFFER = 64 * 1024;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private WarcRepair() {
    }

    /**
     * Truncates {@code file} after its last whole record; deletes it when not even its first record is whole.
     *
     * @return the bytes cut off (0 when the file was whole)
     */
    static long repair(Path file) throws IOException {
        long size = Files.size(file);
        long whole = wholeLength(file);
        if (whole == size) {
            return 0;
        }
        if (whole == 0) {
            Files.delete(file);
            return size;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(whole);
            channel.force(true);
        }
        return size - whole;
    }

    /**
     * The length of the gzip members at the start of {@code file} that read whole (header, deflated data, and a
     * trailer whose CRC and length match): each member holds one record ({@link EvidenceArchive}).
     */
    static long wholeLength(Path file) throws IOException {
        try (PushbackInputStream in = new PushbackInputStream(
                new BufferedInputStream(Files.newInputStream(file), BUFFER), BUFFER)) {
            long whole = 0;
            while (true) {
                long member = member(in);
                if (member <= 0) {
                    return whole;
                }
                whole += member;
            }
        }
    }

    /** The length of the gzip member {@code in} starts with; 0 at the end of the file, -1 when it is cut. */
    private static long member(PushbackInputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return 0;
        }
        Header header = new Header(in);
        if (first != 0x1f || header.next() != 0x8b || header.next() != 8) {
            return -1;
        }
        int flags = header.next();
        header.skip(6);
        if ((flags & FEXTRA) != 0) {
            header.skip(header.next() | header.next() << 8);
        }
        if ((flags & FNAME) != 0) {
            header.skipZeroTerminated();
        }
        if ((flags & FCOMMENT) != 0) {
            header.skipZeroTerminated();
        }
        if ((flags & FHCRC) != 0) {
            header.skip(2);
        }
        if (header.cut) {
            return -1;
        }
        Inflater inflater = new Inflater(true);
        try {
            CRC32 crc = new CRC32();
            byte[] input = new byte[BUFFER];
            byte[] output = new byte[BUFFER];
            int given = 0;
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    given = in.read(input);
                    if (given < 0) {
                        return -1;
                    }
                    inflater.setInput(input, 0, given);
                }
                int n = inflater.inflate(output);
                crc.update(output, 0, n);
                if (n == 0 && inflater.needsDictionary()) {
                    return -1;
                }
            }
            // What the inflater was given past the deflated data is the trailer and the next member.
            int unused = inflater.getRemaining();
            in.unread(input, given - unused, unused);
            long crcValue = trailerWord(in);
            long length = trailerWord(in);
            if (crcValue != crc.getValue() || length != (inflater.getBytesWritten() & 0xffffffffL)) {
                return -1;
            }
            return 1 + header.count + inflater.getBytesRead() + 8;
        } catch (DataFormatException e) {
            return -1;
        } finally {
            inflater.end();
        }
    }

    /** A little-endian 32-bit word of the trailer; -1 when the file ends first. */
    private static long trailerWord(InputStream in) throws IOException {
        long value = 0;
        for (int b = 0; b < 4; b++) {
            int c = in.read();
            if (c < 0) {
                return -1;
            }
            value |= (long) c << (8 * b);
        }
        return value;
    }

    /** Reads a gzip header, counting its bytes and noting when the file ends in it. */
    private static final class Header {
        private final InputStream in;
        private long count;
        private boolean cut;

        Header(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            int c = in.read();
            if (c < 0) {
                cut = true;
                return 0;
            }
            count++;
            return c;
        }

        void skip(int n) throws IOException {
            for (int i = 0; i < n && !cut; i++) {
                next();
            }
        }

        void skipZeroTerminated() throws IOException {
            while (!cut && next() != 0) {
                // Up to and including the zero.
            }
        }
    }
}
