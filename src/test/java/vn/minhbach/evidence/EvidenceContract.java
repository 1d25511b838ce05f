package vn.minhbach.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.document.Fixtures;
import vn.minhbach.model.AuditRun;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.EvidenceIndex;
import vn.minhbach.store.EvidenceIndex.Kind;

/**
 * The page cache, the evidence archive (pages, renderings, JSON answers), the index's migration and retention on
 * a real database; one subclass per database supplies an empty one.
 */
abstract class EvidenceContract {
    static final String KEY = "0123456789abcdef";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final URI A = URI.create("https://xathunghiem.gov.vn/hoi-dap");
    static final URI B = URI.create("https://xathunghiem.gov.vn/van-ban?id=7");
    static final URI C = URI.create("https://xathunghiem.gov.vn/ngan-sach");
    /** Where the browser ended on A: its client-side route. */
    static final URI ROUTE = URI.create("https://xathunghiem.gov.vn/hoi-dap/#/danh-sach");
    static final URI API = URI.create("https://dichvucong.xathunghiem.gov.vn/api/thu-tuc/tim-kiem");
    static final URI REPORT = URI.create("https://xathunghiem.gov.vn/files/bc-210.pdf");
    static final String SHELL = "<html><body><app-root></app-root><script src=main.js></script></body></html>";
    static final String DOM = "<html><head></head><body><app-root><h1>Hỏi đáp</h1><p>câu hỏi 1</p></app-root></body></html>";

    @TempDir
    Path folder;
    private AuditStore store;
    private EvidenceArchive archive;

    /** The config of an empty database of this kind. */
    abstract StoreConfig config();

    abstract UnaryOperator<String> environment();

    @BeforeEach
    void open() {
        store = AuditStore.open(config(), environment());
        archive = new EvidenceArchive(evidenceDir(), store.evidence());
    }

    @AfterEach
    void close() {
        store.close();
    }

    Path evidenceDir() {
        return folder.resolve("evidence");
    }

    @Test
    void thePageCacheGivesBackTheWholeResponseAndKeepsOnlyTheLatest() {
        PageCache cache = store.pageCache(KEY);
        RawResponse first = page(A, "<title>Hỏi đáp</title>v1", "\"a1\"", Instant.parse("2026-11-27T19:00:01.123456Z"));
        cache.remember(first);
        RawResponse back = cache.lookup(A).orElseThrow();
        assertThat(back.body()).isEqualTo(first.body());
        assertThat(back.headers()).isEqualTo(first.headers());
        assertThat(back.etag()).isEqualTo("\"a1\"");
        assertThat(back.lastModified()).isEqualTo("Tue, 24 Nov 2026 08:00:00 GMT");
        assertThat(back.finalUrl()).isEqualTo(A.resolve("/hoi-dap/"));
        assertThat(back.reason()).isEqualTo("OK");
        assertThat(back.fetchedAt()).isEqualTo(first.fetchedAt());

        cache.remember(page(A, "v2", "\"a2\"", first.fetchedAt().plusSeconds(86_400)));

        assertThat(cache.lookup(A).orElseThrow().etag()).isEqualTo("\"a2\"");
        assertThat(new String(cache.lookup(A).orElseThrow().body(), StandardCharsets.UTF_8)).isEqualTo("v2");
        assertThat(store.pageCache("fedcba9876543210").lookup(A)).isEmpty();
        assertThat(cache.lookup(B)).isEmpty();
    }

    @Test
    void twoCachesOfOneConfigOpenedOnAnEmptyStoreSeeEachOthersPagesOnceReopened() {
        PageCache first = store.pageCache(KEY);
        PageCache second = store.pageCache(KEY);
        first.remember(page(A, "v1", "\"a1\"", Instant.parse("2026-11-27T19:00:00Z")));
        // the second audit of the config, started as the store was empty, adds the same page meanwhile
        second.remember(page(A, "v2", "\"a2\"", Instant.parse("2026-11-27T19:00:05Z")));

        assertThat(second.lookup(A).orElseThrow().etag()).isEqualTo("\"a2\"");
        PageCache next = store.pageCache(KEY);
        assertThat(next.lookup(A).orElseThrow().etag()).isEqualTo("\"a2\"");
        assertThat(next.lookup(B)).isEmpty();
    }

