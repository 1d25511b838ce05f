package vn.minhbach.evidence;

import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.function.Predicate;
import java.util.Set;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.store.EvidenceIndex;
import vn.minhbach.text.FileProblems;

/**
 * The pages behind an audit's verdicts, kept as WARC records so that a report can prove what the portal showed
 * on the night of the audit after the page changed or vanished: the page as fetched (a response record), the DOM
 * a browser rendered of it when it was read in one (a conversion record referring to the response), the JSON
 * answers its scripts loaded that evidence cites (resource records), and the documents behind its links that a
 * verdict rests on, byte for byte as the server sent them (response records, like pages). Each record is a gzip member of its own, so
 * it can be read alone from its offset. A payload (SHA-256 of the body) is written once: a later audit that saw
 * the same payload only adds an index row pointing at the existing record, so the folder grows with what
 * changed, not with the number of audits. Each {@link #keep} call that has new payloads writes one new file,
 * {@code yyyy/MM/minhbach-<audit>-<time>.warc.gz}.
 */
public final class EvidenceArchive {
    private static final Pattern WARC_NAME = Pattern.compile("minhbach-(\\d+)-\\d{14}\\.warc\\.gz");
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
     * @param rendered what a browser showed of it in this audit, or null when it was not rendered
     */
    public record Page(URI url, RawResponse response, Instant seenAt, Rendered rendered) {
        /** A page that was not rendered. */
        public Page(URI url, RawResponse response, Instant seenAt) {
            this(url, response, seenAt, null);
        }
    }

    /**
     * The DOM a browser showed of a page.
     *
     * @param html       the DOM as HTML
     * @param at         where the browser ended, its client-side route included
     * @param renderedAt when it was read
     */
    public record Rendered(String html, URI at, Instant renderedAt) {
    }

    /**
     * A JSON answer a page's scripts loaded, to keep as evidence read {@code via: api}.
     *
     * @param url         the address asked, which the evidence cites
     * @param method      the request's method
     * @param requestBody the request's body (a POST's paging), or null
     * @param json        the answer's text
     * @param receivedAt  when it came
     */
    public record Answer(URI url, String method, String requestBody, String json, Instant receivedAt) {
        /** The method and (after a space) any request body, as the index keeps it. */
        public String request() {
            return requestBody == null ? method : method + " " + requestBody;
        }
    }

    /**
     * A document behind a link to keep as evidence, as the audit fetched it.
     *
     * @param url      the address as the findings name it
     * @param response the file as the server sent it: status line, headers (Content-Type, ETag, Last-Modified...)
     *                 and the whole body; its {@code fetchedAt} is when this audit fetched it
     */
    public record Document(URI url, RawResponse response) {
    }

    /**
     * What one {@link #keep} call did.
     *
     * @param pages        pages indexed for the audit
     * @param renderings   renderings indexed
     * @param answers      JSON answers indexed
     * @param documents    documents indexed
     * @param newRecords   WARC records written (payloads not archived before)
     * @param bytesWritten compressed bytes added to the folder
     * @param file         the WARC file written, relative to the folder, or null when every payload was known
     */
    public record Kept(int pages, int renderings, int answers, int documents, int newRecords, long bytesWritten,
                       String file) {
        /** Nothing kept. */
        public static final Kept NONE = new Kept(0, 0, 0, 0, 0, 0, null);
    }

    /** Archives pages, as {@link #keep(String, List, List, List)} with no JSON answers and no documents. */
    public Kept keep(String auditId, List<Page> pages) {
        return keep(auditId, pages, List.of(), List.of());
    }

    /** Archives pages and JSON answers, as {@link #keep(String, List, List, List)} with no documents. */
    public Kept keep(String auditId, List<Page> pages, List<Answer> answers) {
        return keep(auditId, pages, answers, List.of());
    }

    /**
     * Archives the evidence of one saved audit: a new record for each payload not yet archived, an index row for
     * every page, rendering, answer and document. The answers of one address are numbered (the capture's part)
     * in the order given.
     *
     * @throws UncheckedIOException when the folder cannot be written
     */
    public Kept keep(String auditId, List<Page> pages, List<Answer> answers, List<Document> documents) {
        Instant stamp = !pages.isEmpty() ? pages.get(0).seenAt()
                : !answers.isEmpty() ? answers.get(0).receivedAt()
                : documents.isEmpty() ? Instant.EPOCH : documents.get(0).response().fetchedAt();
        WarcBatch batch = new WarcBatch(dir, auditId, index, stamp);
        int renderings = 0;
        try (batch) {
            for (Page page : pages) {
                RawResponse response = page.response();
                EvidenceIndex.Payload fetched = batch.payload(response.body(), response.finalUrl(),
                        response.fetchedAt(), (writer, sha) -> WarcRecords.write(writer, response, sha));
                index.addCapture(new EvidenceIndex.Capture(auditId, page.url(), page.seenAt(), fetched));
                Rendered rendered = page.rendered();
                if (rendered != null) {
                    byte[] html = rendered.html().getBytes(StandardCharsets.UTF_8);
                    EvidenceIndex.Payload payload = batch.payload(html, rendered.at(), rendered.renderedAt(),
                            (writer, sha) -> WarcRecords.writeRendered(writer, html, rendered.at(),
                                    URI.create(fetched.recordId()), rendered.renderedAt(), sha));
                    index.addCapture(new EvidenceIndex.Capture(auditId, page.url(), EvidenceIndex.Kind.RENDERED, 0,
                            null, rendered.renderedAt(), payload));
                    renderings++;
                }
            }
            Map<URI, Integer> parts = new HashMap<>();
            for (Answer answer : answers) {
                byte[] json = answer.json().getBytes(StandardCharsets.UTF_8);
                EvidenceIndex.Payload payload = batch.payload(json, answer.url(), answer.receivedAt(),
                        (writer, sha) -> WarcRecords.writeJson(writer, json, answer.url(), answer.receivedAt(), sha));
                int part = parts.merge(answer.url(), 1, Integer::sum) - 1;
                index.addCapture(new EvidenceIndex.Capture(auditId, answer.url(), EvidenceIndex.Kind.API, part,
                        answer.request(), answer.receivedAt(), payload));
            }
            for (Document document : documents) {
                RawResponse response = document.response();
                EvidenceIndex.Payload payload = batch.payload(response.body(), response.finalUrl(),
                        response.fetchedAt(), (writer, sha) -> WarcRecords.write(writer, response, sha));
                index.addCapture(new EvidenceIndex.Capture(auditId, document.url(), EvidenceIndex.Kind.DOCUMENT, 0,
                        null, response.fetchedAt(), payload));
            }
            return new Kept(pages.size(), renderings, answers.size(), documents.size(), batch.written(),
                    batch.bytes(), batch.name());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence to " + batch.where() + ": " + FileProblems.reason(e), e);
        }
    }

