package vn.minhbach.crawl;

import java.net.URI;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.minhbach.html.ElementText;
import vn.minhbach.text.VietText;

/**
 * Tells a page that is not the portal's content though it came with a success status (a soft error): a web
 * application firewall's rejection, a browser check, a captcha or login wall, a maintenance notice, a parked
 * domain, or an error page served with 200 (checklist.md "Verdicts": what could not be seen is never
 * MISSING). Words alone never decide: the page must also have the
 * shape of such a notice (little text, almost no links into the site), so a portal page that mentions
 * "bảo trì" in a news title stays content. Only an error title such as "404 Not Found" decides on a page
 * of any size, since a portal's own chrome around it does not make it content. Phrases are matched on
 * {@link VietText#key} keys, so tones, case and punctuation do not matter.
 */
final class SoftErrors {

    static final String ERROR = "trang lỗi trả về với mã 200 (không tìm thấy trang)";
    static final String WAF = "tường lửa từ chối truy cập (WAF)";
    static final String BROWSER_CHECK = "kiểm tra trình duyệt (chống DDoS)";
    static final String CAPTCHA = "trang xác minh captcha";
    static final String LOGIN = "trang yêu cầu đăng nhập";
    static final String MAINTENANCE = "trang bảo trì";
    static final String PARKED = "tên miền chưa dùng hoặc rao bán";
    static final String BARE_HOME = "trang chủ không dẫn vào trang nào và một địa chỉ không có thật trả về cùng trang";
    static final String SAME_BODY = "nhiều địa chỉ trả về cùng một trang nhỏ (trang chặn)";

    /** Key characters of text at most on a page shaped like a notice; a WAF page has a few hundred. */
    static final int SMALL_TEXT = 1500;
    /** Links into the site at most on a page shaped like a notice; a portal's menu alone has dozens. */
    static final int FEW_LINKS = 5;
    private static final int PARKED_TEXT = 3000;
    private static final int SHORT_HEADING = 60;
    /** Links into the site beyond which a page is a portal's page whatever it says, even a parked domain's. */
    private static final int MANY_LINKS = 20;

    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator PASSWORD = QueryParser.parse("input[type=password]");

    /** Error titles: decide on a page of any size when the title or first heading starts with one. */
    private static final List<String> ERROR_TITLES = keys("404 not found", "404 error", "404 page not found",
            "404 khong tim thay", "not found", "page not found", "error 404", "loi 404", "khong tim thay trang",
            "trang khong ton tai", "server error in",
            "runtime error", "500 internal server error", "internal server error", "403 forbidden",
            "access denied", "request rejected", "attention required", "just a moment");
    private static final List<String> ERROR_TEXT = keys("404 not found", "page not found", "not found",
            "error 404", "loi 404", "khong tim thay trang", "trang khong ton tai", "trang ban yeu cau khong ton tai",
            "duong dan khong ton tai", "the page you requested", "the resource you are looking for",
            "server error in", "runtime error", "internal server error", "service unavailable", "bad gateway",
            "da xay ra loi", "co loi xay ra", "an error occurred");
    private static final List<String> WAF_TEXT = keys("the requested url was rejected", "request rejected",
            "access denied", "attention required", "you have been blocked", "your request has been blocked",
            "request blocked", "forbidden", "your support id is", "web application firewall",
            "truy cap bi tu choi", "yeu cau bi tu choi", "yeu cau cua ban bi tu choi",
            "ban khong co quyen truy cap");
    private static final List<String> BROWSER_TEXT = keys("checking your browser", "just a moment",
            "ddos protection", "enable javascript and cookies", "please turn javascript on", "one more step",
            "browser verification", "verifying you are human", "verify you are human", "kiem tra trinh duyet",
            "dang kiem tra trinh duyet");
    private static final List<String> CAPTCHA_TEXT = keys("captcha", "i m not a robot", "im not a robot",
            "are you a robot", "toi khong phai la nguoi may", "xac minh ban khong phai la robot");
    private static final List<String> LOGIN_TEXT = keys("dang nhap", "login", "log in", "sign in", "mat khau",
            "password");
    private static final List<String> PARKED_TEXT_KEYS = keys("domain is for sale", "domain may be for sale",
            "buy this domain", "this domain is parked", "parked domain", "domain parking", "domain has expired",
            "ten mien nay dang duoc rao ban", "ten mien dang duoc rao ban", "mua ten mien nay",
            "ten mien nay da het han",
            "ten mien da het han", "welcome to nginx", "apache2 default page", "test page for the apache",
            "iis windows server");
    /** A system, not a road or a bridge, being maintained: the subject comes right before the verb. */
    private static final Pattern MAINTENANCE_TEXT = Pattern.compile("\\b(?:he thong|website|web site|trang web"
            + "|trang thong tin dien tu|cong thong tin(?: dien tu)?|cong dich vu cong|may chu|server|site|ung dung)"
            + " (?:hien )?(?:dang )?(?:duoc )?(?:tien hanh )?(?:bao tri|nang cap|tam ngung|tam dung)\\b"
            + "|\\b(?:under maintenance|down for maintenance|maintenance mode|scheduled maintenance"
            + "|be back soon|bao tri he thong|nang cap he thong)\\b");

    private SoftErrors() {
    }

