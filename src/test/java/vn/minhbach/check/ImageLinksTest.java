package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

/** Links that show only an image are read by their accessible name, else by their address. */
class ImageLinksTest {
    private static final URI HOME = URI.create("https://huyen.gov.vn/");
    /** A SharePoint portal's Q&A banner: no text, an empty alt. */
    private static final String BANNER = "<a href=\"/Pages/hoi-dap.aspx\"><img src=\"/PublishingImages/banner_hoidap.png\" alt=\"\"></a>";

    private static PageFacts facts(String html) {
        return new PageFactsExtractor(ChecklistConfig.DEFAULT).extract(new CrawledPage(HOME, HOME, 0, 200, html.length(), 10),
                Jsoup.parse(html, HOME.toString()));
    }

    @Test
    void aBannerWithAnEmptyAltIsNamedByItsAddress() {
        PageFacts home = facts(Html.page("Trang chủ", "<div class=\"banners\">" + BANNER
                + "<a href=\"/Pages/lich.aspx\"><img src=\"/x.png\" alt=\"Lịch công tác\"></a></div>"));
        assertThat(home.links()).extracting(l -> l.href().toString() + " " + l.text().key().strip())
                .contains("https://huyen.gov.vn/Pages/hoi-dap.aspx hoi dap");
    }

    @Test
    void theQaSectionLinkedOnlyByABannerIsFoundThoughItsPageFailed() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "<p>Chào mừng</p>" + BANNER))
                .unreached("/Pages/hoi-dap.aspx", 404).evaluate("qa.section", "2026-11-28");
        assertThat(finding.status()).as(Messages.vi().format(finding.reason())).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void anImageLinkWithoutAnyNameStaysUnnamed() {
        PageFacts home = facts(Html.page("Trang chủ", "<a href=\"/Pages/default.aspx?ID=7\"><img src=\"/img/1.png\" alt=\"\"></a>"));
        assertThat(home.links()).isEmpty();
    }
}
