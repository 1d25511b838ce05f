package vn.minhbach.crawl;

import java.net.URI;
import java.util.Locale;

/**
 * Which URLs belong to the site being crawled: the seed's host and its www/non-www twin, over http or
 * https. When the seed names a non-default port, only that port is in scope.
 */
final class Scope {

    private final String host;
    private final String twin;
    private final int port;

    private Scope(String host, int port) {
        this.host = host;
        this.twin = host.startsWith("www.") ? host.substring(4) : "www." + host;
        this.port = port;
    }

    static Scope of(URI seed) {
        return new Scope(seed.getHost().toLowerCase(Locale.ROOT), seed.getPort());
    }

    boolean contains(URI uri) {
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        String h = uri.getHost().toLowerCase(Locale.ROOT);
        return (h.equals(host) || h.equals(twin)) && portOf(uri) == expectedPort(scheme);
    }

    private int expectedPort(String scheme) {
        return port != -1 ? port : defaultPort(scheme);
    }

    private static int portOf(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme().toLowerCase(Locale.ROOT));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }
}