    @Test
    void warcRecordsAreReadableByJwarc() throws IOException {
        String audit = audit(TODAY);
        RawResponse a = page(A, "<title>Hỏi đáp</title>câu hỏi 1", "\"a1\"", night(TODAY));
        RawResponse b = page(B, "<title>Văn bản</title>số 12/2026/QĐ-UBND", null, night(TODAY));

        EvidenceArchive.Kept kept = archive.keep(audit, List.of(seen(a), seen(b)));

        assertThat(kept.newRecords()).isEqualTo(2);
        assertThat(warcFiles()).hasSize(1).allSatisfy(file -> assertThat(file.toString()).endsWith(".warc.gz"));
        List<WarcResponse> records = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warcFiles().get(0))) {
            assertThat(reader.compression()).isEqualTo(WarcCompression.GZIP);
            for (WarcRecord record : reader) {
                assertThat(record).isInstanceOf(WarcResponse.class);
                WarcResponse response = (WarcResponse) record;
                assertThat(response.payloadDigest().orElseThrow().hex())
                        .isEqualTo(Digests.hex(Digests.sha256(response.http().body().stream().readAllBytes())));
                records.add(response);
            }
        }
        assertThat(records).extracting(WarcResponse::target).containsExactly(a.finalUrl().toString(),
                b.finalUrl().toString());
        try (WarcReader reader = new WarcReader(warcFiles().get(0))) {
            WarcResponse first = (WarcResponse) reader.next().orElseThrow();
            assertThat(first.date()).isEqualTo(a.fetchedAt());
            assertThat(first.http().status()).isEqualTo(200);
            assertThat(first.http().headers().first("ETag")).contains("\"a1\"");
            assertThat(first.http().headers().first("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(first.http().body().stream().readAllBytes()).isEqualTo(a.body());
        }
    }

    @Test
    void anIdenticalPayloadIsStoredOnceAndOnlyIndexedAgain() throws IOException {
        String first = audit(TODAY.minusDays(1));
        String second = audit(TODAY);
        archive.keep(first, List.of(seen(page(A, "hỏi đáp v1", "\"a1\"", night(TODAY.minusDays(1)))),
                seen(page(B, "văn bản v1", null, night(TODAY.minusDays(1))))));

        EvidenceArchive.Kept kept = archive.keep(second, List.of(
                new EvidenceArchive.Page(A, page(A, "hỏi đáp v1", "\"a1\"", night(TODAY.minusDays(1))), night(TODAY)),
                seen(page(B, "văn bản v2", null, night(TODAY)))));

        assertThat(kept.pages()).isEqualTo(2);
        assertThat(kept.newRecords()).isEqualTo(1);
        assertThat(records()).isEqualTo(3);
        EvidenceIndex.Capture again = store.evidence().capture(second, A).orElseThrow();
        EvidenceIndex.Capture before = store.evidence().capture(first, A).orElseThrow();
        assertThat(again.payload()).isEqualTo(before.payload());
        assertThat(again.capturedAt()).isEqualTo(night(TODAY));
        assertThat(store.evidence().captures(second)).extracting(EvidenceIndex.Capture::url).containsExactly(A, B);
    }

    @Test
    void whatAPageShowedInEachAuditIsReadBackAfterItChanged() {
        String first = audit(TODAY.minusDays(1));
        String second = audit(TODAY);
        archive.keep(first, List.of(seen(page(B, "<p>Quyết định số 12</p>", null, night(TODAY.minusDays(1))))));
        archive.keep(second, List.of(seen(page(B, "<p>Quyết định số 13</p>", null, night(TODAY)))));

        Shown then = archive.shown(first, B).orElseThrow();
        Shown now = archive.shown(second, B).orElseThrow();

        assertThat(then.text()).isEqualTo("<p>Quyết định số 12</p>");
        assertThat(now.text()).isEqualTo("<p>Quyết định số 13</p>");
        assertThat(then.capturedAt()).isEqualTo(night(TODAY.minusDays(1)));
        assertThat(then.response().status()).isEqualTo(200);
        assertThat(then.response().finalUrl()).isEqualTo(B.resolve("/van-ban/?id=7"));
        assertThat(then.digest()).isNotEqualTo(now.digest()).hasSize(64);
        assertThat(archive.shown(first, A)).isEmpty();
        assertThat(archive.shown("not-an-id", B)).isEmpty();
    }

    @Test
    void aMissingWarcFileIsAnErrorNamingThePageNotAnEmptyAnswer() throws IOException {
        String audit = audit(TODAY);
        archive.keep(audit, List.of(seen(page(A, "hỏi đáp", null, night(TODAY)))));
        for (Path file : warcFiles()) {
            Files.delete(file);
        }

        assertThatThrownBy(() -> archive.shown(audit, A)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(A.toString()).hasMessageContaining("audit " + audit);
    }

    @Test
    void aCutWarcFileOfAnAuditTheStoreLostIsCutBackAndOneOfAHeldAuditIsLeft() throws IOException {
        String held = audit(TODAY);
        archive.keep(held, List.of(seen(page(A, "hỏi đáp", null, night(TODAY))), seen(page(B, "văn bản", null,
                night(TODAY)))));
        // An audit begun, its evidence written, and its row then lost (as an embedded store killed in its write
        // delay loses it): the next audit finds a file no audit of the store names.
        String lost = store.begin(KEY, "f".repeat(64), new AuditRun("UBND xã Thử Nghiệm", TODAY,
                night(TODAY).atOffset(ZoneOffset.UTC), night(TODAY).atOffset(ZoneOffset.UTC), List.of(), List.of(),
                List.of(), List.of()));
        archive.keep(lost, List.of(seen(page(C, "ngân sách 2026", null, night(TODAY))),
                seen(page(A, "hỏi đáp mới", null, night(TODAY)))));
        store.discard(lost);
        List<Path> files = warcFiles();
        assertThat(files).hasSize(2);
        for (Path file : files) {
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
                channel.truncate(Files.size(file) - 5);
            }
        }
        Path heldFile = files.stream().filter(f -> f.getFileName().toString().startsWith("minhbach-" + held + "-"))
                .findFirst().orElseThrow();
        long heldSize = Files.size(heldFile);

        assertThat(archive.repairOrphans(store::ids)).isPositive();

        assertThat(Files.size(heldFile)).as("a held audit's file is its own audit's to repair").isEqualTo(heldSize);
        Path lostFile = files.stream().filter(f -> !f.equals(heldFile)).findFirst().orElseThrow();
        assertThat(WarcRepair.wholeLength(lostFile)).isEqualTo(Files.size(lostFile));
        assertThat(archive.repairOrphans(store::ids)).as("nothing left to cut").isZero();
    }

    @Test
    void retentionDropsOldDetailAndFilesNoLongerEvidenceButKeepsVerdicts() throws IOException {
        String oldest = audit(TODAY.minusDays(120));
        String old = audit(TODAY.minusDays(100));
        String recent = audit(TODAY.minusDays(10));
        archive.keep(oldest, List.of(seen(page(C, "ngân sách 2026", null, night(TODAY.minusDays(120))))));
        archive.keep(old, List.of(seen(page(A, "hỏi đáp", null, night(TODAY.minusDays(100))))));
        archive.keep(recent, List.of(seen(page(A, "hỏi đáp", null, night(TODAY.minusDays(10)))),
                seen(page(B, "văn bản", null, night(TODAY.minusDays(10))))));
        PageCache cache = store.pageCache(KEY);
        cache.remember(page(C, "ngân sách 2026", null, night(TODAY.minusDays(120))));
        cache.remember(page(A, "hỏi đáp", null, night(TODAY.minusDays(10))));
        assertThat(warcFiles()).hasSize(3);

        Retention.Pruned pruned = new Retention(store.evidence(), evidenceDir(), 90).apply(KEY, TODAY);

        assertThat(pruned.before()).isEqualTo(TODAY.minusDays(90));
        assertThat(pruned.filesDeleted()).hasSize(1).allSatisfy(name -> assertThat(name).contains("-" + oldest + "-"));
        assertThat(warcFiles()).hasSize(2);
        assertThat(archive.shown(oldest, C)).isEmpty();
        assertThat(archive.shown(old, A)).isEmpty();
        assertThat(archive.shown(recent, A).orElseThrow().text()).isEqualTo("hỏi đáp");
        assertThat(archive.shown(recent, B)).isPresent();
        assertThat(store.load(oldest)).isPresent();
        assertThat(store.itemHistory(KEY, LocalDate.EPOCH, TODAY)).hasSize(3);
        assertThat(cache.lookup(C)).isEmpty();
        assertThat(cache.lookup(A)).isPresent();
    }

    @Test
    void aRenderingIsAConversionOfThePageAndJsonAnswersAreResources() throws IOException {
        String audit = audit(TODAY);
        RawResponse shell = page(A, SHELL, null, night(TODAY));

        EvidenceArchive.Kept kept = archive.keep(audit, List.of(rendered(shell, DOM, night(TODAY))),
                List.of(answer("{\"pageIndex\":1}", "{\"data\":[{\"ten\":\"Đăng ký khai sinh\"}]}", night(TODAY)),
                        answer("{\"pageIndex\":2}", "{\"data\":[{\"ten\":\"Chứng thực bản sao\"}]}", night(TODAY))));

        assertThat(kept).isEqualTo(new EvidenceArchive.Kept(1, 1, 2, 0, 4, kept.bytesWritten(), kept.file()));
        List<WarcRecord> records = new ArrayList<>();
        List<byte[]> payloads = new ArrayList<>();
        try (WarcReader reader = new WarcReader(warcFiles().get(0))) {
            for (WarcRecord record : reader) {
                byte[] payload = record instanceof WarcResponse response ? response.http().body().stream().readAllBytes()
                        : record.body().stream().readAllBytes();
                assertThat(((WarcTargetRecord) record).payloadDigest().orElseThrow().hex())
                        .isEqualTo(Digests.hex(Digests.sha256(payload)));
                records.add(record);
                payloads.add(payload);
            }
        }
        assertThat(records).extracting(WarcRecord::type).containsExactly("response", "conversion", "resource", "resource");
        WarcConversion conversion = (WarcConversion) records.get(1);
        assertThat(conversion.refersTo()).contains(records.get(0).id());
        assertThat(conversion.target()).isEqualTo(ROUTE.toString());
        assertThat(conversion.headers().first("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(conversion.blockDigest()).isEqualTo(conversion.payloadDigest());
        assertThat(payloads.get(1)).isEqualTo(DOM.getBytes(StandardCharsets.UTF_8));
        WarcResource json = (WarcResource) records.get(2);
        assertThat(json.target()).isEqualTo(API.toString());
        assertThat(json.headers().first("Content-Type")).contains("application/json");

        assertThat(archive.shownAll(audit, A)).extracting(Shown::kind, Shown::text)
                .containsExactly(tuple(Kind.PAGE, SHELL), tuple(Kind.RENDERED, DOM));
        Shown dom = archive.shownAll(audit, A).get(1);
        assertThat(dom.response().finalUrl()).isEqualTo(ROUTE);
        assertThat(dom.capturedAt()).isEqualTo(night(TODAY).plusSeconds(3));
        assertThat(archive.shown(audit, A).orElseThrow().text()).isEqualTo(SHELL);
        assertThat(archive.shownAll(audit, API)).extracting(Shown::kind, Shown::request, Shown::text).containsExactly(
                tuple(Kind.API, "POST {\"pageIndex\":1}", "{\"data\":[{\"ten\":\"Đăng ký khai sinh\"}]}"),
                tuple(Kind.API, "POST {\"pageIndex\":2}", "{\"data\":[{\"ten\":\"Chứng thực bản sao\"}]}"));
        assertThat(archive.shown(audit, API)).isEmpty();
        assertThat(store.evidence().captures(audit)).extracting(c -> c.url(), c -> c.kind(), c -> c.part())
                .containsExactly(tuple(API, Kind.API, 0), tuple(API, Kind.API, 1), tuple(A, Kind.PAGE, 0),
                        tuple(A, Kind.RENDERED, 0));
    }

    @Test
    void aRenderingOrAnswerSeenAgainIsOnlyIndexedAgainAndANewRenderingRefersToTheKnownPage() throws IOException {
        String first = audit(TODAY.minusDays(1));
        String second = audit(TODAY);
        String third = audit(TODAY.plusDays(1));
        RawResponse shell = page(A, SHELL, "\"s1\"", night(TODAY.minusDays(1)));
        archive.keep(first, List.of(rendered(shell, DOM, night(TODAY.minusDays(1)))),
                List.of(answer(null, "{\"total\":2}", night(TODAY.minusDays(1)))));

        EvidenceArchive.Kept again = archive.keep(second, List.of(rendered(shell, DOM, night(TODAY))),
                List.of(answer(null, "{\"total\":2}", night(TODAY))));
        EvidenceArchive.Kept changed = archive.keep(third, List.of(rendered(shell, DOM.replace("1", "2"),
                night(TODAY.plusDays(1)))), List.of(answer(null, "{\"total\":2}", night(TODAY.plusDays(1)))));

        assertThat(again.newRecords()).isZero();
        assertThat(again.file()).isNull();
        assertThat(store.evidence().captures(second)).extracting(EvidenceIndex.Capture::payload)
                .isEqualTo(store.evidence().captures(first).stream().map(EvidenceIndex.Capture::payload).toList());
        assertThat(archive.shownAll(second, API)).singleElement().satisfies(answer -> {
            assertThat(answer.request()).isEqualTo("GET");
            assertThat(answer.capturedAt()).isEqualTo(night(TODAY).plusSeconds(4));
        });
        assertThat(changed.newRecords()).isEqualTo(1);
        assertThat(records()).isEqualTo(4);
        String pageRecord = store.evidence().capture(first, A).orElseThrow().payload().recordId();
        try (WarcReader reader = new WarcReader(evidenceDir().resolve(changed.file()))) {
            WarcConversion conversion = (WarcConversion) reader.next().orElseThrow();
            assertThat(conversion.refersTo()).contains(URI.create(pageRecord));
        }
        assertThat(archive.shownAll(third, A)).extracting(Shown::text).containsExactly(SHELL, DOM.replace("1", "2"));
    }

    @Test
    void aDocumentIsKeptAsTheServerSentItAndAgainOnlyIndexed() throws IOException {
        String first = audit(TODAY.minusDays(1));
        String second = audit(TODAY);
        byte[] pdf = pdf();
        RawResponse report = document(pdf, night(TODAY.minusDays(1)));

        EvidenceArchive.Kept kept = archive.keep(first, List.of(), List.of(),
                List.of(new EvidenceArchive.Document(REPORT, report)));
        EvidenceArchive.Kept again = archive.keep(second, List.of(), List.of(),
                List.of(new EvidenceArchive.Document(REPORT, document(pdf, night(TODAY)))));

        assertThat(kept).isEqualTo(new EvidenceArchive.Kept(0, 0, 0, 1, 1, kept.bytesWritten(), kept.file()));
        assertThat(kept.file()).contains("minhbach-" + first + "-");
        assertThat(again.newRecords()).isZero();
        assertThat(again.documents()).isEqualTo(1);
        try (WarcReader reader = new WarcReader(warcFiles().get(0))) {
            WarcResponse record = (WarcResponse) reader.next().orElseThrow();
            assertThat(record.target()).isEqualTo(REPORT.toString());
            assertThat(record.date()).isEqualTo(report.fetchedAt());
            assertThat(record.payloadDigest().orElseThrow().hex()).isEqualTo(Digests.hex(Digests.sha256(pdf)));
            assertThat(record.http().status()).isEqualTo(200);
            assertThat(record.http().headers().first("Content-Type")).contains("application/pdf");
            assertThat(record.http().headers().first("ETag")).contains("\"bc-210\"");
            assertThat(record.http().headers().first("Last-Modified")).contains("Wed, 14 Oct 2026 08:00:00 GMT");
            assertThat(record.http().body().stream().readAllBytes()).isEqualTo(pdf);
            assertThat(reader.next()).isEmpty();
        }
        assertThat(store.evidence().captures(second)).singleElement().satisfies(capture -> {
            assertThat(capture.kind()).isEqualTo(Kind.DOCUMENT);
            assertThat(capture.capturedAt()).isEqualTo(night(TODAY));
            assertThat(capture.payload()).isEqualTo(store.evidence().captures(first).get(0).payload());
        });
        assertThat(archive.shown(second, REPORT)).as("not a page").isEmpty();
        assertThat(archive.shownAll(second, REPORT)).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo(Kind.DOCUMENT);
            assertThat(shown.response().body()).isEqualTo(pdf);
            assertThat(shown.response().contentType()).isEqualTo("application/pdf");
            assertThat(shown.digest()).isEqualTo(Digests.hex(Digests.sha256(pdf)));
        });
    }

    @Test
    void theLatestAuditOfTheConfigThatKeptADocumentGivesItsValidatorsAndBytes() throws IOException {
        String first = audit(TODAY.minusDays(2));
        String second = audit(TODAY.minusDays(1));
        audit(TODAY);
        byte[] v2 = "%PDF-1.4 v2".getBytes(StandardCharsets.US_ASCII);
        archive.keep(first, List.of(), List.of(), List.of(new EvidenceArchive.Document(REPORT,
                document(pdf(), night(TODAY.minusDays(2))))));
        archive.keep(second, List.of(), List.of(), List.of(new EvidenceArchive.Document(REPORT,
                document(v2, night(TODAY.minusDays(1))))));

        assertThat(archive.latestDocument(KEY, REPORT)).hasValueSatisfying(shown -> {
            assertThat(shown.response().body()).as("the later audit's, not shadowed by one that kept none").isEqualTo(v2);
            assertThat(shown.response().etag()).isEqualTo("\"bc-210\"");
            assertThat(shown.response().lastModified()).isEqualTo("Wed, 14 Oct 2026 08:00:00 GMT");
            assertThat(shown.response().finalUrl()).isEqualTo(REPORT);
        });
        assertThat(archive.latestDocument("fedcba9876543210", REPORT)).as("another config's").isEmpty();
        assertThat(archive.latestDocument(KEY, A)).isEmpty();
    }

    @Test
    void capturesIndexedBeforeKindsWereKeptArePages() throws SQLException {
        store.close();
        String url = config().url();
        String user = url.startsWith("jdbc:h2:") ? "sa" : null;
        Flyway old = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration")
                .cleanDisabled(false).target("7").load();
        old.clean();
        old.migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            execute(connection, "INSERT INTO audit (id, config_key, config_fingerprint, organisation, as_of, started_at,"
                    + " started_offset, finished_at, finished_offset, total, count_pass, count_stale, count_missing,"
                    + " count_fail, count_unknown, count_not_applicable, score) VALUES (1, '" + KEY + "', 'f', 'X',"
                    + " DATE '2026-11-27', TIMESTAMP WITH TIME ZONE '2026-11-27 19:00:00+00', 0,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-27 19:05:00+00', 0, 0, 0, 0, 0, 0, 0, 0, 0)");
            execute(connection, "INSERT INTO evidence_payload (digest, warc_file, warc_offset, record_id, target_uri,"
                    + " captured_at, length) VALUES ('" + "ab".repeat(32) + "', '2026/11/x.warc.gz', 0, 'urn:uuid:1', '"
                    + A + "', TIMESTAMP WITH TIME ZONE '2026-11-27 19:00:00+00', 10)");
            execute(connection, "INSERT INTO evidence_capture (audit_id, url, digest, captured_at) VALUES (1, '" + A
                    + "', '" + "ab".repeat(32) + "', TIMESTAMP WITH TIME ZONE '2026-11-27 19:00:00+00')");
        }

        store = AuditStore.open(config(), environment());

        EvidenceIndex.Capture page = store.evidence().capture("1", A).orElseThrow();
        assertThat(page.kind()).isEqualTo(Kind.PAGE);
        assertThat(page.part()).isZero();
        assertThat(page.request()).isNull();
        assertThat(page.capturedAt()).isEqualTo(Instant.parse("2026-11-27T19:00:00Z"));
        store.evidence().addCapture(new EvidenceIndex.Capture("1", A, Kind.RENDERED, 0, null, page.capturedAt(),
                page.payload()));
        assertThat(store.evidence().captures("1")).extracting(EvidenceIndex.Capture::kind)
                .containsExactly(Kind.PAGE, Kind.RENDERED);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    @Test
    void retentionBelowOneDayIsRefused() {
        assertThatThrownBy(() -> new Retention(store.evidence(), evidenceDir(), 0))
                .hasMessageContaining("store.retainDays");
    }

    private String audit(LocalDate asOf) {
        OffsetDateTime at = asOf.atTime(2, 0).atOffset(ZoneOffset.ofHours(7));
        return store.save(KEY, "f".repeat(64), new AuditRun("UBND xã Thử Nghiệm", asOf, at, at.plusMinutes(5),
                List.of(), List.of(), List.of(), List.of()));
    }

    private List<Path> warcFiles() throws IOException {
        if (!Files.isDirectory(evidenceDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(evidenceDir())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private int records() throws IOException {
        int count = 0;
        for (Path file : warcFiles()) {
            try (WarcReader reader = new WarcReader(file)) {
                for (WarcRecord ignored : reader) {
                    count++;
                }
            }
        }
        return count;
    }

    static Instant night(LocalDate day) {
        return day.atTime(19, 0).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The page as fetched, with the DOM a browser showed of it three seconds later at {@link #ROUTE}. */
    static EvidenceArchive.Page rendered(RawResponse response, String dom, Instant seenAt) {
        return new EvidenceArchive.Page(response.url(), response, seenAt,
                new EvidenceArchive.Rendered(dom, ROUTE, seenAt.plusSeconds(3)));
    }

    /** A JSON answer from {@link #API}: POSTed with {@code body}, or a GET when it is null. */
    static EvidenceArchive.Answer answer(String body, String json, Instant at) {
        return new EvidenceArchive.Answer(API, body == null ? "GET" : "POST", body, json, at.plusSeconds(4));
    }

    static EvidenceArchive.Page seen(RawResponse response) {
        return new EvidenceArchive.Page(response.url(), response, response.fetchedAt());
    }

    /** The text-layer PDF of the document tests. */
    static byte[] pdf() {
        return Fixtures.bytes("text-report.pdf");
    }

    /** {@link #REPORT} as the server sent it, with its validators. */
    static RawResponse document(byte[] body, Instant at) {
        return new RawResponse(REPORT, REPORT, 200, "OK", List.of(new RawResponse.Header("Content-Type", "application/pdf"),
                new RawResponse.Header("ETag", "\"bc-210\""),
                new RawResponse.Header("Last-Modified", "Wed, 14 Oct 2026 08:00:00 GMT")), body, false, at);
    }

    /** A page as downloaded: its final URL gains a trailing slash on the path, as a redirect would give it. */
    static RawResponse page(URI url, String html, String etag, Instant at) {
        List<RawResponse.Header> headers = new ArrayList<>();
        headers.add(new RawResponse.Header("Content-Type", "text/html; charset=utf-8"));
        headers.add(new RawResponse.Header("Last-Modified", "Tue, 24 Nov 2026 08:00:00 GMT"));
        headers.add(new RawResponse.Header("Transfer-Encoding", "chunked"));
        if (etag != null) {
            headers.add(new RawResponse.Header("ETag", etag));
        }
        URI finalUrl = URI.create(url.getScheme() + "://" + url.getHost() + url.getPath() + "/"
                + (url.getQuery() == null ? "" : "?" + url.getQuery()));
        return new RawResponse(url, finalUrl, 200, "OK", headers, html.getBytes(StandardCharsets.UTF_8), false, at);
    }
}
