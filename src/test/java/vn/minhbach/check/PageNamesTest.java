package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.extract.PageSignals;

/** A page is named by its own heading, else by its title without the site's name (docs/extraction.md). */
class PageNamesTest {

    private static final String BANNER = "<header id='banner' role='banner'><h1 class='site-title'>"
            + "<span class='site-name'>ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN</span></h1><nav><a href='/'>Trang chủ</a></nav></header>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
        Liferay portlet title in its header         ^ <header id='banner' role='banner'><h1>ỦY BAN NHÂN DÂN</h1></header><div id='main-content' role='main'><section class='portlet'><header class='portlet-topper'><h2>Công khai ngân sách</h2></header></section></div> ^ Công khai ngân sách
        WordPress entry header inside the article   ^ <header class='site-header'><p>Cổng thông tin</p></header><article><header class='entry-header'><h1>Lịch tiếp công dân</h1></header></article> ^ Lịch tiếp công dân
        DNN module title repeated by the title      ^ <div id='dnn_header'><h2>Chuyên mục</h2></div><div id='dnn_ContentPane'><h2 class='c_title'>Lịch tiếp công dân</h2></div> ^ Lịch tiếp công dân
        first h1 outside the banner                 ^ <header><h1>UBND huyện</h1></header><main><h1>Tin tức</h1></main> ^ Tin tức
        only the banner's h1                        ^ <header><h1>UBND huyện</h1></header><div><p>Nội dung</p></div> ^ UBND huyện
        """)
    void thePagesOwnHeading(String what, String body, String expected) {
        String html = "<html><head><title>Lý Sơn > Lịch tiếp công dân</title></head><body>" + body + "</body></html>";
        assertThat(PageSignals.heading(Jsoup.parse(html)).text()).isEqualTo(expected);
    }

    @Test
    void aHeadingEveryPageRepeatsIsTheSitesNameAndTheTitleNamesThePage() {
        // the banner h1 is the only h1 of every page: it names the site, the title names the page
        SiteView site = Sites.portal()
                .home(Html.page("Trang chủ - Cổng thông tin điện tử huyện Lý Sơn", BANNER + "<p>Tin mới</p>"))
                .page("/tin-tuc", Html.page("Tin tức - Cổng thông tin điện tử huyện Lý Sơn", BANNER + "<p>Tin</p>"))
                .page("/lien-he", Html.page("Liên hệ - Cổng thông tin điện tử huyện Lý Sơn", BANNER + "<p>Địa chỉ</p>"))
                .build();

        assertThat(site.pages()).extracting(site::name).containsExactlyInAnyOrder("Trang chủ", "Tin tức", "Liên hệ");
    }

    @Test
    void theSitesNameIsCutFromEitherEndOfATitleButNotFromItsMiddle() {
        PageNames names = PageNames.read(List.of());
        SiteView site = Sites.portal()
                .home(Html.page("Trang chủ - UBND huyện Lý Sơn", "<p>a</p>"))
                .page("/a", Html.page("Hỏi – đáp về pháp luật - UBND huyện Lý Sơn", "<p>b</p>"))
                .page("/b", Html.page("UBND huyện Lý Sơn | Kế hoạch 201/KH-UBND", "<p>c</p>"))
                .page("/c", Html.page("Thông báo - UBND huyện Lý Sơn - lịch họp", "<p>d</p>"))
                .build();

        assertThat(site.pages()).extracting(site::name).containsExactlyInAnyOrder("Trang chủ",
                "Hỏi - đáp về pháp luật", "Kế hoạch 201/KH-UBND", "Thông báo - UBND huyện Lý Sơn - lịch họp");
        assertThat(names.ownTitle("UBND huyện Lý Sơn")).isEqualTo("UBND huyện Lý Sơn");
    }

    @Test
    void aTitleTheSiteDoesNotRepeatIsKeptWhole() {
        SiteView site = Sites.portal()
                .home(Html.page("Trang chủ - UBND huyện Lý Sơn", "<p>a</p>"))
                .page("/a", Html.page("Tin tức - Sự kiện", "<p>b</p>"))
                .build();

        assertThat(site.pages()).extracting(site::name).containsExactlyInAnyOrder("Trang chủ - UBND huyện Lý Sơn",
                "Tin tức - Sự kiện");
    }
}