    /**
     * The page {@code url} showed in the audit as the server sent it, read back from its WARC record, or empty
     * when the audit kept no page of it (not evidence of a verdict, only JSON answers, or pruned by retention).
     *
     * @throws UncheckedIOException when the record is indexed but its file is missing, unreadable, or holds
     *                              a body whose digest is not the one indexed
     */
    public Optional<Shown> shown(String auditId, URI url) {
        return index.capture(auditId, url).map(this::read);
    }

    /**
     * Everything the audit kept of {@code url}: the page as fetched, the DOM a browser rendered of it, the JSON
     * answers received from it, in that order, or the document fetched from it; empty when it kept nothing.
     *
     * @throws UncheckedIOException as {@link #shown}
     */
    public List<Shown> shownAll(String auditId, URI url) {
        List<Shown> all = new ArrayList<>();
        index.captures(auditId, url).forEach(capture -> all.add(read(capture)));
        return all;
    }

    /**
     * The document {@code url} (as linked) served in the latest audit of the config that kept it, read back from its
     * WARC record, or empty when none did: its ETag and Last-Modified let a later audit ask whether it changed.
     *
     * @throws UncheckedIOException as {@link #shown}
     */
    public Optional<Shown> latestDocument(String configKey, URI url) {
        return index.latestDocument(configKey, url).map(this::read);
    }

    private Shown read(EvidenceIndex.Capture capture) {
        EvidenceIndex.Payload payload = capture.payload();
        Path file = dir.resolve(payload.warcFile());
        try {
            RawResponse response = WarcRecords.read(file, payload.offset(), capture.url());
            String digest = Digests.hex(Digests.sha256(response.body()));
            if (!digest.equals(payload.digest())) {
                throw new IOException("the record at offset " + payload.offset() + " of " + file
                        + " holds payload " + digest + ", indexed as " + payload.digest());
            }
            return new Shown(capture.url(), capture.kind(), capture.request(), capture.capturedAt(), response, digest,
                    payload.warcFile(), payload.offset());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evidence of " + capture.url() + " in audit "
                    + capture.auditId(), e);
        }
    }

    /**
     * Cuts the WARC files an abandoned audit (its process killed before it was complete) was writing back to their
     * last whole record ({@link WarcRepair}); a file left without one is deleted. The whole records stay: the
     * index may name them, and later audits that saw the same payloads may point at them.
     *
     * @return the bytes cut off
     * @throws UncheckedIOException when the folder cannot be read or a file cannot be cut
     */
    public long repairAbandoned(String auditId) {
        return repair(warcFiles(auditId::equals));
    }

    /**
     * Cuts back, as {@link #repairAbandoned} does, the WARC files of audits the store does not hold: an embedded
     * store killed within its write delay loses the row of an audit whose file was being written, and no abandoned
     * audit then names the file. The files are listed before {@code heldIds} is asked: an audit's row is saved
     * before its first file is created, so a file of an audit still running is never taken for an orphan.
     *
     * @return the bytes cut off
     * @throws UncheckedIOException when the folder cannot be read or a file cannot be cut
     */
    public long repairOrphans(Supplier<Set<String>> heldIds) {
        List<Path> files = warcFiles(id -> true);
        if (files.isEmpty()) {
            return 0;
        }
        Set<String> held = heldIds.get();
        return repair(files.stream().filter(f -> !held.contains(auditOf(f))).toList());
    }

    /** The WARC files of the audits {@code ofAudit} accepts. */
    private List<Path> warcFiles(Predicate<String> ofAudit) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> found = Files.find(dir, 3, (path, attributes) -> attributes.isRegularFile()
                && auditOf(path) != null && ofAudit.test(auditOf(path)))) {
            return found.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for WARC files in " + dir, e);
        }
    }

    /** The audit a WARC file was written for, from its name ({@code minhbach-<audit>-<time>.warc.gz}), or null. */
    private static String auditOf(Path file) {
        Matcher name = WARC_NAME.matcher(file.getFileName().toString());
        return name.matches() ? name.group(1) : null;
    }

    private static long repair(List<Path> files) {
        long cut = 0;
        for (Path file : files) {
            try {
                cut += WarcRepair.repair(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot repair " + file, e);
            }
        }
        return cut;
    }

    Path dir() {
        return dir;
    }

}
