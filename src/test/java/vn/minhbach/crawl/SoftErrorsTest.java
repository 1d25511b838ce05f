package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SoftErrorsTest {

    private static final URI PAGE = URI.create("https://sontinh.quangngai.gov.vn/tin-tuc/bai-1");
    private static final String MENU = menu(30);

    static Stream<Arguments> walls() {
        return Stream.of(
                Arguments.of("F5 rejection", "<html><head><title>Request Rejected</title></head><body>The requested"
                        + " URL was rejected. Please consult with your administrator.<br><br>Your support ID is:"
                        + " 1234567890123<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>",
                        SoftErrors.WAF),
                Arguments.of("Cloudflare block", "<title>Attention Required! | Cloudflare</title><h1>Sorry, you have"
                        + " been blocked</h1><p>You are unable to access gov.vn</p>"
                        + "<a href='https://www.cloudflare.com/'>Cloudflare</a><p>Cloudflare Ray ID: 8a1b2c3d4e5f</p>", SoftErrors.WAF),
                Arguments.of("Access denied, no title", "<h2>Access Denied</h2><p>You don't have permission to access"
                        + " this resource. Reference #18.2f3e4d</p>", SoftErrors.WAF),
                Arguments.of("Vietnamese rejection", "<p>Truy cập bị từ chối. Yêu cầu của bạn đã bị hệ thống chặn.</p>",
                        SoftErrors.WAF),
                Arguments.of("403 title on a page with the portal's menu", "<title>403 Forbidden</title>" + MENU,
                        SoftErrors.WAF),
                Arguments.of("browser check", "<title>Just a moment...</title><script>x()</script><h1>Checking your"
                        + " browser before accessing the site</h1><noscript>Enable JavaScript and cookies to"
                        + " continue</noscript>", SoftErrors.BROWSER_CHECK),
                Arguments.of("DDoS protection", "<p>DDoS protection by Cloudflare</p><p>Please wait</p>",
                        SoftErrors.BROWSER_CHECK),
                Arguments.of("Vietnamese maintenance", "<title>Thông báo</title><h2>HỆ THỐNG ĐANG ĐƯỢC BẢO TRÌ</h2>"
                        + "<p>Xin vui lòng quay lại sau.</p>", SoftErrors.MAINTENANCE),
                Arguments.of("maintenance without tones", "<p>Website dang nang cap, mong quy vi thong cam.</p>",
                        SoftErrors.MAINTENANCE),
                Arguments.of("suspended portal", "<p>Cổng thông tin điện tử tạm ngừng hoạt động để nâng cấp.</p>",
                        SoftErrors.MAINTENANCE),
                Arguments.of("English maintenance", "<h1>We are down for maintenance</h1><p>We'll be back soon.</p>",
                        SoftErrors.MAINTENANCE),
                Arguments.of("captcha", "<p>Vui lòng xác nhận bạn không phải robot</p><div class=g-recaptcha></div>"
                        + "<p>reCAPTCHA: I'm not a robot</p>", SoftErrors.CAPTCHA),
                Arguments.of("login wall", "<title>Đăng nhập</title><form><input name=u><input type=password name=p>"
                        + "<button>Đăng nhập</button></form><a href='/quen-mat-khau'>Quên mật khẩu</a>",
                        SoftErrors.LOGIN),
                Arguments.of("parked domain", "<h1>sontinh.gov.vn</h1><p>This domain is for sale!</p>"
                        + "<a href='/buy'>Buy this domain</a>", SoftErrors.PARKED),
                Arguments.of("expired Vietnamese domain", "<p>Tên miền này đã hết hạn sử dụng.</p>", SoftErrors.PARKED),
                Arguments.of("web server's default page", "<title>Welcome to nginx!</title><h1>Welcome to nginx!</h1>",
                        SoftErrors.PARKED),
                Arguments.of("404 served with 200", "<title>404 Not Found</title><h1>Not Found</h1>", SoftErrors.ERROR),
                Arguments.of("soft 404 in Vietnamese, in the portal's chrome", "<title>Không tìm thấy trang</title>"
                        + MENU, SoftErrors.ERROR),
                Arguments.of("ASP.NET error", "<title>Runtime Error</title><h1>Server Error in '/' Application.</h1>",
                        SoftErrors.ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walls")
    void wallsAreToldByMeaningAndShape(String name, String html, String reason) {
        assertThat(classify(html)).isEqualTo(reason);
    }

    static Stream<Arguments> content() {
        return Stream.of(
                Arguments.of("a news post about a road's maintenance, in the portal's chrome",
                        "<title>Đường tỉnh 624 đang được bảo trì</title><h1>Hệ thống chiếu sáng đường tỉnh 624"
                                + " đang được bảo trì</h1><p>Từ ngày 01/12, hệ thống đang được bảo trì, tạm ngừng hoạt động"
                                + " về đêm.</p>" + MENU),
                Arguments.of("a short bare news post about a road's maintenance",
                        "<h1>Tuyến đường ĐT 623 đang được bảo trì</h1><p>Xe đi đường vòng qua xã Tịnh Hà.</p>"),
                Arguments.of("a normal short page", "<title>Liên hệ</title><h1>Liên hệ</h1><p>UBND huyện Sơn Tịnh,"
                        + " 01 Trần Hưng Đạo. Điện thoại: 0255.3822.789</p><a href='/'>Trang chủ</a>"),
                Arguments.of("a news title starting with a number", "<title>404 hộ dân được hỗ trợ</title>"
                        + "<h1>404 hộ dân được hỗ trợ nhà ở</h1>" + MENU),
                Arguments.of("a Q&A form with a captcha, in the portal's chrome",
                        "<h1>Gửi câu hỏi</h1><form><textarea></textarea><div class=g-recaptcha>captcha</div>"
                                + "</form>" + MENU),
                Arguments.of("a page with a login box beside the portal's content",
                        "<h1>Tin tức</h1><form><input type=password name=p><button>Đăng nhập</button></form>" + MENU),
                Arguments.of("news of an IT security drill", "<h1>Diễn tập ứng phó sự cố: truy cập bị từ chối</h1>"
                        + "<p>" + "Nội dung diễn tập an toàn thông tin của tỉnh. ".repeat(60) + "</p>" + MENU));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("content")
    void contentIsNotAWall(String name, String html) {
        assertThat(classify(html)).isNull();
    }

    @Test
    void noSavedPortalPageIsAWall() throws IOException {
        // Saved pages of real government sites (vbpl.vn, the Sơn La gazette, dichvucong.gov.vn): none is a wall.
        Path samples = Path.of("src", "test", "resources", "samples");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(samples)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
        for (Path page : pages) {
            URI url = URI.create("https://example.gov.vn/" + page.getFileName());
            Document document = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), url.toString());
            List<LinkExtractor.Link> links = LinkExtractor.extract(document, url);
            assertThat(SoftErrors.classify(document, links, u -> "example.gov.vn".equals(u.getHost())))
                    .as(page.toString()).isNull();
        }
    }

    @Test
    void aSmallPageThatLeadsNowhereIsKeyedWithoutItsChangingNumbers() {
        String a = sameBodyKey("<p>Yêu cầu chưa được xử lý. Tham chiếu 1234567.</p><a href='/'>Trang chủ</a>");
        String b = sameBodyKey("<p>Yêu cầu chưa được xử lý. Tham chiếu 7654321.</p><a href='/'>Trang chủ</a>");
        assertThat(a).isNotNull().isEqualTo(b);
        assertThat(sameBodyKey("<p>Yêu cầu chưa được xử lý.</p><a href='/tin-tuc'>Tin tức</a>"))
                .as("a page linking into the site is not a wall's").isNull();
        assertThat(sameBodyKey("<p>Văn bản</p><a href='/vb.pdf'>Tải về</a>")).as("nor one linking a file").isNull();
        assertThat(sameBodyKey("<p>" + "Nội dung. ".repeat(400) + "</p>")).as("nor a large page").isNull();
    }

    private static String classify(String html) {
        Document document = Jsoup.parse(html, PAGE.toString());
        return SoftErrors.classify(document, LinkExtractor.extract(document, PAGE), Scope.of(PAGE)::contains);
    }

    private static String sameBodyKey(String html) {
        Document document = Jsoup.parse(html, PAGE.toString());
        return SoftErrors.sameBodyKey(document, LinkExtractor.extract(document, PAGE), Scope.of(PAGE)::contains);
    }

    private static String menu(int links) {
        StringBuilder menu = new StringBuilder("<ul>");
        for (int i = 1; i <= links; i++) {
            menu.append("<li><a href='/chuyen-muc-").append(i).append("'>Chuyên mục ").append(i).append("</a></li>");
        }
        return menu.append("</ul>").toString();
    }
}
