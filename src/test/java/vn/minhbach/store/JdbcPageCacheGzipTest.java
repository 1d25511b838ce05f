package vn.minhbach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The page cache's gzip writes what {@link GZIPOutputStream} at the fastest level writes, byte for byte. */
class JdbcPageCacheGzipTest {

    @Test
    void writesWhatGzipOutputStreamWrites() throws IOException {
        byte[] random = new byte[300_000];
        new Random(7).nextBytes(random);
        String page = "<li><a href=\"/web/lyson/tin-tuc?p=1\">Tin tức - Sự kiện - mục 1</a></li>";
        for (byte[] body : new byte[][] {new byte[0], "a".getBytes(StandardCharsets.UTF_8),
                page.repeat(200).getBytes(StandardCharsets.UTF_8), random}) {
            // twice each, as a thread's deflater is used again for the next page
            assertThat(JdbcPageCache.gzip(body)).isEqualTo(reference(body));
            assertThat(JdbcPageCache.gzip(body)).isEqualTo(reference(body));
            assertThat(JdbcPageCache.gunzip(JdbcPageCache.gzip(body))).isEqualTo(body);
        }
    }

    private static byte[] reference(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            zip.write(body);
        }
        return out.toByteArray();
    }
}
