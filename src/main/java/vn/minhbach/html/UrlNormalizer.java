package vn.minhbach.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an href found on a page into the one canonical URI the crawler keys its seen-set on, so that
 * {@code /a/./b?y=2&x=1#top} and {@code /a/b?x=1&y=2} are visited once.
 */
public final class UrlNormalizer {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern JSESSIONID = Pattern.compile("(?i);jsessionid=[^/?#;]*");
    /** ASP.NET cookieless sessions put the id in a path segment such as {@code (S(abc123))} or {@code (X(1)S(abc))}. */
    private static final Pattern ASPNET_SESSION = Pattern.compile("^\\((?:[A-Z]\\([^()]*\\))+\\)$");
    private static final Set<String> SESSION_PARAMS =
            Set.of("phpsessid", "sid", "sessionid", "session_id", "jsessionid", "aspsessionid");
    private static final String HEX = "0123456789ABCDEF";
    private static final Recent<Optional<URI>> NORMALISED = new Recent<>(4096, 1000);

    private UrlNormalizer() {
    }

    /**
     * Resolves {@code href} against {@code base} and normalises it: fragment dropped, scheme and host
     * lower-cased, default port dropped, session ids removed, query parameters sorted, dot segments
     * collapsed, unsafe characters (spaces, Vietnamese letters) percent-encoded as UTF-8.
     *
     * @return the normalised URI, or null when the href is not an http(s) link (javascript:, mailto:,
     *         tel:, data:, malformed)
     */
    public static URI normalize(URI base, String href) {
        if (href == null) {
            return null;
        }
        // Links that every page repeats (menus, footers) are normalised once by each thread.
        String key = pathFreeKey(base == null ? null : base.toString(), href);
        if (key != null) {
            return NORMALISED.get(key, k -> Optional.ofNullable(normalizeOnce(base, href))).orElse(null);
        }
        return normalizeOnce(base, href);
    }

    /**
     * {@code url} (normalised) with the client-side route of {@code href}: a fragment that starts with {@code /}
     * or {@code !/}, as hash-routed applications write their pages ({@code #/thu-tuc/12}). Any other fragment
     * is an anchor within the page and is left off.
     */
    public static URI withRoute(URI url, String href) {
        int hash = href.indexOf('#');
        if (hash < 0) {
            return url;
        }
        String fragment = href.substring(hash + 1).strip();
        if (!(fragment.startsWith("/") || fragment.startsWith("!/"))) {
            return url;
        }
        try {
            return URI.create(url + "#" + new URI(null, null, null, -1, null, null, fragment).getRawFragment());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    /**
     * All that resolving {@code href} against a page at {@code base} depends on, when the page's own path does
     * not matter: the href alone when it is an absolute http(s) address, the page's scheme and authority with
     * it when it starts at the site's root. Null for any other href, whose target depends on the page.
     */
    public static String pathFreeKey(String base, String href) {
        if (absoluteHttp(href)) {
            return href;
        }
        return fromRoot(href) ? pathFreeKeyOn(site(base), href) : null;
    }

    /** {@link #pathFreeKey} of an href on a page of the {@link #site} given, worked out once for all its links. */
    public static String pathFreeKeyOn(String site, String href) {
        if (absoluteHttp(href)) {
            return href;
        }
        return site != null && fromRoot(href) ? site + href : null;
    }

    /**
     * The scheme and authority of a page's address and a space, which {@link #pathFreeKey} puts before an href
     * that starts at the site's root; null for an address without an authority.
     */
    public static String site(String base) {
        int authority = base == null ? -1 : base.indexOf("://");
        if (authority < 0) {
            return null;
        }
        int end = authority + 3;
        while (end < base.length() && "/?#".indexOf(base.charAt(end)) < 0) {
            end++;
        }
        return base.substring(0, end) + " ";
    }

    private static boolean absoluteHttp(String href) {
        return href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8);
    }

    private static boolean fromRoot(String href) {
        return href.startsWith("/") && !href.startsWith("//");
    }

    private static URI normalizeOnce(URI base, String href) {
        String ref = href.strip().replaceAll("[\\t\\n\\r]", "");
        var scheme = SCHEME.matcher(ref);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                return null;
            }
        }
        try {
            URI resolved = resolve(base, encode(ref.replace('\\', '/')));
            return canonical(resolved);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static URI resolve(URI base, String ref) throws URISyntaxException {
        int hash = ref.indexOf('#');
        String noFragment = hash >= 0 ? ref.substring(0, hash) : ref;
        if (base == null) {
            return new URI(noFragment);
        }
        if (noFragment.isEmpty()) {
            return base;
        }
        if (noFragment.startsWith("?")) {
            // java.net.URI follows RFC 2396 here and drops the last path segment; RFC 3986 keeps it.
            String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
            return new URI(base.getScheme() + "://" + base.getRawAuthority() + path + noFragment);
        }
        URI rel = new URI(noFragment);
        if (rel.isAbsolute()) {
            return rel;
        }
        URI root = base.getRawPath() == null || base.getRawPath().isEmpty()
                ? new URI(base.getScheme() + "://" + base.getRawAuthority() + "/") : base;
        return root.resolve(rel);
    }

    private static URI canonical(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (scheme == null || host == null || !(scheme.equals("http") || scheme.equals("https"))) {
            return null;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        StringBuilder out = new StringBuilder(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            out.append(':').append(port);
        }
        out.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return new URI(out.toString());
    }

    private static String path(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        path = JSESSIONID.matcher(path).replaceAll("");
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".") || segment.equals("..")) {
                if (segment.equals("..") && !kept.isEmpty()) {
                    kept.removeLast();
                }
                if (last) {
                    kept.addLast("");
                }
            } else if (!ASPNET_SESSION.matcher(segment).matches()) {
                kept.addLast(tidyEscapes(segment));
            }
        }
        return "/" + String.join("/", kept);
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> params = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = eq >= 0 ? param.substring(0, eq) : param;
            if (!SESSION_PARAMS.contains(name.toLowerCase(Locale.ROOT))) {
                params.add(tidyEscapes(param));
            }
        }
        params.sort(Comparator.comparing((String p) -> p.indexOf('=') >= 0 ? p.substring(0, p.indexOf('=')) : p)
                .thenComparing(Comparator.naturalOrder()));
        return String.join("&", params);
    }

    /** Upper-cases escape hex digits and decodes escaped unreserved characters, so one URL has one spelling. */
    private static String tidyEscapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved((char) value)) {
                    out.append((char) value);
                } else {
                    out.append('%').append(Character.toUpperCase(raw.charAt(i + 1)))
                            .append(Character.toUpperCase(raw.charAt(i + 2)));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encodes (as UTF-8) every character a URI may not hold literally, keeping valid escapes. */
    static String encode(String ref) {
        StringBuilder out = new StringBuilder(ref.length() + 16);
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '%') {
                boolean escape = i + 2 < ref.length() && isHex(ref.charAt(i + 1)) && isHex(ref.charAt(i + 2));
                out.append(escape ? "%" : "%25");
            } else if (isUnreserved(c) || "!$&'()*+,;=:/?#@".indexOf(c) >= 0) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < ref.length() ? i + 2 : i + 1;
                for (byte b : ref.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
