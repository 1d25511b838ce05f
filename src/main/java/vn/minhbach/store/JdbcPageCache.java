package vn.minhbach.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.crawl.RawResponse;

/**
 * The {@link PageCache} of one config in table {@code page_cache} (V2): one row per URL as linked, the
 * body gzip-compressed. A database error costs the incremental crawl, never the audit: it is logged and
 * the page is downloaded in full.
 */
final class JdbcPageCache implements PageCache {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcPageCache.class);
    private static final String COLUMNS = "url, final_url, status, reason, headers, etag, last_modified, truncated,"
            + " body, fetched_at";

    /** Raw deflate at the fastest level, wrapped in gzip's header and trailer by {@link #gzip}. */
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    /** The header {@link GZIPOutputStream} writes: deflate, no flags, no time, no extra flags, unknown system. */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private final DataSource dataSource;
    private final String configKey;
    /**
     * True when the config had no page remembered as this cache was opened (its first audit): then only the
     * pages remembered since can be found, and the crawler's lookup before each fetch needs no query.
     */
    private final boolean emptyAtStart;
    private final Set<String> rememberedNow = ConcurrentHashMap.newKeySet();

    JdbcPageCache(DataSource dataSource, String configKey) {
        this.dataSource = dataSource;
        this.configKey = configKey;
        this.emptyAtStart = !anyRemembered();
    }

    private boolean anyRemembered() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT 1 FROM page_cache WHERE config_key = ? LIMIT 1")) {
            query.setString(1, configKey);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            LOG.warn("page cache: cannot read it: {}", e.toString());
            return true;
        }
    }

    @Override
    public Optional<RawResponse> lookup(URI url) {
        if (emptyAtStart && !rememberedNow.contains(url.toString())) {
            return Optional.empty();
        }
        String sql = "SELECT " + COLUMNS + " FROM page_cache WHERE config_key = ? AND url = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, configKey);
            query.setString(2, url.toString());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RawResponse(Sql.uri(row, "url"), Sql.uri(row, "final_url"),
                        row.getInt("status"), row.getString("reason"),
                        RawResponse.parseHeaders(row.getString("headers")), gunzip(row.getBytes("body")),
                        row.getBoolean("truncated"), row.getObject("fetched_at", OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException | UncheckedIOException e) {
            LOG.warn("page cache: cannot read {}, downloading it in full: {}", url, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void remember(RawResponse response) {
        try (Connection connection = dataSource.getConnection()) {
            byte[] body = gzip(response.body());
            String url = response.url().toString();
            // On a first audit a page not remembered yet has no row to update (unless another audit of the same
            // config is adding rows meanwhile: the insert then fails, and the update below overwrites the row).
            boolean maybeStored = !emptyAtStart || rememberedNow.contains(url);
            if (!maybeStored || update(connection, response, body) == 0) {
                try {
                    insert(connection, response, body);
                } catch (SQLException raced) {
                    // Another audit of the same config inserted the row meanwhile: overwrite it.
                    if (update(connection, response, body) == 0) {
                        throw raced;
                    }
                }
            }
            rememberedNow.add(url);
        } catch (SQLException e) {
            LOG.warn("page cache: cannot remember {}: {}", response.url(), e.toString());
        }
    }

    private int update(Connection connection, RawResponse response, byte[] body) throws SQLException {
        String sql = "UPDATE page_cache SET final_url = ?, status = ?, reason = ?, headers = ?, etag = ?,"
                + " last_modified = ?, truncated = ?, body = ?, fetched_at = ? WHERE config_key = ? AND url = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            int next = bind(update, 1, response, body);
            update.setString(next, configKey);
            update.setString(next + 1, response.url().toString());
            return update.executeUpdate();
        }
    }

    private void insert(Connection connection, RawResponse response, byte[] body) throws SQLException {
        String sql = "INSERT INTO page_cache (final_url, status, reason, headers, etag, last_modified, truncated,"
                + " body, fetched_at, config_key, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int next = bind(insert, 1, response, body);
            insert.setString(next, configKey);
            insert.setString(next + 1, response.url().toString());
            insert.executeUpdate();
        }
    }

    private static int bind(PreparedStatement statement, int first, RawResponse response, byte[] body)
            throws SQLException {
        int i = first;
        statement.setString(i++, response.finalUrl().toString());
        statement.setInt(i++, response.status());
        statement.setString(i++, response.reason());
        statement.setString(i++, response.headerLines());
        statement.setString(i++, response.etag());
        statement.setString(i++, response.lastModified());
        statement.setBoolean(i++, response.truncated());
        statement.setBytes(i++, body);
        statement.setObject(i++, response.fetchedAt().atOffset(ZoneOffset.UTC));
        return i;
    }

    /**
     * The body gzip-compressed at the fastest level: every page of every audit is remembered, and on portal pages
     * it costs a third of the CPU of the default level for 8 % more bytes (docs/benchmarks.md). The bytes are those
     * {@link GZIPOutputStream} writes, by a deflater each thread keeps: one made for each page cost more than the
     * compression, as each takes a quarter megabyte of native memory that the system maps and zeroes anew.
     */
    static byte[] gzip(byte[] bytes) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(bytes);
        deflater.finish();
        byte[] out = Arrays.copyOf(GZIP_HEADER, GZIP_HEADER.length + bytes.length / 4 + 64);
        int length = GZIP_HEADER.length;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        out = Arrays.copyOf(out, length + 8);
        ByteBuffer.wrap(out, length, 8).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).putInt(bytes.length);
        return out;
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a page cache body is not gzip data", e);
        }
    }
}
