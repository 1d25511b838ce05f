package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.minhbach.check.Html.Markup;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * Every reason and expectation of the checklist is a message key, said in English without a Vietnamese word of its
 * own: only what a site wrote (a title, an address) stays as it is. {@link Sites#find} checks this of every finding
 * the rule tests make; here, the findings of every item on sites that fail in each way the checklist knows.
 */
class EnglishReasonsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    /** Vietnamese words a sentence cannot do without; none may be left in the English. */
    private static final Pattern VIETNAMESE = Pattern.compile("(?iu)(?<!\\p{L})(ngày|không|trang|bài|có|được|mục"
            + "|chưa|thấy|của|nên|đã|tải|thủ tục|văn bản|hạn|trong|trên|lưu ý|năm|quý|tháng|giai đoạn|báo cáo"
            + "|trả lời|câu hỏi|đường dây nóng|kế hoạch|danh sách|cổng|một cửa|liên kết|tài liệu|thiếu|đủ)(?!\\p{L})");

    /**
     * What {@link Sites#find} checks of each finding: keyed reason and expectation, said in English, and the excerpt
     * of each piece of evidence said in English but for what the site wrote.
     */
    static void assertSaidInEnglish(Finding finding) {
        assertKeyedEnglish(finding.id() + " reason", finding.reason());
        if (finding.expected() != null) {
            assertKeyedEnglish(finding.id() + " expected", finding.expected());
        }
        finding.evidence().stream().filter(e -> e.excerpt() != null)
                .forEach(e -> assertEnglish(finding.id() + " excerpt on " + e.url(), e.excerpt()));
    }

    private static void assertKeyedEnglish(String what, Text text) {
        assertThat(text.isPlain()).as(what + " is a message key, not a sentence: " + text).isFalse();
        assertEnglish(what, text);
    }

    private static void assertEnglish(String what, Text text) {
        assertThat(Messages.vi().format(text)).as(what + " in Vietnamese").isNotBlank();
        String english = Messages.of(Lang.EN).format(blank(text));
        assertThat(VIETNAMESE.matcher(english).results().map(m -> m.group()).toList())
                .as("%s in English: %s", what, english).isEmpty();
    }

    /** The text with what a site wrote left out: what remains is the bundle's own words. */
    private static Text blank(Text text) {
        if (text.isPlain()) {
            return Text.plain("");
        }
        List<Object> args = new ArrayList<>();
        for (Object arg : text.args()) {
            args.add(arg instanceof Text t ? blank(t) : arg instanceof String ? "" : arg);
        }
        return new Text(text.key(), args);
    }

    static Stream<Map<SiteRole, SiteView>> sites() {
        String home = Html.page("UBND huyện Lý Sơn", Html.nav("Giới thiệu=/gioi-thieu", "Tin tức=/tin-tuc",
                "Đấu thầu=/dau-thau", "Hỏi đáp=/hoi-dap", "Thủ tục hành chính=/thu-tuc"));
        String shell = "<html><head><title>Dịch vụ công</title></head><body><app-root></app-root>"
                + "<script src=\"/main.js\"></script></body></html>";
        return Stream.of(
                both(Sites.portal().home(home), Sites.onestop().home(Html.page("Một cửa", ""))),
                both(Sites.portal().silent(), Sites.onestop().walled("", "trang bảo trì")),
                both(Sites.portal().home(home).limitReached(), Sites.onestop().home(shell)),
                both(Sites.portal().home(home).homeLinksOffSite(),
                        Sites.onestop().home(shell).unrendered("needs a browser to read; install chromium")),
                both(Sites.portal().home(home).unreached("/dau-thau", 503, "Đấu thầu").unreached("/hoi-dap", 0, "Hỏi đáp")
                                .unreached("/tin-tuc", -1, "Tin tức").unreached("/gioi-thieu", -2, "Giới thiệu"),
                        Sites.onestop().home(Html.page("Một cửa", Html.nav("Thủ tục hành chính=/thu-tuc")))
                                .walled("/thu-tuc", "tường lửa từ chối truy cập (WAF)", "Thủ tục hành chính")),
                both(Sites.portal().home(home).walled("/tin-tuc", "kiểm tra trình duyệt (chống DDoS)", "Tin tức"),
                        Sites.onestop().home(Html.page("Một cửa", "")).unreached("/x", 404, "x")
                                .unreached("/y", 500, "y")),
                Map.of());
    }

    private static Map<SiteRole, SiteView> both(Sites portal, Sites onestop) {
        Map<SiteRole, SiteView> sites = new EnumMap<>(SiteRole.class);
        sites.put(SiteRole.PORTAL, portal.build());
        sites.put(SiteRole.ONESTOP, onestop.build());
        return sites;
    }

    @ParameterizedTest
    @MethodSource("sites")
    void everyItemSaysItsReasonInEnglish(Map<SiteRole, SiteView> sites) {
        List<Finding> findings = Checklist.defaults().evaluate(sites, AS_OF, ChecklistConfig.DEFAULT);
        assertThat(findings).hasSize(20).allSatisfy(EnglishReasonsTest::assertSaidInEnglish);
    }

    @Test
    void theExcerptsOfOurOwnAreSaidInEnglish() {
        List<String> english = sites().flatMap(sites -> Checklist.defaults().evaluate(sites, AS_OF,
                        ChecklistConfig.DEFAULT).stream())
                .flatMap(f -> f.evidence().stream()).filter(e -> e.excerpt() != null && !e.excerpt().isPlain())
                .map(e -> Messages.of(Lang.EN).format(e.excerpt())).distinct().toList();
        assertThat(english).contains("Searched: menu, headings, breadcrumb, article titles", "empty JavaScript shell",
                "HTTP 503");
    }

    @Test
    void aSwitchedOffItemSaysSoInEnglish() {
        Finding finding = Sites.portal().home(Html.page("Trang chủ", "")).evaluate("tender.notices", "2026-11-28",
                Configs.disabled("tender.notices"));
        assertThat(finding.status()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(Messages.of(Lang.EN).format(finding.reason()))
                .isEqualTo("This item is switched off in the configuration (checklist.items.tender.notices.enabled: false).");
    }

    @Test
    void aStaleSectionSaysItsDatesAndCaveatInEnglish() {
        Finding finding = Sites.portal().home(Html.page("UBND", Html.nav("Đấu thầu=/dau-thau", "Hỏi đáp=/hoi-dap")))
                .page("/dau-thau", Html.page("Đấu thầu - Cổng thông tin điện tử", "<h1>Đấu thầu</h1>"
                        + Markup.LIFERAY.list("Đấu thầu", Html.rows("Thông báo mời thầu gói 01@02/01/2026"))))
                .unreached("/dau-thau?page=2", 503, "Thông tin đấu thầu").evaluate("tender.notices", "2026-11-28");
        assertThat(finding.status()).isEqualTo(Verdict.STALE);
        assertThat(Messages.of(Lang.EN).format(finding.reason())).isEqualTo("The newest post of bidding information is"
                + " dated 2 Jan 2026 (330 days ago, beyond the 180-day limit): Thông báo mời thầu gói 01. Note:"
                + " https://lyson.quangngai.gov.vn/dau-thau?page=2 could not be fetched (HTTP 503); a newer edition may"
                + " be there.");
        assertThat(Messages.of(Lang.EN).format(finding.expected())).isEqualTo("a post from 1 Jun 2026 onwards (≤ 180 days old)");
    }

    @Test
    void everyItemHasItsTitleInBothLanguages() {
        for (Item item : Checklist.defaults().items()) {
            assertThat(Messages.vi().itemTitle(item.id(), null)).as(item.id()).isEqualTo(item.info().title());
            String english = Messages.of(Lang.EN).itemTitle(item.id(), null);
            assertThat(english).as(item.id()).isNotBlank().isNotEqualTo(item.info().title());
            assertThat(VIETNAMESE.matcher(english.replaceAll("\"[^\"]*\"", "")).find()).as(english).isFalse();
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "tệp PDF rỗng", "tệp PDF có mật khẩu, không mở được để đọc", "tệp PDF hỏng, không đọc được: EOF",
        "tệp PDF đọc quá 30 giây, đã bỏ dở",
        "bản quét (không có lớp chữ), không đọc được vì tesseract không có dữ liệu tiếng Việt (chưa cài tesseract-ocr-vie)",
        "các trang đầu không có lớp chữ, OCR không đọc được chữ nào: timeout", "bản quét (không có lớp chữ), OCR không đọc được chữ nào",
        "Tệp rỗng", "Tệp hỏng hoặc không đúng định dạng DOCX: ZipException bad header",
        "Tệp không có nội dung chữ (có thể chỉ có hình ảnh)", "không phải tệp văn bản đọc được",
        "bản quét (không có lớp chữ), không đọc được vì máy chưa cài tesseract-ocr và tesseract-ocr-vie (không tìm"
                + " thấy tesseract trên PATH)",
        "lớn hơn crawl.maxDocumentBytes (20971520 byte) nên không đọc", "không tải được: timeout", "HTTP 404",
    })
    void whyADocumentWasNotReadIsSaidInBothLanguages(String failure) {
        Text text = DocumentFailures.text(failure);
        assertThat(text.isPlain()).isFalse();
        assertThat(Messages.vi().format(text)).isEqualTo(failure);
        String english = Messages.of(Lang.EN).format(blank(text));
        assertThat(VIETNAMESE.matcher(english).find()).as(english).isFalse();
    }

    @Test
    void aDocumentThatCouldNotBeReadIsTheReasonInEnglish() {
        Sites site = Sites.portal();
        site.home(Html.page("UBND huyện Lý Sơn", "<a href='/cong-khai'>Công khai ngân sách</a>"))
                .page("/cong-khai", Html.page("Công khai ngân sách", "<ul><li><a href='/files/dt.pdf'>Tải về</a></li></ul>"))
                .document("/files/dt.pdf", ReadDocument.unfetched(site.url("/files/dt.pdf"), "tệp PDF rỗng"));
        Finding finding = site.evaluate("budget.estimate", "2026-03-01");
        assertThat(finding.status()).isEqualTo(Verdict.UNKNOWN);
        assertThat(Messages.vi().format(finding.reason())).contains("(tệp PDF rỗng)");
        assertThat(Messages.of(Lang.EN).format(finding.reason())).contains("(empty PDF file)");
    }
}
