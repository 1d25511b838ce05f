package vn.minhbach.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class FieldLocatorTest {
    private static final String BASE = "https://xa.example.gov.vn/";

    private static Document page(String body) {
        return Jsoup.parse("<html><head><title>Trang</title></head><body>" + body + "</body></html>", BASE);
    }

    @Test
    void dateInATableIsNamedByItsColumnHeaderAndCell() {
        Document doc = page("""
                <table class="docs"><thead><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead>
                <tbody>
                <tr><td><a href="/vb/1">01/2026/QĐ-UBND</a></td><td>Quy chế A</td><td>05/01/2026</td></tr>
                <tr><td><a href="/vb/2">02/2026/QĐ-UBND</a></td><td>Quy chế B</td><td>12/03/2026</td></tr>
                </tbody></table>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "02/2026/QĐ-UBND – Quy chế B", LocalDate.of(2026, 3, 12),
                URI.create(BASE + "vb/2"), true);

        assertThat(located.date()).isEqualTo("table column 'Ngày ban hành' (cell 3 of row 2)");
        assertThat(located.title()).isEqualTo("number: link text, table column 'Số ký hiệu' (cell 1 of row 2); "
                + "summary: table column 'Trích yếu' (cell 2 of row 2)");
        assertThat(located.link()).isEqualTo("href of the title link, table column 'Số ký hiệu' (cell 1 of row 2)");
        assertThat(located.selectors().rows()).isEqualTo("table.docs tr:has(td)");
        assertThat(located.selectors().date()).isEqualTo("td:nth-child(3)");
        assertThat(located.selectors().title()).isEqualTo("td:nth-child(1) a");
        assertThat(doc.select(located.selectors().rows())).hasSize(2);
    }

    @Test
    void dateAfterALabelIsNamedByTheLabel() {
        Document doc = page("""
                <div class="qa"><div class="item"><h3>Hỏi về đất đai?</h3><p>Ngày gửi: 01/02/2026</p>
                  <p>Ngày trả lời: 05/02/2026</p></div>
                <div class="item"><h3>Hỏi về thuế?</h3><p>Ngày gửi: 03/02/2026</p>
                  <p>Ngày trả lời: 09/02/2026</p></div></div>""");

        FieldLocator.Located answered = FieldLocator.locate(doc, "Hỏi về thuế?", LocalDate.of(2026, 2, 9), null);
        FieldLocator.Located asked = FieldLocator.locate(doc, "Hỏi về thuế?", LocalDate.of(2026, 2, 3), null);

        assertThat(answered.date()).isEqualTo("after label 'Ngày trả lời:'");
        assertThat(asked.date()).isEqualTo("after label 'Ngày gửi:'");
        assertThat(answered.title()).isEqualTo("heading h3");
        assertThat(answered.selectors().rows()).isEqualTo("div.qa > div.item");
    }

    @Test
    void labelInItsOwnElementBeforeTheDate() {
        Document doc = page("""
                <ul class="list"><li><a href="/a">Văn bản A</a> <span class="k">Ngày ban hành:</span> <span>01/02/2026</span></li>
                <li><a href="/b">Văn bản B</a> <span class="k">Ngày ban hành:</span> <span>02/02/2026</span></li></ul>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "Văn bản B", LocalDate.of(2026, 2, 2),
                URI.create(BASE + "b"));

        assertThat(located.date()).isEqualTo("after label 'Ngày ban hành:'");
        assertThat(located.selectors().rows()).isEqualTo("ul.list > li");
    }

    @Test
    void dateInParenthesesAfterTheName() {
        Document doc = page("""
                <ul><li><a href="/tin/1">Thông báo lịch tiếp dân</a> (12/03/2026)</li>
                <li><a href="/tin/2">Thông báo tuyển dụng</a> (10/03/2026)</li></ul>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "Thông báo tuyển dụng", LocalDate.of(2026, 3, 10),
                URI.create(BASE + "tin/2"));

        assertThat(located.date()).isEqualTo("in parentheses after a name");
        assertThat(located.title()).isEqualTo("link text");
    }

    @Test
    void dateInsideTheLinkText() {
        Document doc = page("""
                <div><p><a href="/tb/1">Thông báo ngày 05/03/2026 về lịch họp</a></p>
                <p><a href="/tb/2">Thông báo ngày 07/03/2026 về tiếp dân</a></p></div>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "Thông báo ngày 07/03/2026 về tiếp dân",
                LocalDate.of(2026, 3, 7), URI.create(BASE + "tb/2"));

        assertThat(located.date()).isEqualTo("link text");
    }

    @Test
    void pageDateFromMetaWhenTheBodyDoesNotShowIt() {
        Document doc = Jsoup.parse("""
                <html><head><title>Kế hoạch 2026</title>
                <meta property="article:published_time" content="2026-03-01T08:00:00+07:00"></head>
                <body><h1>Kế hoạch phát triển kinh tế - xã hội năm 2026</h1><p>Nội dung.</p></body></html>""", BASE);

        FieldLocator.Located located = FieldLocator.locate(doc, "Kế hoạch phát triển kinh tế - xã hội năm 2026",
                LocalDate.of(2026, 3, 1), null);

        assertThat(located.title()).isEqualTo("heading h1");
        assertThat(located.date()).isEqualTo("page meta article:published_time");
    }

    @Test
    void timeElementIsNamedWithItsAttribute() {
        Document doc = page("""
                <div class="news"><article><a href="/n/1">Tin một</a><time datetime="2026-04-02">2 tháng 4</time></article>
                <article><a href="/n/2">Tin hai</a><time datetime="2026-04-03">3 tháng 4</time></article></div>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "Tin hai", LocalDate.of(2026, 4, 3),
                URI.create(BASE + "n/2"));

        assertThat(located.date()).isEqualTo("<time datetime=\"2026-04-03\">");
        assertThat(located.selectors().rows()).isEqualTo("div.news > article");
        assertThat(located.selectors().date()).isEqualTo("time");
    }

    @Test
    void legalDocumentNumberAndSummaryAreLocatedApart() {
        Document doc = page("""
                <div class="list"><div class="doc"><h3>Quy chế làm việc</h3>
                  <div><span class="n">Số ký hiệu: 05/2026/QĐ-UBND</span> <span class="d">Ngày ban hành: 16/02/2026</span></div></div>
                <div class="doc"><h3>Quy định học phí</h3>
                  <div><span class="n">Số ký hiệu: 09/2026/QĐ-UBND</span> <span class="d">Ngày ban hành: 03/04/2026</span></div></div>
                </div>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "09/2026/QĐ-UBND – Quy định học phí",
                LocalDate.of(2026, 4, 3), null, true);

        assertThat(located.title()).isEqualTo("number: after label 'Số ký hiệu:'; summary: heading h3");
        assertThat(located.date()).isEqualTo("after label 'Ngày ban hành:'");
        assertThat(located.selectors().rows()).isEqualTo("div.list > div.doc");
    }

    @Test
    void aDashInAPostTitleIsNotANumberAndSummary() {
        Document doc = page("""
                <ul class="news"><li><a href="/p/1">Hỏi – đáp về thuế</a> (01/03/2026)</li>
                <li><a href="/p/2">Hỏi – đáp về đất</a> (02/03/2026)</li></ul>""");

        FieldLocator.Located located = FieldLocator.locate(doc, "Hỏi – đáp về đất", LocalDate.of(2026, 3, 2),
                URI.create(BASE + "p/2"));

        assertThat(located.title()).isEqualTo("link text");
        assertThat(located.selectors().link()).isEqualTo("a");
    }

    @Test
    void longestListOutsideTheNavigation() {
        Document doc = page("""
                <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/a">A</a></li><li><a href="/b">B</a></li>
                <li><a href="/c">C</a></li><li><a href="/d">D</a></li></ul></nav>
                <div id="content"><div class="post"><h4><a href="/p/1">Bài một</a></h4><p>Thứ hai, 02/03/2026</p></div>
                <div class="post"><h4><a href="/p/2">Bài hai</a></h4><p>Thứ ba, 03/03/2026</p></div>
                <div class="post"><h4><a href="/p/3">Bài ba</a></h4><p>Thứ tư, 04/03/2026</p></div></div>
                <ul class="side"><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul>""");

        FieldLocator.Selectors selectors = FieldLocator.longestList(doc);

        assertThat(selectors.rows()).isEqualTo("div#content > div.post");
        assertThat(selectors.title()).isEqualTo("h4 a");
        assertThat(doc.select(selectors.rows())).hasSize(3);
    }

    @Test
    void nothingFoundSaysSo() {
        Document doc = page("<p>Trang trống</p>");

        FieldLocator.Located located = FieldLocator.locate(doc, "Không có", LocalDate.of(2026, 1, 1),
                URI.create(BASE + "x"));

        assertThat(located.title()).isNull();
        assertThat(located.date()).isNull();
        assertThat(located.selectors().rows()).isNull();
    }
}
