package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.model.CrawledPage;

class PageFactsExtractorTest {
    private static final URI URL = URI.create("https://lyson.quangngai.gov.vn/chuyen-muc");

    private static PageFacts facts(String html) {
        return facts(html, ChecklistConfig.DEFAULT);
    }

    private static PageFacts facts(String html, ChecklistConfig config) {
        return new PageFactsExtractor(config).extract(new CrawledPage(URL, URL, 1, 200, html.length(), 10),
                Jsoup.parse(html, URL.toString()));
    }

    @ParameterizedTest
    @EnumSource(Markup.class)
    void datedRowsOfEachMarkupWithTheirBlockHeading(Markup markup) {
        PageFacts page = facts(Html.page("Tin", markup.list("Thuế và cuộc sống",
                Html.rows("Hướng dẫn quyết toán thuế thu nhập cá nhân@20/03/2026; Thông báo lịch nộp lệ phí trước bạ@21/03/2026"))));
        assertThat(page.entries()).hasSize(2);
        assertThat(page.entries().get(0).title().text()).isEqualTo("Hướng dẫn quyết toán thuế thu nhập cá nhân");
        assertThat(page.entries().get(0).link()).hasToString("https://lyson.quangngai.gov.vn/bai-viet/1");
        assertThat(page.entries()).extracting(PageFacts.Entry::date)
                .containsExactly(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 21));
        assertThat(page.entries()).allSatisfy(e -> assertThat(e.context()).isEqualTo(" thue va cuoc song "));
    }

    @Test
    void aMenuModuleBeforeTheContentDoesNotNameItsRows() {
        String menu = "<div class=\"LeftPane\"><div><h2><span>Chuyên mục</span></h2><div><ul>"
                + "<li><a href=\"/chuyen-muc/hoi-dap\">Hỏi đáp pháp luật</a></li>"
                + "<li><a href=\"/chuyen-muc/thue\">Thuế và cuộc sống</a></li></ul></div></div></div>";
        String content = "<div class=\"ContentPane\"><div><div><h2>Hỏi đáp</h2><div><div><dl><dt><a href=\"/hoi-dap/501\">"
                + "Xin xác nhận tình trạng hôn nhân được không?</a></dt><dd>Ngày gửi: 12/11/2025</dd></dl></div></div></div></div></div>";
        PageFacts page = facts(Html.page("Hỏi đáp", "<div id=\"content\">" + menu + content + "</div>"));

        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2025, 11, 12));
            assertThat(e.context() == null ? "" : e.context()).doesNotContain("thue");
        });
        PageFacts titled = facts(Html.page("Tin", "<div class=\"box\"><div><h3>Thuế và cuộc sống</h3> <a href=\"/thue\">Xem thêm</a>"
                + "</div><ul><li><a href=\"/bai/1\">Hướng dẫn quyết toán thuế thu nhập cá nhân</a> 20/03/2026</li></ul></div>"));
        assertThat(titled.entries()).singleElement().satisfies(e -> assertThat(e.context()).contains("thue va cuoc song"));
    }

    @Test
    void aDateInsideTheTitleIsNotTheRowDate() {
        PageFacts page = facts(Html.page("Tin", "<ul><li><a href=\"/a\">Lịch công tác tuần từ 27/9 - 01/10/2021 của lãnh đạo</a></li></ul>"));
        assertThat(page.entries()).isEmpty();
    }

    @Test
    void aRowsOwnDateCellBeatsADateCitedInItsText() {
        PageFacts page = facts(Html.page("Văn bản", "<table><tr><td><a href=\"/vb/37\">Quyết định số 37/2026/QĐ-UBND</a>"
                + " bãi bỏ Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025</td><td>13/7/2026</td></tr>"
                + "<tr><td><a href=\"/vb/38\">Quyết định phân cấp thẩm quyền quản lý</a> thay thế Quyết định số"
                + " 12/2024/QĐ-UBND ngày 02/01/2024; ban hành 14/7/2026</td><td></td></tr></table>"));
        assertThat(page.entries()).extracting(PageFacts.Entry::date)
                .containsExactly(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 14));
    }

    @Test
    void menuLinksAndShortLinksAreNotEntries() {
        PageFacts page = facts(Html.page("Tin", Html.nav("Văn bản mới ban hành ngày 01/01/2026=/vb")
                + "<ul><li><a href=\"/x\">Xem thêm</a> 01/02/2026</li></ul>"));
        assertThat(page.entries()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        article:published_time | <meta property='article:published_time' content='2026-03-05T08:00:00+07:00'> |                                                | 2026-03-05
        time element           |                                                                          | <time datetime='2026-03-06'>6 tháng 3</time>   | 2026-03-06
        Ngày đăng label        |                                                                          | <p>Ngày đăng: 07/03/2026</p>                    | 2026-03-07
        Cập nhật lúc           |                                                                          | <div>Cập nhật lúc 08:30, Thứ Hai, 09/03/2026 (GMT+7)</div> | 2026-03-09
        date-styled element    |                                                                          | <span class='news-date'>(10:15 10/03/2026)</span> | 2026-03-10
        none                   |                                                                          | <p>Bài viết không ghi ngày.</p>                 |
        """)
    void pageDateComesFromWhatThePageShows(String source, String head, String body, LocalDate expected) {
        PageFacts page = facts("<html><head><title>Bài viết</title>" + (head == null ? "" : head) + "</head><body><h1>Tiêu đề bài"
                + " viết</h1>" + (body == null ? "" : body) + "<footer>Điện thoại 0255.3822.111</footer></body></html>");
        assertThat(page.date()).isEqualTo(expected);
    }

    @Test
    void titleHeadingsAndBreadcrumb() {
        PageFacts page = facts(Html.post("Thuế và cuộc sống", "Hướng dẫn quyết toán thuế", "Ngày đăng: 07/03/2026"));
        assertThat(page.title().text()).isEqualTo("Hướng dẫn quyết toán thuế");
        assertThat(page.heading().text()).isEqualTo("Hướng dẫn quyết toán thuế");
        assertThat(page.breadcrumb()).extracting(PageFacts.Label::text).containsExactly("Trang chủ", "Thuế và cuộc sống");
        assertThat(page.displayTitle()).isEqualTo("Hướng dẫn quyết toán thuế");
    }

    @Test
    void breadcrumbOfASavedVbplPage() throws IOException {
        String html;
        try (InputStream in = getClass().getResourceAsStream("/samples/vbpl/vbpl_v2.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PageFacts page = facts(html);
        assertThat(page.breadcrumb()).extracting(PageFacts.Label::text).contains("Văn bản hợp nhất");
        assertThat(page.legalDocs()).isNotEmpty();
    }

    @Test
    void keepsOnlyLinksNamedForATopicOrIntoTheProcurementSystem() {
        PageFacts page = facts(Html.page("Trang chủ", Html.nav("Giới thiệu=/gt", "Văn bản QPPL=/vb", "Hỏi – Đáp=/hd")
                + "<a href=\"https://muasamcong.mpi.gov.vn/\"><img alt=\"\"></a><a href=\"javascript:void(0)\">Đấu thầu</a>"));
        assertThat(page.links()).extracting(l -> l.href().toString()).containsExactly(
                "https://lyson.quangngai.gov.vn/vb", "https://lyson.quangngai.gov.vn/hd", "https://muasamcong.mpi.gov.vn/");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        React root        | <div id='root'></div><script src='/static/js/main.js'></script>                         | true
        Angular app-root  | <app-root></app-root><script src='main.js'></script>                                   | true
        noscript notice   | <noscript>Vui lòng bật JavaScript để sử dụng Cổng dịch vụ công.</noscript>              | true
        short real page   | <h1>Liên hệ</h1><p>Điện thoại: 0255.3822.111</p>                                         | false
        article           | <h1>Tin</h1><p>Nội dung dài của bài viết, đủ để người đọc thấy rằng trang này có nội dung thật sự chứ không phải là một khung ứng dụng trống rỗng chờ JavaScript vẽ giao diện, với nhiều câu chữ nữa cho đủ dài.</p><script>ga()</script> | false
        """)
    void appShellIsAlmostNoTextAndAScriptDrivenRoot(String layout, String body, boolean shell) {
        assertThat(facts("<html><head><title>T</title></head><body>" + body + "</body></html>").appShell()).isEqualTo(shell);
    }

    @Test
    void searchFormAndViewport() {
        PageFacts page = facts(Html.page("Trang chủ", "<form action=\"/search\"><input type=\"text\" name=\"q\"></form>"));
        assertThat(page.searchForm()).isTrue();
        assertThat(page.mobileViewport()).isTrue();
        PageFacts bare = facts("<html><head><title>T</title></head><body><form><input name=\"email\"></form></body></html>");
        assertThat(bare.searchForm()).isFalse();
        assertThat(bare.mobileViewport()).isFalse();
    }

    @Test
    void formLabelsAreKept() {
        PageFacts page = facts(Html.page("Tra cứu", "<form><label>Mã hồ sơ</label><input placeholder=\"Nhập mã hồ sơ\">"
                + "<button>Tra cứu</button></form>"));
        assertThat(page.formLabels()).extracting(PageFacts.Label::text).contains("Mã hồ sơ", "Nhập mã hồ sơ", "Tra cứu");
    }

    @Test
    void configuredSelectorsReadRowsOnlyOnTheConfiguredPage() {
        String html = Html.page("Feed", "<div class=\"it\"><span class=\"t\">Thông báo mời thầu gói thầu số 1</span>"
                + "<i class=\"d\">Ngày 02/11/2026</i></div><div class=\"it\"><span class=\"t\">Thông báo mời thầu gói số 2</span>"
                + "<i class=\"d\">03/11/2026</i></div>");
        ChecklistConfig here = Configs.selectors("tender.notices", URL.toString(), ".it", ".t", ".d");
        assertThat(facts(html, here).selected().get("tender.notices")).extracting(PageFacts.Entry::date)
                .containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
        ChecklistConfig elsewhere = Configs.selectors("tender.notices", "https://lyson.quangngai.gov.vn/khac", ".it", ".t", ".d");
        assertThat(facts(html, elsewhere).selected()).isEmpty();
    }

    @Test
    void listsAreBounded() {
        StringBuilder rows = new StringBuilder("<ul>");
        for (int i = 1; i <= 120; i++) {
            rows.append("<li><a href=\"/p/").append(i).append("\">Bài viết số ").append(i).append(" về hoạt động</a> (01/02/2026)</li>");
        }
        PageFacts page = facts(Html.page("Tin", rows.append("</ul>").toString()));
        assertThat(page.entries()).hasSize(PageFactsExtractor.MAX_ENTRIES);
    }

    /**
     * A part that throws on a page's markup (here an element whose text cannot be read, in the list of
     * dated rows and the contact block) is left empty and named; the page keeps every other fact.
     */
    @Test
    void aPartThatFailsIsRecordedAndTheRestOfThePageIsRead() {
        Document doc = Jsoup.parse(Html.page("Tin tức", "<ul><li><a href=\"/p/1\">Hướng dẫn quyết toán thuế thu nhập"
                + " cá nhân năm 2026</a> (01/02/2026)</li></ul>"), URL.toString());
        doc.body().appendChild(new Element("a") {
            @Override
            public String text() {
                throw new IllegalStateException("unreadable text");
            }
        }.attr("href", "/lien-he"));
        PageFacts page = new PageFactsExtractor(ChecklistConfig.DEFAULT)
                .extract(new CrawledPage(URL, URL, 1, 200, 100, 10), doc);

        assertThat(page.title().text()).isEqualTo("Tin tức");
        assertThat(page.failures()).isNotEmpty()
                .allSatisfy(f -> assertThat(f).contains("IllegalStateException: unreadable text"));
        assertThat(facts(Html.page("Tin tức", "<p>Không có lỗi</p>")).failures()).isEmpty();
    }
}
