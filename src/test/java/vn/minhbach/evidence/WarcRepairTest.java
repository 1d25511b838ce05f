package vn.minhbach.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import vn.minhbach.crawl.RawResponse;

/**
 * A WARC file cut at every byte of its last record (as a process killed while writing it leaves it) is cut back
 * to the records before, which still read back whole; a whole file is left as it is.
 */
class WarcRepairTest {
    @TempDir
    Path dir;

    @Test
    void aFileCutAnywhereInItsLastRecordKeepsTheRecordsBefore() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        List<Long> starts = write(whole, 3);
        long size = Files.size(whole);
        assertThat(WarcRepair.repair(whole)).isZero();
        assertThat(Files.size(whole)).isEqualTo(size);

        for (long cut = starts.get(2) + 1; cut < size; cut += 7) {
            Path file = dir.resolve("cut-" + cut + ".warc.gz");
            Files.copy(whole, file);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(cut);
            }

            assertThat(WarcRepair.repair(file)).as("cut at %d", cut).isEqualTo(cut - starts.get(2));

            assertThat(Files.size(file)).isEqualTo(starts.get(2));
            assertThat(WarcRecords.read(file, starts.get(1), URI.create("http://x.test/1")).body())
                    .isEqualTo(body(1));
        }
    }

    @Test
    void aFileCutInItsFirstRecordIsDeleted() throws IOException {
        Path file = dir.resolve("first.warc.gz");
        write(file, 1);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) / 2);
        }

        assertThat(WarcRepair.repair(file)).isPositive();

        assertThat(file).doesNotExist();
    }

    /** Writes {@code count} response records; returns where each starts. */
    private static List<Long> write(Path file, int count) throws IOException {
        List<Long> starts = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (int i = 0; i < count; i++) {
                starts.add(channel.position());
                URI url = URI.create("http://x.test/" + i);
                byte[] body = body(i);
                WarcRecords.write(writer, new RawResponse(url, url, 200, "OK",
                        List.of(new RawResponse.Header("Content-Type", "text/html")), body, false,
                        Instant.parse("2026-11-28T01:00:00Z")), Digests.sha256(body));
            }
        }
        return starts;
    }

    private static byte[] body(int i) {
        return ("<html><body>" + "trang ".repeat(200 + i * 50) + i + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
