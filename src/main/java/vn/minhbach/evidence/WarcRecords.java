package vn.minhbach.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import vn.minhbach.crawl.RawResponse;

/**
 * Writes the records of the evidence archive with jwarc and reads them back: a page or a document as fetched
 * is a response record (the crawler kept the document's status line and headers, so the record is the exchange
 * as it happened, not a made-up one); the DOM a browser rendered of it a conversion record referring to the page's record; a JSON answer a
 * resource record. A JSON answer is not a response record because the browser handed on only its body: a
 * made-up status line and headers would be evidence of something nobody saw.
 */
final class WarcRecords {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json";

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

    /**
     * Writes a conversion record of the DOM a browser rendered, UTF-8; returns its record id.
     *
     * @param at       where the browser ended, its WARC-Target-URI
     * @param refersTo the record id of the page as fetched
     */
    static URI writeRendered(WarcWriter writer, byte[] html, URI at, URI refersTo, Instant renderedAt, byte[] sha256)
            throws IOException {
        URI id = URI.create("urn:uuid:" + UUID.randomUUID());
        WarcConversion.Builder record = new WarcConversion.Builder().recordId(id).date(renderedAt)
                .refersTo(refersTo).body(MediaType.parse(HTML), html);
        record.setHeader("WARC-Target-URI", at.toString());
        writer.write(content(record, HTML, sha256).build());
        return id;
    }

    /** Writes a resource record of a JSON answer received from {@code url}; returns its record id. */
    static URI writeJson(WarcWriter writer, byte[] json, URI url, Instant receivedAt, byte[] sha256)
            throws IOException {
        URI id = URI.create("urn:uuid:" + UUID.randomUUID());
        WarcResource.Builder record = new WarcResource.Builder(url).recordId(id).date(receivedAt)
                .body(MediaType.parse(JSON), json);
        writer.write(content(record, JSON, sha256).build());
        return id;
    }

    /**
     * The block of a conversion or resource record is its payload: both digests are the payload's. The content
     * type is set as written here, since body() writes a normalised one.
     */
    private static <B extends WarcTargetRecord.Builder<?, B>> B content(B record, String type, byte[] sha256) {
        WarcDigest digest = new WarcDigest("sha256", sha256);
        return record.payloadDigest(digest).blockDigest(digest).setHeader("Content-Type", type);
    }

    /**
     * Reads the record starting at {@code offset} of {@code file}. A conversion or resource record, which
     * holds no HTTP exchange, reads as a response with status 0, the record's content type as its one header,
     * its WARC-Target-URI as final URL and its WARC-Date as fetch time.
     */
    static RawResponse read(Path file, long offset, URI url) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(offset);
            try (WarcReader reader = new WarcReader(channel)) {
                WarcRecord record = reader.next().orElseThrow(
                        () -> new IOException("no WARC record at offset " + offset + " of " + file));
                if (record instanceof WarcConversion || record instanceof WarcResource) {
                    WarcTargetRecord content = (WarcTargetRecord) record;
                    URI target = content.target() == null ? url : URI.create(content.target());
                    return new RawResponse(url, target, 0, "",
                            List.of(new RawResponse.Header("Content-Type",
                                    content.headers().first("Content-Type").orElse("application/octet-stream"))),
                            content.body().stream().readAllBytes(), false, content.date());
                }
                if (!(record instanceof WarcResponse warc)) {
                    throw new IOException("the WARC record at offset " + offset + " of " + file + " is a "
                            + record.type() + ", not a response, conversion or resource");
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
