package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.check.RealPages.date;
import static vn.minhbach.check.RealPages.entryDates;
import static vn.minhbach.check.RealPages.fact;
import static vn.minhbach.check.RealPages.hotlineDigits;
import static vn.minhbach.check.RealPages.numbers;
import static vn.minhbach.check.RealPages.phoneDigits;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.minhbach.check.RealPages.Page;
import vn.minhbach.extract.LegalDocRow;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

/**
 * Every file of the shared samples ({@code ../shared/samples}, read from there, not copied) against the facts
 * its README lists, through the page extraction; the text-level parsers are covered by {@code VbplSamplesTest}.
 * The last tests take two samples through the checklist, where the README says what a verdict must not be.
 */
class SharedSamplesTest {
    private static final Path ROOT = RealPages.sharedSamples();
    private static final String GAZETTE = "congbao-sonla/documents_by_gazette_sample.html";
    private static final String DVC = "dichvucong/index.html";

    /** The eleven documents of the gazette issue: number and the issue date in the row's own first cell. */
    private static final List<String[]> GAZETTE_ROWS = List.of(
            new String[] {"37/2026/QĐ-UBND", "2026-07-13"}, new String[] {"38/2026/QĐ-UBND", "2026-07-13"},
            new String[] {"39/2026/QĐ-UBND", "2026-07-23"}, new String[] {"1725/QĐ-UBND", "2026-07-11"},
            new String[] {"1764/QĐ-UBND", "2026-07-14"}, new String[] {"1782/QĐ-UBND", "2026-07-17"},
            new String[] {"1783/QĐ-UBND", "2026-07-17"}, new String[] {"1784/QĐ-UBND", "2026-07-17"},
            new String[] {"1785/QĐ-UBND", "2026-07-17"}, new String[] {"1786/QĐ-UBND", "2026-07-17"},
            new String[] {"1797/QĐ-UBND", "2026-07-20"});

