package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.Verdict;

class ContactTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Liferay portlet    | <div class='portlet-body'><p>Đường dây nóng: 0255.3867.345</p></div>           | PASS    | 0255.3867.345
        NukeViet upper     | <div class='block'><strong>HOTLINE</strong> <span>0905 123 456</span></div>    | PASS    | 0905 123 456
        1022 area code     | <div>Gọi 0255.1022 để phản ánh, kiến nghị</div>                                | PASS    | 1022
        office phone only  | <p>Văn phòng: 0255 3822 111</p>                                                 | MISSING | không có số đường dây nóng
        """)
    void hotlineOnThePortalHomePage(String layout, String block, Verdict verdict, String reason) {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", block)).evaluate("contact.hotline", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(verdict);
        assertThat(Messages.vi().format(finding.reason())).contains(reason);
        assertThat(finding.evidence()).first().satisfies(e -> assertThat(e.url()).hasToString(Sites.PORTAL));
    }

    @Test
    void hotlineOnlyOnAnInnerPageIsMissingAndSaysWhere() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Liên hệ=/lien-he")))
                .page("/lien-he", Html.page("Liên hệ", "<p>Đường dây nóng: 0255.3867.345</p>"))
                .evaluate("contact.hotline", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.MISSING);
        assertThat(Messages.vi().format(finding.reason())).contains("chỉ thấy ở trang " + Sites.PORTAL + "lien-he");
        assertThat(finding.evidence()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <footer>ĐƯỜNG DÂY NÓNG: 0255 3822 999</footer>
        <div class='header-top'><span class='hotline'>Hotline hỗ trợ: 0914.555.777</span></div>
        """)
    void oneStopHotlineIsReadOnTheOneStopHomeNotThePortal(String block) {
        String decomposed = Normalizer.normalize(block, Normalizer.Form.NFD);
        Finding finding = Sites.onestop().home(Html.page("Một cửa điện tử", decomposed)).evaluate("onestop.hotline", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.PASS);
        assertThat(finding.site()).hasToString("ONESTOP");
        assertThat(Sites.portal().home(Html.page("Trang chủ", decomposed)).evaluate("onestop.hotline", "2026-11-28").status())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        paragraph with phone | <div class='news'><h2>Thông báo</h2><p>CÁN BỘ ĐẦU MỐI tiếp nhận, trả lời câu hỏi của doanh nghiệp: Ông Nguyễn Văn An, Chánh Văn phòng HĐND và UBND, điện thoại 0914 123 456.</p></div> | Nguyễn Văn An
        div grid with e-mail | <div class='row'><div class='col'>Người phát ngôn</div><div class='col'>Bà Trần Thị Bình</div><div class='col'>binhtt@lyson.gov.vn</div></div> | binhtt@lyson.gov.vn
        """)
    void focalOfficialsAnywhereOnThePortal(String layout, String block, String excerpt) {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Tiếp cận thông tin=/tctt")))
                .page("/tctt", Html.page("Tiếp cận thông tin", block)).evaluate("contact.focal-officials", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.PASS);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.url()).hasToString(Sites.PORTAL + "tctt");
            assertThat(Messages.vi().format(e.excerpt())).contains(excerpt);
        });
    }

    @Test
    void focalWordsWithoutContactAreMissing() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<p>Huyện sẽ bố trí cán bộ đầu mối để hướng dẫn người dân.</p>"))
                .evaluate("contact.focal-officials", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void unreachedContactPageIsUnknownForFocalOfficials() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", Html.nav("Liên hệ=/lien-he")))
                .unreached("/lien-he", -1, "Liên hệ").evaluate("contact.focal-officials", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("robots.txt");
    }

    @Test
    void siteFactsComeFromTheHomePageAndTheCrawl() {
        String home = Html.page("Trang chủ", "<form action=\"/tim-kiem\"><input name=\"keyword\" placeholder=\"Tìm kiếm\"></form>"
                + "<footer><p>Cơ quan chủ quản: Ủy ban nhân dân đặc khu Lý Sơn</p><p>Chịu trách nhiệm: Ông Nguyễn Văn B"
                + " - Chánh Văn phòng</p><p>Địa chỉ: Thôn Đông, đặc khu Lý Sơn - Điện thoại: 0255.3867.345 -"
                + " Email: ubnd@lyson.gov.vn</p></footer>");
        SiteFacts facts = Checklist.siteFacts(Sites.portal().home(home).build());
        assertThat(facts.https()).isTrue();
        assertThat(facts.search()).isTrue();
        assertThat(facts.mobileViewport()).isTrue();
        assertThat(facts.sitemapXml()).isFalse();
        assertThat(facts.footerAgency()).contains("Lý Sơn");
        assertThat(facts.footerEmail()).isEqualTo("ubnd@lyson.gov.vn");
        assertThat(facts.medianResponseMillis()).isEqualTo(50L);
    }

    @Test
    void siteFactsOfABareSite() {
        SiteFacts facts = Checklist.siteFacts(Sites.onestop().home("<html><body><p>Trang</p></body></html>").build());
        assertThat(facts.search()).isFalse();
        assertThat(facts.mobileViewport()).isFalse();
        assertThat(facts.footerPhone()).isNull();
    }
}
