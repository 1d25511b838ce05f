package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFactsExtractor;
import vn.minhbach.extract.Vocabulary;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.CrawledPage;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.SiteRole;

class SiteViewTest {

    @Test
    void findingsDoNotDependOnTheOrderPagesArrivedIn() {
        SiteView view = Sites.portal().home(Html.page("Trang chủ", Html.nav("Liên hệ=/a", "Tiếp cận thông tin=/b")))
                .page("/a", Html.page("Liên hệ", "<p>Người phát ngôn: Bà Trần Thị Bình, binhtt@lyson.gov.vn</p>"))
                .page("/b", Html.page("Tiếp cận thông tin", "<p>Cán bộ đầu mối: Ông Nguyễn Văn An, điện thoại 0914 123 456</p>"))
                .build();
        List<PageFacts> reversed = new ArrayList<>(view.pages());
        Collections.reverse(reversed);
        SiteView shuffled = new SiteView(view.role(), view.home(), view.crawl(), reversed);
        LocalDate asOf = LocalDate.of(2026, 11, 28);
        assertThat(Checklist.defaults().evaluate(Map.of(SiteRole.PORTAL, shuffled), asOf, ChecklistConfig.DEFAULT))
                .isEqualTo(Checklist.defaults().evaluate(Map.of(SiteRole.PORTAL, view), asOf, ChecklistConfig.DEFAULT));
    }

    @Test
    void homePageIsFoundAfterARedirect() {
        URI seed = URI.create("http://lyson.quangngai.gov.vn");
        URI landed = URI.create("https://lyson.quangngai.gov.vn/web/trang-chu");
        PageFacts home = new PageFactsExtractor(ChecklistConfig.DEFAULT).extract(new CrawledPage(seed, landed, 0, 200, 10, 5),
                Jsoup.parse(Html.page("Trang chủ", "<p>Đường dây nóng: 0255.3867.345</p>"), landed.toString()));
        SiteView view = new SiteView(SiteRole.PORTAL, URI.create("http://lyson.quangngai.gov.vn/"), Sites.portal().build().crawl(),
                List.of(home));
        assertThat(view.homePage()).contains(home);
        assertThat(view.page(landed)).contains(home);
        assertThat(Checklist.siteFacts(view).https()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"404, HTTP 404", "0, timeout", "-1, robots.txt", "-2, giới hạn trang: maxPages"})
    void whyALinkWasNotFetched(int status, String why) {
        SiteView view = Sites.portal().unreached("/x", status, "Văn bản").build();
        FetchOutcome outcome = view.crawl().unreached().get(0).outcome();
        assertThat(Messages.vi().format(SiteView.failure(outcome))).isEqualTo(why);
        assertThat(view.unreachedMatching(Vocabulary.LEGAL_DOCUMENTS::matches)).hasSize(1);
        assertThat(view.unreachedMatching(Vocabulary.TAX_AND_LIFE::matches)).isEmpty();
    }

    @Test
    void attachmentsAreFoundUpToHostCaseAndTrailingSlash() {
        SiteView view = Sites.portal().attachment("/files/a.pdf", 200).attachment("/files/b.pdf", 404).build();
        Attachments attachments = view.attachments();
        assertThat(attachments.downloads(URI.create("https://LYSON.quangngai.gov.vn/files/a.pdf"))).isTrue();
        assertThat(attachments.downloads(URI.create("https://lyson.quangngai.gov.vn/files/b.pdf"))).isFalse();
        assertThat(attachments.get(URI.create("https://lyson.quangngai.gov.vn/files/c.pdf"))).isEmpty();
    }
}