    static final List<Page> PAGES = List.of(
            new Page("vbpl/vbpl_search.html", "https://vbpl.vn/tw/Pages/vbpq-timkiem.aspx?type=0&s=1",
                    fact("ten result rows, the first 31/VBHN-VPQH of 07/12/2020", p -> {
                        assertThat(p.legalDocs()).hasSize(10);
                        assertThat(p.legalDocs().get(0).number()).isEqualTo("31/VBHN-VPQH");
                        assertThat(p.legalDocs().get(0).issued()).isEqualTo(date("2020-12-07"));
                    }),
                    fact("the first row's only file comes from a javascript:downloadfile(...) href", p ->
                            assertThat(p.legalDocs().get(0).files()).singleElement().hasToString(
                                    "https://vbpl.vn/TW/Lists/vbpq/Attachments/147301/31.VBHN.VPQH.doc")),
                    fact("the row for 33/VBHN-VPQH has no attachment", p -> assertThat(p.legalDocs())
                            .filteredOn(d -> "33/VBHN-VPQH".equals(d.number())).singleElement()
                            .satisfies(d -> assertThat(d.files()).isEmpty())),
                    fact("no phone numbers", p -> assertThat(p.contact().phones()).isEmpty())),
            new Page("vbpl/vbpl_thuoctinh.html", "https://vbpl.vn/TW/Pages/vbpq-thuoctinh.aspx?ItemID=96172",
                    fact("the properties of 101/2015/QH13, issued 27/11/2015", p -> assertThat(p.legalDocs())
                            .singleElement().satisfies(d -> {
                                assertThat(d.number()).isEqualTo("101/2015/QH13");
                                assertThat(d.issued()).isEqualTo(date("2015-11-27"));
                            })),
                    fact("four attachments, one .doc and three .pdf", p -> assertThat(p.legalDocs().get(0).files())
                            .hasSize(4).extracting(u -> u.getPath().substring(u.getPath().lastIndexOf('.')))
                            .containsExactlyInAnyOrder(".doc", ".pdf", ".pdf", ".pdf")),
                    fact("breadcrumb ending Bộ luật 101/2015/QH13", p -> assertThat(p.breadcrumb())
                            .last().extracting(PageFacts.Label::text).isEqualTo("Bộ luật 101/2015/QH13"))),
            new Page("vbpl/vbpl_v2.html", "https://vbpl.vn/tw/Pages/vbpq-van-ban-goc-hopnhat.aspx?ItemID=147301",
                    fact("the consolidated document 31/VBHN-VPQH, authenticated 07/12/2020", p -> assertThat(p.legalDocs())
                            .anySatisfy(d -> {
                                assertThat(d.number()).isEqualTo("31/VBHN-VPQH");
                                assertThat(d.issued()).isEqualTo(date("2020-12-07"));
                            })),
                    fact("breadcrumb Cổng thông tin » CSDL Trung ương » Văn bản hợp nhất » Luật 31/VBHN-VPQH", p ->
                            assertThat(p.breadcrumb()).extracting(PageFacts.Label::text).containsExactly(
                                    "Cổng thông tin", "CSDL Trung ương", "Văn bản hợp nhất", "Luật 31/VBHN-VPQH"))),
            new Page("vbpl/vbpl_v1.html", "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=32801",
                    fact("breadcrumb ending Văn bản pháp luật » Hiến pháp", p -> {
                        List<String> trail = p.breadcrumb().stream().map(PageFacts.Label::text).toList();
                        assertThat(trail).hasSizeGreaterThanOrEqualTo(2);
                        assertThat(trail.get(trail.size() - 2)).isEqualTo("Văn bản pháp luật");
                        assertThat(trail.get(trail.size() - 1)).startsWith("Hiến pháp");
                    }),
                    fact("no phone numbers", p -> assertThat(p.contact().phones()).isEmpty())),
            new Page(GAZETTE, "https://congbao.sonla.gov.vn/congbao.nsf/html?OpenPage&view=DocumentsByGazette",
                    fact("11 documents", p -> assertThat(p.legalDocs()).hasSize(11)),
                    fact("each document's number from span.doc-notation", p -> assertThat(numbers(p))
                            .containsExactlyInAnyOrderElementsOf(GAZETTE_ROWS.stream().map(r -> r[0]).toList())),
                    fact("each document's issue date from its own first cell (unpadded d/m/yyyy)", p ->
                            assertThat(p.legalDocs()).allSatisfy(d -> assertThat(GAZETTE_ROWS).anyMatch(r ->
                                    r[0].equals(d.number()) && date(r[1]).equals(d.issued())))),
                    fact("newest issue date 23/7/2026 (39/2026/QĐ-UBND)", p -> assertThat(newest(p.legalDocs()))
                            .isEqualTo(date("2026-07-23"))),
                    fact("the date of the repealed decision in an abstract (24/8/2025) is nobody's issue date", p ->
                            assertThat(p.legalDocs()).extracting(LegalDocRow::issued)
                                    .doesNotContain(date("2025-08-24"))),
                    fact("one attachment per document, a relative href with a space", p -> assertThat(p.legalDocs())
                            .allSatisfy(d -> assertThat(d.files()).singleElement().satisfies(u -> assertThat(u.getPath())
                                    .startsWith("/congbao.nsf/").contains("/$file/QD so ").matches(".*\\.docx?$"))))),
            new Page("congbao-sonla/danh_muc.html", "https://congbao.sonla.gov.vn/congbao.nsf/DanhMucVB",
                    fact("the result table is empty (Tìm thấy: 0 văn bản)", p -> assertThat(p.legalDocs()).isEmpty()),
                    fact("footer phones 0212.3751.595 and 0212.3751.091", p -> assertThat(phoneDigits(p))
                            .contains("02123751595", "02123751091")),
                    fact("the search form's labels: Số, ký hiệu / Ngày ban hành / CQ ban hành / Loại văn bản", p ->
                            assertThat(p.formLabels()).extracting(PageFacts.Label::text)
                                    .anyMatch(l -> l.startsWith("Số, ký hiệu")).anyMatch(l -> l.startsWith("Ngày ban hành"))
                                    .anyMatch(l -> l.startsWith("CQ ban hành")).anyMatch(l -> l.startsWith("Loại văn bản")))),
            new Page("congbao-sonla/gazettes_by_year_2026.html",
                    "https://congbao.sonla.gov.vn/congbao.nsf/GazettesByYearMonth?OpenView&Count=-1&RestrictToCategory=2026",
                    fact("gazette issues (Số 44 + 45 Ngày 10/7) are not documents", p -> assertThat(p.legalDocs()).isEmpty()),
                    fact("combined issue numbers are not phone numbers", p -> assertThat(p.contact().phones()).isEmpty()),
                    fact("any date read from the 2026 view is in 2026", p -> assertThat(entryDates(p))
                            .allMatch(d -> d.getYear() == 2026))),
            new Page(DVC, "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
                    fact("support line Tổng đài hỗ trợ: 18001096", p -> assertThat(hotlineDigits(p)).contains("18001096")),
                    fact("menu link Tra cứu hồ sơ", p -> assertThat(p.links()).anySatisfy(l -> {
                        assertThat(l.text().text()).isEqualTo("Tra cứu hồ sơ");
                        assertThat(l.href()).hasToString("https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html");
                    })),
                    fact("menu links Thủ tục hành chính and Dịch vụ công trực tuyến", p -> assertThat(p.links())
                            .extracting(l -> l.text().text()).contains("Thủ tục hành chính", "Dịch vụ công trực tuyến")),
                    // The README says the news go back to 09/05/2020; that date is inside an HTML comment, so a
                    // reader sees six posts from 05/12/2023 back to 09/06/2021.
                    fact("visible news dated 05/12/2023 back to 09/06/2021, none from the commented-out 09/05/2020", p -> {
                        assertThat(entryDates(p)).contains(date("2023-12-05"), date("2021-06-09"))
                                .doesNotContain(date("2020-05-09"));
                        assertThat(entryDates(p).stream().max(Comparator.naturalOrder())).contains(date("2023-12-05"));
                    }),
                    fact("no procedure list in the HTML (filled in by script)", p -> assertThat(p.procedureRows()).isEmpty())));

