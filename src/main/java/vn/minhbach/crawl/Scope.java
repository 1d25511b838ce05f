package vn.minhbach.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs belong to the site being crawled: the seed's host and its www/non-www twin, over http or
 * https. When the seed names a non-default port, only that port is in scope. A site whose home page
 * redirects to another host (a new domain, a province sub-domain) gains that host too.
 */
final class Scope {

    private final List<Site> sites;

    private Scope(List<Site> sites) {
        this.sites = List.copyOf(sites);
    }

    static Scope of(URI seed) {
        return new Scope(List.of(Site.of(seed)));
    }

    /** This scope plus the host of {@code uri} (and its twin). */
    Scope with(URI uri) {
        List<Site> more = new ArrayList<>(sites);
        more.add(Site.of(uri));
        return new Scope(more);
    }

    /** Whether the URI is on a host and port of the site; asked of every link of every page, so no string is made. */
    boolean contains(URI uri) {
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme();
        boolean https = scheme.equalsIgnoreCase("https");
        if (!https && !scheme.equalsIgnoreCase("http")) {
            return false;
        }
        // a server-based URI's host is ASCII, which comparing without case reads as lower-casing would
        String host = uri.getHost();
        int defaultPort = https ? 443 : 80;
        int port = uri.getPort() != -1 ? uri.getPort() : defaultPort;
        for (Site s : sites) {
            if ((host.equalsIgnoreCase(s.host) || host.equalsIgnoreCase(s.twin))
                    && port == (s.port != -1 ? s.port : defaultPort)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code uri} is in scope or on another host of the same organisation's domain: the data service
     * {@code apiigate.quangngai.gov.vn} of the one-stop site {@code dichvucong.quangngai.gov.vn} (the domain
     * under the public suffix, from crawler-commons' list). Addresses by IP have no such domain.
     */
    boolean sameOrganisation(URI uri) {
        if (contains(uri)) {
            return true;
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null
                || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return false;
        }
        String domain = domain(uri.getHost());
        return domain != null && sites.stream().anyMatch(s -> domain.equals(domain(s.host)));
    }

    /**
     * True when a request to {@code host}, on any port, stays with the site: one of its hosts or their twins, or
     * another host of the same organisation's domain ({@link #sameOrganisation}).
     */
    boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (sites.stream().anyMatch(s -> lower.equals(s.host) || lower.equals(s.twin))) {
            return true;
        }
        String domain = domain(lower);
        return domain != null && sites.stream().anyMatch(s -> domain.equals(domain(s.host)));
    }

    private static String domain(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.indexOf('.') < 0 || lower.chars().allMatch(c -> c == '.' || Character.isDigit(c)) || lower.contains(":")) {
            return null;
        }
        return EffectiveTldFinder.getAssignedDomain(lower, true, false);
    }

    private record Site(String host, String twin, int port) {
        static Site of(URI uri) {
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return new Site(host, host.startsWith("www.") ? host.substring(4) : "www." + host, uri.getPort());
        }
    }
}
