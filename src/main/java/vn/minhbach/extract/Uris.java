package vn.minhbach.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jsoup.nodes.Element;
import vn.minhbach.html.Recent;
import vn.minhbach.html.UrlNormalizer;

/** Lenient URI parsing and comparison of page addresses (scheme and host case, fragment, bare "/"). */
public final class Uris {
    /** Addresses resolved last by each crawler thread, by the part of the link they depend on. */
    private static final Recent<String> RESOLVED = new Recent<>(4096, 1000);
    /** Links parsed last by each crawler thread: menus and footers give the same addresses on every page. */
    private static final Recent<URI> PARSED = new Recent<>(4096, 1000);

    private Uris() {
    }

    /**
     * The link's href resolved against its page, as jsoup's {@code absUrl} gives it. That goes through
     * java.net.URL: the links every page repeats (menus, footers), whose address does not depend on the
     * page's path, are resolved once by each thread.
     */
    static String absoluteHref(Element a) {
        String key = UrlNormalizer.pathFreeKey(a.baseUri(), a.attr("href"));
        return key == null ? a.absUrl("href") : RESOLVED.get(key, k -> a.absUrl("href"));
    }

    /**
     * The absolute http(s) URI of a link, or null when it is not one: without fragment, unless the fragment is a
     * client-side route ({@code #/thu-tuc/12}), which names another page of a rendered application.
     */
    static URI parse(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        return PARSED.get(href, Uris::parseOnce);
    }

    private static URI parseOnce(String href) {
        String value = href.strip().replace(" ", "%20");
        int hash = value.indexOf('#');
        if (hash >= 0 && !isRoute(value.substring(hash + 1))) {
            value = value.substring(0, hash);
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * A comparison key: lower-case scheme and host, no fragment, "" and "/" paths equal, no trailing slash, and
     * query parameters in sorted order, as the crawler stores a page's address (a Domino link
     * "?openForm&amp;ParentUNID=530" and the page fetched as "?ParentUNID=530&amp;openForm" are one page).
     */
    public static String key(URI uri) {
        if (uri == null) {
            return "";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null || uri.getRawQuery().isEmpty() ? ""
                : "?" + String.join("&", java.util.Arrays.stream(uri.getRawQuery().split("&")).sorted().toList());
        String route = uri.getRawFragment() != null && isRoute(uri.getRawFragment()) ? "#" + uri.getRawFragment() : "";
        return scheme + "://" + host + (port < 0 ? "" : ":" + port) + path + query + route;
    }

    /** A fragment that is a client-side route ({@code /thu-tuc}, {@code !/thu-tuc}) rather than an anchor. */
    private static boolean isRoute(String fragment) {
        return fragment.startsWith("/") || fragment.startsWith("!/");
    }

    /** {@code uri} with {@code fragment} (encoded as needed) in place of its own. */
    static URI withFragment(URI uri, String fragment) {
        try {
            String base = uri.getRawFragment() == null ? uri.toString() : uri.toString().substring(0, uri.toString().indexOf('#'));
            return URI.create(base + "#" + new URI(null, null, null, -1, null, null, fragment).getRawFragment());
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    public static boolean same(URI a, URI b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    public static boolean hostContains(URI uri, String part) {
        return uri != null && uri.getHost() != null && uri.getHost().toLowerCase(Locale.ROOT).contains(part);
    }
}
