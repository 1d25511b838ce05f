package vn.minhbach.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import vn.minhbach.html.FileLinks;
import vn.minhbach.html.LinkNames;
import vn.minhbach.html.Recent;
import vn.minhbach.html.UrlNormalizer;

/**
 * Pulls the links out of a parsed page: anchors, image-map areas and frames, each normalised, with its
 * anchor text, and marked as an attachment when it names a document file. SharePoint-style
 * {@code javascript:downloadfile('name','/path')} hrefs (vbpl.vn and portals built like it) become
 * attachment links to their path.
 */
final class LinkExtractor {

    static final int MAX_ANCHOR_CHARS = 200;
    private static final Pattern DOWNLOAD_FILE = Pattern.compile(
            "(?i)^\\s*javascript:\\s*downloadfile\\(\\s*(['\"])([^'\"]*)\\1\\s*(?:,\\s*(['\"])([^'\"]*)\\3)?");
    // compiled once: jsoup compiles a selector string again on every call
    /** An href that names its own scheme or host, which a {@code <base>} does not change. */
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final Evaluator BASE = QueryParser.parse("base[href]");
    private static final Evaluator LINKS = QueryParser.parse("a[href], area[href], frame[src], iframe[src]");
    /** Targets of the links every page of a site repeats (menus, footers), kept by each crawler thread. */
    private static final Recent<Target> TARGETS = new Recent<>(4096, 1000);

    /** One link on a page. */
    record Link(URI url, String anchorText, boolean attachment) {
    }

    /** Where an href leads, normalised, and whether that names a document file. */
    private record Target(URI url, boolean attachment) {
    }

    private LinkExtractor() {
    }

    static List<Link> extract(Document document, URI pageUrl) {
        return extract(document, pageUrl, false);
    }

    /**
     * The page's links; with {@code routes}, a link's client-side route ({@code #/thu-tuc}, {@code #!/...}) is
     * kept as part of its address, since on a rendered application it names another page.
     */
    static List<Link> extract(Document document, URI pageUrl, boolean routes) {
        // the base and the links in one pass, each element told by one look at its name
        List<Element> found = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && baseOrLink(e)) {
                found.add(e);
            }
        }, document);
        URI base = pageUrl;
        Element baseTag = firstBase(found);
        if (baseTag != null) {
            URI declared = UrlNormalizer.normalize(pageUrl, baseTag.attr("href"));
            base = declared != null ? declared : pageUrl;
        }
        String site = base == null ? null : UrlNormalizer.site(base.toString());
        List<Link> links = new ArrayList<>(found.size());
        for (Element element : found) {
            if (element.nameIs("base")) {
                continue;
            }
            String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            String path = downloadFilePath(href);
            Target target = path != null ? new Target(UrlNormalizer.normalize(base, path), true)
                    : target(base, site, href);
            URI url = target.url();
            if (routes && url != null && path == null) {
                url = UrlNormalizer.withRoute(url, href);
            }
            if (url != null) {
                // a route only adds a fragment: the path and query, which tell a file, are the target's
                links.add(new Link(url, anchorText(element), target.attachment()));
            }
        }
        return links;
    }

    /** Whether the element is a {@code <base href>} or one of {@link #LINKS}. */
    private static boolean baseOrLink(Element e) {
        return switch (e.normalName()) {
            case "a", "area", "base" -> e.hasAttr("href");
            case "frame", "iframe" -> e.hasAttr("src");
            default -> false;
        };
    }

    /** The first {@code <base href>} of the elements, in document order, or null. */
    private static Element firstBase(List<Element> elements) {
        for (Element element : elements) {
            if (element.nameIs("base")) {
                return element;
            }
        }
        return null;
    }

    /** The href's target; one that does not depend on the page's path is worked out once by each thread. */
    private static Target target(URI base, String site, String href) {
        String key = UrlNormalizer.pathFreeKeyOn(site, href);
        return key == null ? resolve(base, href) : TARGETS.get(key, k -> resolve(base, href));
    }

    private static Target resolve(URI base, String href) {
        URI url = UrlNormalizer.normalize(base, href);
        return new Target(url, url != null && isAttachment(url));
    }

    /**
     * The page's {@code <base href>} when it is stale: it names a host outside the site and (almost) every link
     * then resolves off the site, while some links are relative and would stay on it resolved against the
     * page's own address. A portal saved whole or moved to a new domain keeps its old host there, and a browser
     * that followed it would leave the portal at every click. Null when the base is absent or plausible.
     */
    static URI staleBase(Document document, URI pageUrl, Predicate<URI> inSite) {
        Element baseTag = document.selectFirst(BASE);
        if (baseTag == null) {
            return null;
        }
        URI declared = UrlNormalizer.normalize(pageUrl, baseTag.attr("href"));
        if (declared == null || inSite.test(declared)) {
            return null;
        }
        int total = 0;
        int offSite = 0;
        int relative = 0;
        for (Element element : document.select(LINKS)) {
            String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            URI url = UrlNormalizer.normalize(declared, href);
            if (url == null) {
                continue;
            }
            total++;
            offSite += inSite.test(url) ? 0 : 1;
            relative += ABSOLUTE.matcher(href.strip()).find() ? 0 : 1;
        }
        return relative > 0 && offSite * 10 >= total * 9 ? declared : null;
    }

    /** The file path of a {@code javascript:downloadfile('name','/path')} href, or null for any other href. */
    static String downloadFilePath(String href) {
        if (!startsWithJ(href)) {
            return null;
        }
        Matcher m = DOWNLOAD_FILE.matcher(href);
        if (!m.find()) {
            return null;
        }
        String path = m.group(4) != null && !m.group(4).isBlank() ? m.group(4) : m.group(2);
        return path.isBlank() ? null : path.strip();
    }

    /** Whether the href's first char after {@code \\s} whitespace is a j, as {@link #DOWNLOAD_FILE} needs. */
    private static boolean startsWithJ(String href) {
        if (href == null) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
                return c == 'j' || c == 'J';
            }
        }
        return false;
    }

    /** True when the URL's file name, or a file name in a query parameter, is a document or archive. */
    static boolean isAttachment(URI url) {
        return FileLinks.isAttachment(url);
    }

    /** The link's name as a reader takes it ({@link LinkNames#of}): an image banner is named too. */
    private static String anchorText(Element element) {
        String text = LinkNames.of(element).strip();
        return text.length() > MAX_ANCHOR_CHARS ? text.substring(0, MAX_ANCHOR_CHARS) : text;
    }
}
