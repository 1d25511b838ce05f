package vn.minhbach.crawl;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application shells a crawl fetched, by address: a client-side route ({@code /#/thu-tuc/12}) of a page
 * whose HTML is a shell is answered by the same shell, so the crawl reads the route in the browser without asking
 * the server for the shell again. Shells are small and an application has few; at most {@link #MAX} are kept.
 */
final class Shells {
    static final int MAX = 50;

    private final Map<String, RawResponse> byAddress = new ConcurrentHashMap<>();

    void remember(RawResponse shell) {
        if (byAddress.size() < MAX) {
            byAddress.putIfAbsent(withoutRoute(shell.url()).toString(), shell);
        }
    }

    /**
     * The shell of the page {@code url} is a route of, as fetched for {@code url}, or null when {@code url} names
     * no route or its page's shell was not fetched.
     */
    RawResponse routeOf(URI url) {
        if (url.getRawFragment() == null) {
            return null;
        }
        RawResponse shell = byAddress.get(withoutRoute(url).toString());
        if (shell == null) {
            return null;
        }
        URI at = shell.finalUrl().getRawFragment() == null
                ? URI.create(shell.finalUrl() + "#" + url.getRawFragment()) : shell.finalUrl();
        return new RawResponse(url, at, shell.status(), shell.reason(), shell.headers(), shell.body(),
                shell.truncated(), shell.fetchedAt());
    }

    private static URI withoutRoute(URI url) {
        String text = url.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? url : URI.create(text.substring(0, hash));
    }
}