    /**
     * The soft error the page is, as a reason a report can show, or null for content.
     *
     * @param links  the page's links, resolved
     * @param inSite which addresses belong to the site
     */
    static String classify(Document document, List<LinkExtractor.Link> links, Predicate<URI> inSite) {
        return classify(Shape.of(document, links, inSite));
    }

    /**
     * What a page is, read once: the soft error it is ({@link #classify}), else its {@link #sameBodyKey}.
     *
     * @param wall        the reason, or null for content
     * @param sameBodyKey the key of a small page that leads nowhere in the site, else null
     */
    record Reading(String wall, String sameBodyKey) {
    }

    static Reading read(Document document, List<LinkExtractor.Link> links, Predicate<URI> inSite) {
        Shape shape = Shape.of(document, links, inSite);
        String wall = classify(shape);
        return new Reading(wall, wall == null ? sameBodyKey(shape, links, inSite) : null);
    }

    private static String classify(Shape shape) {
        for (String heading : List.of(shape.title, shape.heading)) {
            if (!heading.isEmpty() && heading.length() <= SHORT_HEADING && startsWithAny(heading, ERROR_TITLES)) {
                return errorKind(heading);
            }
        }
        if (shape.textLength <= PARKED_TEXT && containsAny(shape.all(), PARKED_TEXT_KEYS)) {
            return PARKED;
        }
        if (!shape.small()) {
            return null;
        }
        String all = shape.all();
        if (containsAny(all, WAF_TEXT)) {
            return WAF;
        }
        if (containsAny(all, BROWSER_TEXT)) {
            return BROWSER_CHECK;
        }
        if (MAINTENANCE_TEXT.matcher(all).find()) {
            return MAINTENANCE;
        }
        if (containsAny(all, CAPTCHA_TEXT)) {
            return CAPTCHA;
        }
        if (shape.password && containsAny(all, LOGIN_TEXT)) {
            return LOGIN;
        }
        if (containsAny(all, ERROR_TEXT)) {
            return ERROR;
        }
        return null;
    }

    /**
     * What a small page that leads nowhere in the site (no link into it but to its root) says, without the
     * tokens that change from one answer to the next (support IDs, ray IDs, times) and with its link targets:
     * many distinct URLs sharing this key are one wall. Null for any other page: one too large to be a notice,
     * or one that links to pages or files of the site, as a portal's pages do even when alike.
     */
    static String sameBodyKey(Document document, List<LinkExtractor.Link> links, Predicate<URI> inSite) {
        return sameBodyKey(Shape.of(document, links, inSite), links, inSite);
    }

    private static String sameBodyKey(Shape shape, List<LinkExtractor.Link> links, Predicate<URI> inSite) {
        if (!shape.small() || links.stream().anyMatch(l -> inSite.test(l.url()) && !isRoot(l.url()))) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (String word : shape.all().split(" ")) {
            if (!word.chars().anyMatch(Character::isDigit)) {
                key.append(word).append(' ');
            }
        }
        links.stream().map(l -> l.url().getRawPath() + "?" + l.url().getRawQuery()).sorted().distinct()
                .forEach(target -> key.append('|').append(target));
        return key.toString();
    }

    private static boolean isRoot(URI url) {
        String path = url.getRawPath();
        return (path == null || path.isEmpty() || path.equals("/")) && url.getRawQuery() == null
                && url.getRawFragment() == null;
    }

    private static String errorKind(String heading) {
        if (startsWithAny(heading, keys("403 forbidden", "access denied", "request rejected", "attention required"))) {
            return WAF;
        }
        return startsWithAny(heading, keys("just a moment")) ? BROWSER_CHECK : ERROR;
    }

    private static boolean startsWithAny(String key, List<String> phrases) {
        return phrases.stream().anyMatch(p -> key.equals(p) || key.startsWith(p + " "));
    }

    private static boolean containsAny(String key, List<String> phrases) {
        return phrases.stream().anyMatch(p -> VietText.containsKey(key, p));
    }

    private static List<String> keys(String... phrases) {
        return List.of(phrases).stream().map(VietText::key).toList();
    }

    /** What a page looks like, in keys: title, first heading, body text, and links into the site. */
    private record Shape(String title, String heading, String text, int textLength, int inSiteLinks,
                         boolean password) {

        static Shape of(Document document, List<LinkExtractor.Link> links, Predicate<URI> inSite) {
            int onSite = (int) links.stream().filter(l -> !l.attachment() && inSite.test(l.url())).count();
            Element h1 = document.selectFirst(H1);
            String title = VietText.key(document.title());
            String heading = h1 == null ? "" : VietText.key(ElementText.of(h1));
            if (onSite > MANY_LINKS) {
                // A portal page with its menus: no notice looks like it, so its text is not read at all.
                return new Shape(title, heading, "", Integer.MAX_VALUE, onSite, false);
            }
            Element body = document.body();
            String raw = body == null ? "" : body.text();
            // A page far larger than a notice is not keyed in full: only its size matters then.
            String text = raw.length() > 4 * SMALL_TEXT ? raw.substring(0, 4 * SMALL_TEXT) : raw;
            String key = VietText.key(text);
            return new Shape(title, heading, key, key.length(), onSite, document.selectFirst(PASSWORD) != null);
        }

        boolean small() {
            return textLength <= SMALL_TEXT && inSiteLinks <= FEW_LINKS;
        }

        String all() {
            return title + " " + text;
        }
    }
}
