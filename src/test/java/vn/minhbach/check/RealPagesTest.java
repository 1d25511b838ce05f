package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.check.RealPages.answeredDates;
import static vn.minhbach.check.RealPages.askedDates;
import static vn.minhbach.check.RealPages.date;
import static vn.minhbach.check.RealPages.entryDates;
import static vn.minhbach.check.RealPages.fact;
import static vn.minhbach.check.RealPages.linkTargets;
import static vn.minhbach.check.RealPages.numbers;
import static vn.minhbach.check.RealPages.phoneDigits;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.minhbach.check.RealPages.Fact;
import vn.minhbach.check.RealPages.Page;
import vn.minhbach.extract.LegalDocRow;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.QaPair;

/**
 * The pages of {@code src/test/resources/realpages}: saved copies of real {@code .gov.vn} pages found in public
 * repositories, each checked against the facts its README lists (which file came from where is in
 * {@code realpages/README.md}).
 */
class RealPagesTest {
    private static final Path ROOT = RealPages.resources("realpages");

    /** The footer every page of the Hanoi Department of Information and Communications shows. */
    private static final List<Fact> SOTTTT_FOOTER = List.of(
            fact("footer phone (024) 35123536 and one-stop desk (024) 37367115", p -> assertThat(phoneDigits(p))
                    .contains("02435123536", "02437367115")),
            fact("footer e-mail", p -> assertThat(p.contact().emails()).contains("tiepnhanykien_sotttt@hanoi.gov.vn")),
            fact("footer address", p -> assertThat(p.contact().footer().address()).contains("185 Giảng Võ")));

    /**
     * The sidebar banners of the same site are images with an empty {@code alt}: what they lead to shows only
     * in the image file name and the link's slug.
     */
    private static final List<Fact> SOTTTT_IMAGE_LINKS = List.of(
            fact("image-only banner to the budget disclosure (congkhaingansach.jpg, /cong-khai-ngan-sach)",
                    p -> assertThat(linkTargets(p)).anyMatch(h -> h.endsWith("/cong-khai-ngan-sach.html"))),
            fact("image-only banner to the hotline page (hotlinet2.png, /duong-day-nong)",
                    p -> assertThat(linkTargets(p)).anyMatch(h -> h.endsWith("/duong-day-nong.html"))),
            fact("image-only banner to the legal documents (van+ban+quy+pham+phap+luat.png, /van-ban-phap-quy)",
                    p -> assertThat(linkTargets(p)).anyMatch(h -> h.endsWith("/van-ban-phap-quy.html"))));

