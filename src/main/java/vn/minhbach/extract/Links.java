package vn.minhbach.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.minhbach.html.LinkNames;

/** Link resolution and attachment recognition shared by the extractors. */
final class Links {

    /** SharePoint (vbpl.vn) hides attachments behind {@code javascript:downloadfile('name','/path')}. */
    private static final Pattern DOWNLOAD_FILE =
            Pattern.compile("downloadfile\\s*\\(\\s*['\"][^'\"]*['\"]\\s*,\\s*['\"]([^'\"]+)['\"]", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(pdf|docx?|xlsx?|odt|ods|rtf|pptx?|zip|rar|7z)(?=$|/)", Pattern.CASE_INSENSITIVE);
    private static final List<String> PATH_MARKERS = List.of("download", "/attachments/", "getfile", "tai-ve", "taive");
    private static final Pattern QUERY_MARKER = Pattern.compile("(?:^|&)(?:file|fileid|filename|attachid)=", Pattern.CASE_INSENSITIVE);
    /** A link whose only name is "download" (tải về, đính kèm) leads to the file whatever its address. */
    private static final Pattern DOWNLOAD_NAME = Pattern.compile(
            "(?:tai|tai ve|tai xuong|download|dinh kem|(?:tep|file|tap tin) dinh kem|tai (?:file|tep|van ban))\\W*");
    /** An icon-only link: the icon's file name, class or alternative text that says it downloads a file. */
    private static final Pattern DOWNLOAD_ICON = Pattern.compile(
            "download|tai[-_ ]?ve|attach|dinh[-_ ]?kem|(?<![a-z])(?:pdf|docx?|xlsx?|word|excel)(?![a-z])|file[-_](?:pdf|word|alt)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_DOWNLOAD_NAME = 20;
    private static final String LEGAL = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "-._~:/?#[]@!$&'()*+,;=%";

    private Links() {
    }

    /** The href resolved against the page, or empty for javascript:, mailto:, tel:, fragments and junk. */
    static Optional<URI> resolve(URI base, String href) {
        if (href == null) {
            return Optional.empty();
        }
        String h = href.strip().replace('\\', '/');
        String lower = h.toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.startsWith("#") || lower.startsWith("javascript:") || lower.startsWith("mailto:")
                || lower.startsWith("tel:") || lower.startsWith("data:")) {
            return Optional.empty();
        }
        try {
            URI u = new URI(escape(h));
            URI resolved = base == null ? u : base.resolve(u);
            String scheme = resolved.getScheme();
            return scheme == null || scheme.startsWith("http") ? Optional.of(resolved) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes characters that may not stand in a URI (spaces, Vietnamese letters) and keeps the rest. */
    private static String escape(String href) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean stray = c == '%' && !(i + 2 < href.length() && isHex(href.charAt(i + 1)) && isHex(href.charAt(i + 2)));
            if (LEGAL.indexOf(c) >= 0 && !stray) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** The file a link downloads, if it is an attachment link. */
    static Optional<URI> attachment(URI base, Element a) {
        String href = a.attr("href");
        Matcher m = DOWNLOAD_FILE.matcher(href);
        if (m.find()) {
            return resolve(base, m.group(1));
        }
        Optional<URI> target = resolve(base, href);
        if (target.isEmpty()) {
            return target;
        }
        URI u = target.get();
        String path = u.getRawPath() == null ? "" : u.getRawPath().toLowerCase(Locale.ROOT);
        String query = u.getRawQuery() == null ? "" : u.getRawQuery();
        boolean file = FILE_EXTENSION.matcher(path).find() || PATH_MARKERS.stream().anyMatch(path::contains)
                || QUERY_MARKER.matcher(query).find() || a.hasAttr("download") || namedDownload(a);
        return file ? target : Optional.empty();
    }

    /**
     * A link named only "Tải về" or "Download", or showing only an icon that says so (a download or PDF
     * icon, by its file name, class or alternative text): lists often give the file this way.
     */
    private static boolean namedDownload(Element a) {
        String text = a.text();
        // Most links are titles: a name longer than "Tệp đính kèm:" is not a download word.
        if (text.length() > MAX_DOWNLOAD_NAME) {
            return false;
        }
        String name = text.isBlank() ? LinkNames.accessible(a) : text;
        if (!name.isEmpty() && name.length() <= MAX_DOWNLOAD_NAME
                && DOWNLOAD_NAME.matcher(Folded.fold(name).strip()).matches()) {
            return true;
        }
        if (!text.isBlank()) {
            return false;
        }
        StringBuilder icon = new StringBuilder(name).append(' ').append(a.className());
        for (Element e : a.getAllElements()) {
            icon.append(' ').append(e.attr("src")).append(' ').append(e.className());
        }
        return DOWNLOAD_ICON.matcher(icon).find();
    }

    /** Distinct attachment links inside the scope, in document order. */
    static List<URI> attachments(URI base, Element scope) {
        Set<URI> out = new LinkedHashSet<>();
        for (Element a : scope.select(Css.of("a[href]"))) {
            attachment(base, a).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The first link of the scope that leads to a page rather than a file or a script. */
    static Optional<URI> firstPage(URI base, Element scope) {
        for (Element a : scope.select(Css.of("a[href]"))) {
            if (attachment(base, a).isEmpty()) {
                Optional<URI> u = resolve(base, a.attr("href"));
                if (u.isPresent()) {
                    return u;
                }
            }
        }
        return Optional.empty();
    }

    static boolean isAttachment(URI base, Element a) {
        return attachment(base, a).isPresent();
    }
}
