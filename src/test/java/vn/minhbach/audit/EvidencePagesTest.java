package vn.minhbach.audit;

import vn.minhbach.model.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.crawl.PageCache;
import vn.minhbach.crawl.RawResponse;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.DocumentEvidence;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Rendering;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;
import vn.minhbach.model.Via;

/**
 * The evidence of an audit's verdicts: cited pages with what the browser showed of them, cited API answers, cited
 * documents as fetched.
 */
class EvidencePagesTest {
    private static final Instant NOW = Instant.parse("2026-11-27T19:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final URI HOME = URI.create("https://dichvucong.xathunghiem.gov.vn/");
    private static final URI ROUTE = URI.create("https://dichvucong.xathunghiem.gov.vn/#/thu-tuc");
    private static final URI PLAIN = URI.create("https://dichvucong.xathunghiem.gov.vn/gioi-thieu");
    private static final URI UNCITED = URI.create("https://dichvucong.xathunghiem.gov.vn/tin-tuc");
    private static final URI API = URI.create("https://dichvucong.xathunghiem.gov.vn/api/thu-tuc");
    private static final URI OTHER_API = URI.create("https://dichvucong.xathunghiem.gov.vn/api/tin-tuc");
    private static final URI REPORT = URI.create("https://dichvucong.xathunghiem.gov.vn/files/bc-210.pdf");
    private static final URI LINKED = URI.create("https://dichvucong.xathunghiem.gov.vn/files/bc-9t.pdf");
    private static final URI OTHER_REPORT = URI.create("https://dichvucong.xathunghiem.gov.vn/files/bc-quy-2.pdf");
    private static final URI UNFETCHED = URI.create("https://dichvucong.xathunghiem.gov.vn/files/bc-quy-1.pdf");

    @Test
    void aCitedPageComesWithItsRenderingAndACitedApiWithItsAnswers() {
        SeenPages seen = new SeenPages(CLOCK);
        Map<URI, RawResponse> cache = new HashMap<>();
        for (URI url : List.of(HOME, PLAIN, UNCITED)) {
            RawResponse response = html(url);
            cache.put(url, response);
            seen.downloaded(response);
        }
        seen.rendered().rendered(HOME, "<app-root>Thủ tục</app-root>", ROUTE);
        seen.rendered().rendered(UNCITED, "<app-root>Tin tức</app-root>", null);
        seen.rendered().answered(List.of(answer("POST", API, "{\"page\":1}", "[1]"),
                answer("GET", OTHER_API, null, "[]"), answer("POST", API, "{\"page\":2}", "[2]")));

        EvidencePages evidence = EvidencePages.of(cited(HOME, PLAIN, API), seen, store(cache));

        assertThat(evidence.pages()).extracting(EvidenceArchive.Page::url).containsExactly(HOME, PLAIN);
        assertThat(evidence.pages().get(0).rendered())
                .isEqualTo(new EvidenceArchive.Rendered("<app-root>Thủ tục</app-root>", ROUTE, NOW));
        assertThat(evidence.pages().get(1).rendered()).isNull();
        assertThat(evidence.answers()).extracting(EvidenceArchive.Answer::url, EvidenceArchive.Answer::request,
                EvidenceArchive.Answer::json).containsExactly(tuple(API, "POST {\"page\":1}", "[1]"),
                tuple(API, "POST {\"page\":2}", "[2]"));
    }

    @Test
    void aCitedDocumentComesAsTheServerSentItWhetherCitedByItsAddressOrByTheDocumentItRestsOn() {
        SeenPages seen = new SeenPages(CLOCK);
        RawResponse report = pdf(REPORT);
        RawResponse linked = pdf(LINKED);
        RawResponse uncited = pdf(OTHER_REPORT);
        List.of(report, linked, uncited).forEach(seen.documents()::opened);
        DocumentEvidence read = new DocumentEvidence(LINKED, "pdf", 1, true, false, "unicode", null, null, null, null);
        // an address written otherwise than as linked cites the document through what was read of it
        Evidence byDocument = new Evidence(URI.create("https://dichvucong.xathunghiem.gov.vn/files/../files/bc-9t.pdf"),
                "Báo cáo 9 tháng", null, null, Via.HTML, read);

        EvidencePages evidence = EvidencePages.of(run(finding(List.of(new Evidence(REPORT, "Báo cáo", null, null),
                byDocument, new Evidence(UNFETCHED, "Báo cáo quý I", null, null)))), seen, store(new HashMap<>()));

        assertThat(evidence.documents()).extracting(EvidenceArchive.Document::url, EvidenceArchive.Document::response)
                .containsExactly(tuple(REPORT, report), tuple(LINKED, linked));
        assertThat(evidence.pages()).isEmpty();
    }

    static Stream<Arguments> documentBounds() {
        URI a = URI.create("https://x.gov.vn/a.pdf");
        URI b = URI.create("https://x.gov.vn/b.pdf");
        URI c = URI.create("https://x.gov.vn/c.pdf");
        return Stream.of(
                Arguments.of("within the cap all stay", 12L, List.of(a, b, c), List.of(a, b, c)),
                Arguments.of("the oldest go past the byte cap", 8L, List.of(a, b, c), List.of(b, c)),
                Arguments.of("one document over the cap stays alone", 3L, List.of(a, b), List.of(b)),
                Arguments.of("a document fetched again is the newest", 8L, List.of(a, b, a, c), List.of(a, c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentBounds")
    void documentsAreBoundedByTheirBytesOldestDroppedFirst(String name, long maxBytes, List<URI> opened,
                                                          List<URI> kept) {
        OpenedDocuments documents = new OpenedDocuments(maxBytes);
        // each body is four bytes
        opened.forEach(url -> documents.opened(new RawResponse(url, url, 200, "OK", List.of(),
                "%PDF".getBytes(StandardCharsets.US_ASCII), false, NOW)));

        assertThat(Stream.of("a", "b", "c").map(n -> URI.create("https://x.gov.vn/" + n + ".pdf"))
                .filter(u -> documents.document(u).isPresent())).containsExactlyElementsOf(kept);
    }

    static Stream<Arguments> bounds() {
        URI a = URI.create("https://x.gov.vn/a");
        URI b = URI.create("https://x.gov.vn/b");
        URI c = URI.create("https://x.gov.vn/c");
        return Stream.of(
                Arguments.of("the oldest goes past the entry cap", 2, 1_000L,
                        (Consumer<RenderedPages>) r -> List.of(a, b, c).forEach(u -> r.rendered(u, "x", null)),
                        List.of(b, c)),
                Arguments.of("the oldest go past the byte cap", 10, 8L,
                        (Consumer<RenderedPages>) r -> List.of(a, b, c).forEach(u -> r.rendered(u, "ầầ", null)),
                        List.of(c)),
                Arguments.of("one entry over the cap stays alone", 10, 2L,
                        (Consumer<RenderedPages>) r -> {
                            r.rendered(a, "x", null);
                            r.rendered(b, "xxxx", null);
                        }, List.of(b)),
                Arguments.of("a page rendered again is the newest", 2, 1_000L,
                        (Consumer<RenderedPages>) r -> {
                            r.rendered(a, "x", null);
                            r.rendered(b, "x", null);
                            r.rendered(a, "y", null);
                            r.rendered(c, "x", null);
                        }, List.of(a, c)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounds")
    void renderingsAreBoundedOldestDroppedFirst(String name, int maxEntries, long maxBytes,
                                                Consumer<RenderedPages> fill, List<URI> kept) {
        RenderedPages rendered = new RenderedPages(CLOCK, maxEntries, maxBytes);
        fill.accept(rendered);

        assertThat(Stream.of("https://x.gov.vn/a", "https://x.gov.vn/b", "https://x.gov.vn/c").map(URI::create)
                .filter(u -> rendered.rendering(u).isPresent())).containsExactlyElementsOf(kept);
    }

    @Test
    void aRequestAskedAgainKeepsItsLatestAnswer() {
        RenderedPages rendered = new RenderedPages(CLOCK);
        rendered.answered(List.of(answer("GET", API, null, "[1]"), answer("POST", API, "{}", "[2]")));
        rendered.answered(List.of(answer("GET", API, null, "[3]")));

        assertThat(rendered.answers(API)).extracting(EvidenceArchive.Answer::json).containsExactly("[2]", "[3]");
        assertThat(rendered.answers(HOME)).isEmpty();
    }

    private static AuditRun cited(URI... urls) {
        return run(finding(Stream.of(urls).map(u -> new Evidence(u, "t", null, null,
                u.getPath().startsWith("/api/") ? Via.API : Via.RENDERED)).toList()));
    }

    private static Finding finding(List<Evidence> evidence) {
        return new Finding("onestop.online-rate", "1", SiteRole.ONESTOP, "Mục", Verdict.PASS, Text.plain(""), null, null,
                null, Map.of(), evidence);
    }

    private static AuditRun run(Finding finding) {
        OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
        return new AuditRun("X", LocalDate.of(2026, 11, 28), at, at, List.of(), List.of(finding), List.of(), List.of());
    }

    private static PageCache store(Map<URI, RawResponse> pages) {
        return new PageCache() {
            @Override
            public Optional<RawResponse> lookup(URI url) {
                return Optional.ofNullable(pages.get(url));
            }

            @Override
            public void remember(RawResponse response) {
                pages.put(response.url(), response);
            }
        };
    }

    private static Rendering.DataAnswer answer(String method, URI url, String body, String json) {
        return new Rendering.DataAnswer(method, url, body, json);
    }

    private static RawResponse pdf(URI url) {
        return new RawResponse(url, url, 200, "OK", List.of(new RawResponse.Header("Content-Type", "application/pdf")),
                ("%PDF-1.4 " + url.getPath()).getBytes(StandardCharsets.US_ASCII), false, NOW);
    }

    private static RawResponse html(URI url) {
        return new RawResponse(url, url, 200, "OK", List.of(), "<app-root></app-root>".getBytes(StandardCharsets.UTF_8),
                false, NOW);
    }
}
