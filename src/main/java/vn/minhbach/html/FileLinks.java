package vn.minhbach.html;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells file links from page links by the file name in a URL's path or in one of its query parameters
 * ({@code /files/bc-210.pdf}, {@code /download.aspx?file=bc-210.pdf}): the crawl checks attachments without
 * downloading them, and the checklist opens the documents among them.
 */
public final class FileLinks {
    private static final Pattern ATTACHMENT = Pattern.compile(
            "(?i).*\\.(pdf|doc|docx|xls|xlsx|ppt|pptx|zip|rar|odt|ods)$");
    private static final Pattern DOCUMENT = Pattern.compile("(?i).*\\.(pdf|doc|docx|xls|xlsx|odt)$");

    private FileLinks() {
    }

    /** True when the URL names a document or archive file. */
    public static boolean isAttachment(URI url) {
        return names(url, ATTACHMENT);
    }

    /** True when the URL names a document whose text can be read: PDF, DOC/DOCX, XLS/XLSX or ODT. */
    public static boolean isDocument(URI url) {
        return names(url, DOCUMENT);
    }

    private static boolean names(URI url, Pattern file) {
        String path = url.getRawPath() == null ? "" : decode(url.getRawPath());
        if (file.matcher(path).matches()) {
            return true;
        }
        String query = url.getRawQuery();
        if (query == null) {
            return false;
        }
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            if (eq >= 0 && file.matcher(decode(param.substring(eq + 1)).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return raw.toLowerCase(Locale.ROOT);
        }
    }
}