    private static LocalDate newest(List<LegalDocRow> rows) {
        return rows.stream().map(LegalDocRow::issued).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    @TestFactory
    Stream<DynamicNode> everySampleShowsItsFacts() {
        return RealPages.tests(ROOT, PAGES);
    }

    @Test
    void everySampleFileHasFacts() {
        assertThat(RealPages.pageFiles(ROOT)).containsExactlyInAnyOrderElementsOf(PAGES.stream().map(Page::file).toList());
    }

    @Test
    void theGazetteListIsCurrentOnTheDayItWasSaved() {
        String list = RealPages.html(ROOT.resolve(GAZETTE));
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<a href=\"/congbao.nsf/vb\">Văn bản</a>"))
                .page("congbao.nsf/html?OpenPage&view=DocumentsByGazette", list).evaluate("legal.documents", "2026-08-04");
        assertThat(finding.latest()).hasToString("2026-07-23");
        assertThat(finding.status()).isNotEqualTo(Verdict.STALE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"onestop.online-rate", "onestop.procedure-details"})
    void proceduresFilledInByScriptAreNotMissing(String item) {
        Finding finding = Sites.onestop().home(RealPages.html(ROOT.resolve(DVC))).evaluate(item, "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isNotEqualTo(Verdict.MISSING);
    }

    @Test
    void theNationalPortalHomePageHasItsHotlineAndStatusLookup() {
        String home = RealPages.html(ROOT.resolve(DVC));
        assertThat(Sites.onestop().home(home).evaluate("onestop.hotline", "2026-11-28").status()).isEqualTo(Verdict.PASS);
        assertThat(Sites.onestop().home(home).evaluate("onestop.status-lookup", "2026-11-28").status())
                .isEqualTo(Verdict.PASS);
    }
}
