package vn.minhbach.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import vn.minhbach.crawl.RawResponse;

/** Turns a {@link RawResponse} into a WARC response record and back, with jwarc. */
final class WarcRecords {
    /**
     * Headers describing the transfer rather than the payload: HttpClient already removed the content coding,
     * and the archived body is not chunked, so these would misdescribe it. Content-Length is set anew.
     */
    private static final Set<String> TRANSFER_HEADERS =
            Set.of("content-length", "transfer-encoding", "content-encoding", "content-md5");

    private WarcRecords() {
    }

    /** Writes a response record of {@code response}; returns its record id. */
    static URI write(WarcWriter writer, RawResponse response, byte[] sha256) throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(response.status(),
                response.reason().isEmpty() ? "-" : response.reason());
        for (RawResponse.Header header : response.headers()) {
            if (!TRANSFER_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
                http.addHeader(header.name(), header.value());
            }
        }
        String type = response.contentType();
        http.body(type == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(type), response.body());
        // body() writes a normalised Content-Type; evidence keeps what the server said.
        if (type != null) {
            http.setHeader("Content-Type", type);
        }
        http.setHeader("Content-Length", Long.toString(response.body().length));
        URI id = URI.create("urn:uuid:" + UUID.randomUUID());
        WarcResponse.Builder record = new WarcResponse.Builder(response.finalUrl())
                .recordId(id)
                .date(response.fetchedAt())
                .payloadDigest(new WarcDigest("sha256", sha256))
                .body(http.build());
        if (response.truncated()) {
            record.truncated(WarcTruncationReason.LENGTH);
        }
        writer.write(record.build());
        return id;
    }

    /** Reads the response record starting at {@code offset} of {@code file}. */
    static RawResponse read(Path file, long offset, URI url) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next().orElseThrow(
                        () -> new IOException("no WARC record at offset " + offset + " of " + file));
                if (!(record instanceof WarcResponse warc)) {
                    throw new IOException("the WARC record at offset " + offset + " of " + file + " is a "
                            + record.type() + ", not a response");
                }
                HttpResponse http = warc.http();
                List<RawResponse.Header> headers = new ArrayList<>();
                for (Map.Entry<String, List<String>> entry : http.headers().map().entrySet()) {
                    entry.getValue().forEach(value -> headers.add(new RawResponse.Header(entry.getKey(), value)));
                }
                byte[] body = http.body().stream().readAllBytes();
                return new RawResponse(url, warc.target() == null ? url : URI.create(warc.target()), http.status(),
                        http.reason(), headers, body, warc.truncated() != WarcTruncationReason.NOT_TRUNCATED,
                        warc.date());
            }
        }
    }
}
