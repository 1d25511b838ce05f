package vn.minhbach.check;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Verdict;

/** Coverage decides MISSING: an absence means something only when the crawl saw enough of the site. */
class CoverageTest {
    private static final String AS_OF = "2026-11-28";
    private static final String HOME = Html.page("UBND huyện Lý Sơn", Html.nav("Giới thiệu=/gioi-thieu",
            "Tin tức=/tin-tuc", "Liên hệ=/lien-he"));

    @Test
    void anAbsenceOnASiteReadInFullIsMissing() {
        Finding f = Sites.portal().home(HOME).page("/gioi-thieu", Html.page("Giới thiệu", "<p>Huyện đảo.</p>"))
                .page("/tin-tuc", Html.page("Tin tức", "<p>Tin 1</p>")).unreached("/lien-he", 404, "Liên hệ")
                .evaluate("tender.notices", AS_OF);
        assertThat(f.status()).isEqualTo(Verdict.MISSING);
    }

    @Test
    void whenMostPagesCouldNotBeReadTheAbsenceIsUnknown() {
        Finding f = Sites.portal().home(HOME).unreached("/gioi-thieu", 404, "Giới thiệu")
                .unreached("/tin-tuc", 404, "Tin tức").unreached("/lien-he", 500, "Liên hệ")
                .evaluate("tender.notices", AS_OF);
        assertThat(f.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(f.reason())).contains("chỉ đọc được 1 trong 4 trang đã thử");
    }

    @Test
    void aPageLeftBehindAWallMakesTheAbsenceUnknown() {
        Finding f = Sites.portal().home(HOME).page("/gioi-thieu", Html.page("Giới thiệu", "<p>Huyện đảo.</p>"))
                .page("/lien-he", Html.page("Liên hệ", "<p>Địa chỉ</p>"))
                .walled("/tin-tuc", "tường lửa từ chối truy cập (WAF)", "Tin tức")
                .evaluate("tender.notices", AS_OF);
        assertThat(f.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(f.reason())).contains("1 trang bị chặn");
    }

    @Test
    void aWalledLinkNamingTheTopicIsTheReason() {
        Finding f = Sites.portal().home(Html.page("UBND", Html.nav("Đấu thầu=/dau-thau")))
                .walled("/dau-thau", "trang bảo trì", "Đấu thầu").evaluate("tender.notices", AS_OF);
        assertThat(f.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(f.reason())).contains("/dau-thau", "trang bảo trì, HTTP 200");
    }

    @Test
    void whenEveryHomeLinkLeavesTheSiteOnlyTheHomePageDecides() {
        Sites site = Sites.portal().home(HOME).homeLinksOffSite();
        Finding tender = site.evaluate("tender.notices", AS_OF);
        assertThat(tender.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(tender.reason())).contains("không có liên kết nào dẫn vào trong trang");
        assertThat(site.evaluate("contact.hotline", AS_OF).status()).as("what the home page shows still decides")
                .isEqualTo(Verdict.MISSING);
    }
}
