package vn.minhbach.html;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a link says to a reader, as WAI-ARIA computes an accessible name: its text, else its
 * {@code aria-label} or {@code title}, else the {@code alt} or {@code title} of its image. A banner with an
 * empty {@code alt} is named after its address, as a reader guesses from the status bar: the last meaningful
 * segment of the link's path ({@code /Pages/hoi-dap.aspx} → "hoi dap"), else the image's file name
 * ({@code banner_hoidap.png} → "hoidap"), with the words that every banner's name carries dropped. The crawl
 * records links by this name, and the checklist reads them by it.
 */
public final class LinkNames {

    private static final Pattern WORD_BREAK = Pattern.compile("[-_.+~,;=!\\s]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern EXTENSION = Pattern.compile(
            "\\.(?:aspx?|html?|php|jsp|do|cfm|nsf|png|jpe?g|gif|svg|webp|bmp)$", Pattern.CASE_INSENSITIVE);
    /** Segment words that name no content: page-type suffixes, image roles, sizes and platform folders. */
    private static final Set<String> NOISE = Set.of("pages", "page", "default", "index", "home", "portal", "web",
            "banner", "banners", "icon", "icons", "ico", "img", "image", "images", "logo", "btn", "button", "bg",
            "thumb", "thumbnail", "publishingimages", "uploads", "upload", "files", "file", "media", "static",
            "assets", "view", "detail", "details", "small", "large", "new", "vn", "vi", "en");
    private static final Pattern HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/]*");
    private static final Evaluator NAMED_IMAGE = QueryParser.parse("img[alt], img[title], [aria-label]");
    private static final Evaluator IMAGE = QueryParser.parse("img[src]");
    private static final int MAX = 300;
    private static final List<String> OWN_NAMES = List.of("aria-label", "title", "alt");
    private static final List<String> IMAGE_NAMES = List.of("alt", "aria-label", "title");

    private LinkNames() {
    }

    /** The link's accessible name, or "" when neither its text nor its attributes name it. */
    public static String accessible(Element a) {
        String text = ElementText.of(a).strip();
        if (!text.isEmpty()) {
            return text;
        }
        // an image map's area carries its name in alt
        for (String attr : OWN_NAMES) {
            String value = a.attr(attr).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        for (Element img : a.select(NAMED_IMAGE)) {
            for (String attr : IMAGE_NAMES) {
                String value = img.attr(attr).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return "";
    }

    /** The accessible name, else the words of the link's address or of its image's file name. */
    public static String of(Element a) {
        String name = accessible(a);
        if (!name.isEmpty()) {
            return name;
        }
        List<String> slug = lastWords(a.attr("href"));
        Element img = a.selectFirst(IMAGE);
        List<String> image = img == null ? List.of() : lastWords(img.attr("src"));
        List<String> words = slug.size() >= 2 || image.isEmpty() ? slug : image;
        String joined = String.join(" ", words);
        return joined.length() > MAX ? joined.substring(0, MAX) : joined;
    }

    /**
     * The words of the last path segment that has any (skipping numbers, ids and page-type names), folded
     * to lower case; a query string and fragment are left out.
     */
    static List<String> lastWords(String address) {
        String path = address.strip();
        if (path.toLowerCase(Locale.ROOT).startsWith("javascript:") || path.startsWith("#")) {
            return List.of();
        }
        int cut = indexOfAny(path, '?', '#');
        path = HOST.matcher(cut >= 0 ? path.substring(0, cut) : path).replaceFirst("");
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            List<String> words = words(segments[i]);
            if (!words.isEmpty()) {
                return words;
            }
        }
        return List.of();
    }

    private static List<String> words(String segment) {
        String decoded;
        try {
            decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = segment;
        }
        if (decoded.contains(":")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(EXTENSION.matcher(decoded).replaceFirst(""))) {
            String word = w.toLowerCase(Locale.ROOT);
            // ids ("123", "a1b2c3d4") and short codes are not words a reader would say
            if (word.length() >= 2 && word.chars().noneMatch(Character::isDigit) && !NOISE.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