    static final List<Page> PAGES = List.of(
            sotttt("sotttt-hanoi/hoi-ap.html", "https://sotttt.hanoi.gov.vn/hoi-ap",
                    fact("three answered questions", p -> assertThat(p.qa()).extracting(QaPair::question)
                            .hasSize(3)
                            .anyMatch(q -> q.contains("Máy in/scanner màu"))
                            .anyMatch(q -> q.contains("Trang thông tin điện tử tổng hợp"))
                            .anyMatch(q -> q.contains("Mẫu văn bản đề nghị gia hạn giấy phép"))),
                    fact("asked dates from the asker lines, in parentheses after the name", p ->
                            assertThat(askedDates(p)).containsExactlyInAnyOrder(
                                    date("2016-08-04"), date("2016-08-20"), date("2016-08-23"))),
                    fact("answered dates from the answerer lines after the bold Trả lời", p ->
                            assertThat(answeredDates(p)).containsExactly(
                                    date("2016-09-15"), date("2016-09-15"), date("2016-09-15"))),
                    fact("dates of decrees cited in the answers are not question or answer dates", p ->
                            assertThat(Stream.concat(askedDates(p).stream(), answeredDates(p).stream()))
                                    .doesNotContain(date("2014-06-19"), date("2015-03-06"), date("2014-08-19"),
                                            date("2013-07-15"))),
                    fact("decrees cited in the answers are not a document list", p ->
                            assertThat(p.legalDocs()).isEmpty())),
            sotttt("sotttt-hanoi/lay-y-kien-van-ban-du-thao.html", "https://sotttt.hanoi.gov.vn/lay-y-kien-van-ban-du-thao",
                    fact("three posts dated Ngày đăng 24/04/2018, 02/07/2014 and 24/06/2013", p ->
                            assertThat(entryDates(p)).containsExactlyInAnyOrder(
                                    date("2018-04-24"), date("2014-07-02"), date("2013-06-24"))),
                    fact("the date of a decision quoted in an abstract (01/8/2017) dates no post", p ->
                            assertThat(entryDates(p)).doesNotContain(date("2017-08-01"))),
                    fact("drafts put out for comment are not a legal-documents list", p ->
                            assertThat(p.legalDocs()).isEmpty())),
            sotttt("sotttt-hanoi/chi-dao-dieu-hanh.html", "https://sotttt.hanoi.gov.vn/chi-dao-dieu-hanh",
                    fact("one post dated 03/04/2020 (the date alone, then | 10:36 PM)", p ->
                            assertThat(entryDates(p)).containsExactly(date("2020-04-03"))),
                    fact("neither the range in the title (đến 15/4/2020) nor the directive in the abstract (31/3/2020) "
                            + "dates anything", p -> {
                                assertThat(entryDates(p)).doesNotContain(date("2020-04-15"), date("2020-03-31"));
                                assertThat(p.legalDocs()).noneMatch(d -> date("2020-03-31").equals(d.issued()));
                            })),
            sotttt("sotttt-hanoi/lien-he.html", "https://sotttt.hanoi.gov.vn/lien-he",
                    fact("the contact article's phone (024)35123536", p ->
                            assertThat(phoneDigits(p)).contains("02435123536")),
                    fact("the contact article's e-mail (tiepnhanykien_sotttt@x.gov.vn, the mirror's X for Hà Nội)", p ->
                            assertThat(p.contact().emails()).contains("tiepnhanykien_sotttt@x.gov.vn")),
                    fact("no hotline: office phones, fax and the one-stop desk are not hotlines", p ->
                            assertThat(p.contact().hotlines()).isEmpty()),
                    fact("a contact page is no dated list, no document list and no Q&A", p -> {
                        assertThat(p.entries()).isEmpty();
                        assertThat(p.legalDocs()).isEmpty();
                        assertThat(p.qa()).isEmpty();
                    })),
            sotttt("sotttt-hanoi/ke-hoach.html", "https://sotttt.hanoi.gov.vn/ke-hoach",
                    fact("eleven plans, dated by the date alone before | time, newest 27/07/2021", p ->
                            assertThat(entryDates(p)).containsExactly(date("2021-07-27"), date("2014-05-09"),
                                    date("2014-04-29"), date("2014-03-27"), date("2014-03-19"), date("2014-03-19"),
                                    date("2014-02-12"), date("2014-01-17"), date("2012-12-21"), date("2012-12-21"),
                                    date("2012-12-21"))),
                    fact("dates cited in titles and abstracts (25/3/2014, 21/3/2014, 02/01/2014, 10/6/2009) date no post", p ->
                            assertThat(entryDates(p)).doesNotContain(date("2014-03-25"), date("2014-03-21"),
                                    date("2014-01-02"), date("2009-06-10"))),
                    fact("a list of plans has no Q&A and no hotline", p -> {
                        assertThat(p.qa()).isEmpty();
                        assertThat(p.contact().hotlines()).isEmpty();
                    })),
            // This page's right column is the department tree, not the image banners: only the footer is shared.
            withFooter("sotttt-hanoi/phong-thanh-tra.html", "https://sotttt.hanoi.gov.vn/phong-thanh-tra",
                    fact("an article of numbered duties (Điều 1., Điều 2., 1. … 11.) is no dated list, no document list "
                            + "and no Q&A", p -> {
                                assertThat(p.entries()).isEmpty();
                                assertThat(p.legalDocs()).isEmpty();
                                assertThat(p.qa()).isEmpty();
                                assertThat(p.procedureRows()).isEmpty();
                            }),
                    fact("the article has no date of its own", p -> assertThat(p.date()).isNull()),
                    fact("no hotline", p -> assertThat(p.contact().hotlines()).isEmpty())),
            new Page("vbpl/vbpl_related_doc.html", "https://vbpl.vn/TW/Pages/vbpq-vanbanlienquan.aspx?dvid=13&ItemID=32801",
                    // Years before 1990 are never read as dates (docs/extraction.md, Dates 1): only the 1992 row is dated.
                    fact("the related constitution of 1992 dated by its Ngày ban hành, the older three undated", p ->
                            assertThat(entryDates(p)).containsExactly(date("1992-04-15"))),
                    fact("the Ngày có hiệu lực beside it (19/12/1980, 01/01/1960) dates no row", p ->
                            assertThat(entryDates(p)).doesNotContain(date("1980-12-19"), date("1960-01-01"))),
                    fact("breadcrumb ending Văn bản pháp luật » Hiến pháp Không số", p -> assertThat(p.breadcrumb())
                            .extracting(PageFacts.Label::text).endsWith("Văn bản pháp luật", "Hiến pháp Không số")),
                    fact("no phone numbers", p -> assertThat(p.contact().phones()).isEmpty())),
            new Page("vbpl/vbpl_thuoctinh_2.html", "https://vbpl.vn/TW/Pages/vbpq-thuoctinh.aspx?ItemID=32801",
                    fact("breadcrumb CSDL quốc gia về VBPL » CSDL Trung ương » Văn bản pháp luật » Hiến pháp Không số", p ->
                            assertThat(p.breadcrumb()).extracting(PageFacts.Label::text).containsExactly(
                                    "CSDL quốc gia về VBPL", "CSDL Trung ương", "Văn bản pháp luật", "Hiến pháp Không số")),
                    fact("Không số (no number) is not read as a document number", p ->
                            assertThat(numbers(p)).allSatisfy(n -> assertThat(n).isNull())),
                    fact("the year ranges of the Năm ban hành menu (01/01/1945 … 31/12/2020) date no row", p ->
                            assertThat(p.entries()).isEmpty()),
                    fact("no phone numbers and no Q&A", p -> {
                        assertThat(p.contact().phones()).isEmpty();
                        assertThat(p.qa()).isEmpty();
                    })),
            new Page("vbpl/vbpl_luocdo_hopnhat.html", "https://vbpl.vn/TW/Pages/vbpq-luocdo-hopnhat.aspx?ItemID=147301",
                    fact("the diagram's four laws in order: the original, two amending laws, the consolidation", p ->
                            assertThat(numbers(p)).containsExactly(
                                    "15/2012/QH13", "54/2014/QH13", "18/2017/QH14", "31/VBHN-VPQH")),
                    fact("each law dated by the Ngày ban hành in its box", p -> assertThat(p.legalDocs())
                            .extracting(LegalDocRow::issued).startsWith(
                                    date("2012-06-20"), date("2014-06-23"), date("2017-11-21"))),
                    fact("the consolidated 31/VBHN-VPQH dated by its Ngày xác thực 07/12/2020", p ->
                            assertThat(p.legalDocs()).filteredOn(d -> "31/VBHN-VPQH".equals(d.number()))
                                    .singleElement().extracting(LegalDocRow::issued).isEqualTo(date("2020-12-07"))),
                    fact("each box links to its law's own page (ItemID=27621 for 15/2012/QH13)", p ->
                            assertThat(p.legalDocs().get(0).url().toString()).endsWith("ItemID=27621")),
                    fact("the date in the scripts' comments (31-05-2013) dates nothing", p -> {
                        assertThat(p.legalDocs()).noneMatch(d -> date("2013-05-31").equals(d.issued()));
                        assertThat(entryDates(p)).doesNotContain(date("2013-05-31"));
                    }),
                    fact("breadcrumb Cổng thông tin » CSDL Trung ương » Văn bản hợp nhất » Luật 31/VBHN-VPQH", p ->
                            assertThat(p.breadcrumb()).extracting(PageFacts.Label::text).containsExactly(
                                    "Cổng thông tin", "CSDL Trung ương", "Văn bản hợp nhất", "Luật 31/VBHN-VPQH")),
                    fact("no phone numbers and no Q&A", p -> {
                        assertThat(p.contact().phones()).isEmpty();
                        assertThat(p.qa()).isEmpty();
                    })),
            new Page("congbao-sonla/gazette_file_quote.html",
                    "https://congbao.sonla.gov.vn/congbao.nsf/html?OpenPage&view=GazetteFile",
                    fact("a gazette issue's download box is not a document row", p -> assertThat(p.legalDocs()).isEmpty()),
                    fact("no dated rows and no phone numbers", p -> {
                        assertThat(p.entries()).isEmpty();
                        assertThat(p.contact().phones()).isEmpty();
                    })));

    private static Page withFooter(String file, String url, Fact... facts) {
        return new Page(file, URI.create(url), Stream.of(List.of(facts), SOTTTT_FOOTER).flatMap(List::stream).toList());
    }

    private static Page sotttt(String file, String url, Fact... facts) {
        return new Page(file, URI.create(url), Stream.of(List.of(facts), SOTTTT_FOOTER, SOTTTT_IMAGE_LINKS)
                .flatMap(List::stream).toList());
    }

    @TestFactory
    Stream<DynamicNode> everyPageShowsItsFacts() {
        return RealPages.tests(ROOT, PAGES);
    }

    @Test
    void everyFileOfTheCorpusHasFactsAndASourceInTheReadme() {
        assertThat(RealPages.pageFiles(ROOT)).containsExactlyInAnyOrderElementsOf(PAGES.stream().map(Page::file).toList());
        String readme = RealPages.html(ROOT.resolve("README.md"));
        assertThat(PAGES).allSatisfy(page -> assertThat(readme).contains("`" + page.file() + "`"));
    }
}
