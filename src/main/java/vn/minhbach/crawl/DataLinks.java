package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.html.UrlNormalizer;
import vn.minhbach.model.Rendering;

/**
 * The files a page's JSON answers name (a procedure's forms: {@code "path": "/files/to-khai.docx"}), as links of
 * the page: a form that only the data names must still be checked for downloading, like a link on the page.
 */
final class DataLinks {
    private static final Pattern FILE = Pattern.compile(
            "\"([^\"\\s\\\\]{1,500}\\.(?:pdf|doc|docx|xls|xlsx|odt|ods|zip|rar))\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_FILES = 500;

    private DataLinks() {
    }

    static List<LinkExtractor.Link> files(List<Rendering.DataAnswer> answers) {
        Set<URI> found = new LinkedHashSet<>();
        for (Rendering.DataAnswer answer : answers) {
            Matcher m = FILE.matcher(answer.body());
            while (m.find() && found.size() < MAX_FILES) {
                URI url = UrlNormalizer.normalize(answer.url(), m.group(1));
                if (url != null) {
                    found.add(url);
                }
            }
        }
        List<LinkExtractor.Link> links = new ArrayList<>();
        found.forEach(url -> links.add(new LinkExtractor.Link(url, "", true)));
        return links;
    }
}
