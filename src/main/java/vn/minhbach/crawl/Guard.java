package vn.minhbach.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.hc.client5.http.DnsResolver;

/**
 * Where a crawl may send requests. A host must belong to the site being crawled ({@link Scope#allowsHost}: its
 * host, the www twin, a host its home page moved to, another host of the organisation's domain) or be named by
 * a configured URL. An address must not be internal (loopback, link-local, among them the cloud metadata
 * address 169.254.169.254, private, shared, multicast or unspecified) unless the site itself is there: a
 * portal on an intranet, or a test site on 127.0.0.1. Host names are checked when the connection is made
 * ({@link GuardedResolver}), so a name that resolves to a public address at first and to an internal one later
 * is still refused; an address written in the URL is checked before the request.
 */
final class Guard {
    /** Before any crawl (a single page fetched for {@code explain}): nothing is refused. */
    static final Guard OPEN = new Guard(null, null, Set.of(), null);

    private final Supplier<Scope> scope;
    private final Set<String> named;
    /** Hosts a configured URL redirected to: the site moved there. */
    private final Set<String> moved = ConcurrentHashMap.newKeySet();
    private final DnsResolver dns;
    private final String siteHost;
    /** Looked up the first time an internal address is met: most sites never lead to one. */
    private volatile Set<InetAddress> siteAddresses;

    private Guard(String siteHost, Supplier<Scope> scope, Set<String> named, DnsResolver dns) {
        this.siteHost = siteHost;
        this.scope = scope;
        this.named = Set.copyOf(named);
        this.dns = dns;
    }

    /**
     * The guard of the crawl of {@code site}: {@code scope} as it stands (it grows when the home page moves) and
     * the hosts of the configured URLs in {@code named}. The internal addresses the configured site's own host
     * resolves to through {@code dns} are allowed: the site is there. Its twin, or any other host, gains nothing
     * from that: a {@code www.} name pointing at a metadata address is refused like any other.
     */
    static Guard of(URI site, Supplier<Scope> scope, List<URI> named, DnsResolver dns) {
        Set<String> hosts = new HashSet<>();
        for (URI url : named) {
            if (url.getHost() != null) {
                hosts.add(url.getHost().toLowerCase(Locale.ROOT));
            }
        }
        return new Guard(site.getHost().toLowerCase(Locale.ROOT), scope, hosts, dns);
    }

    private Set<InetAddress> siteAddresses() {
        Set<InetAddress> known = siteAddresses;
        if (known == null) {
            InetAddress literal = literal(siteHost);
            known = literal != null ? Set.of(literal) : Set.copyOf(internalAddresses(siteHost));
            siteAddresses = known;
        }
        return known;
    }

    private List<InetAddress> internalAddresses(String host) {
        try {
            return Arrays.stream(dns.resolve(host)).filter(Guard::internal).toList();
        } catch (UnknownHostException e) {
            // A twin that does not exist, or a site that is down: it has no address to allow.
            return List.of();
        }
    }

    /** Why a request to {@code url} is refused before it is sent, or null when it may go. */
    String refuses(URI url) {
        String host = url.getHost();
        if (scope == null || host == null) {
            return null;
        }
        if (!allowsHost(host)) {
            return "refused: " + host + " is outside the configured sites (not requested)";
        }
        InetAddress literal = literal(host);
        return literal != null && !allows(literal) ? refusal(host, literal) : null;
    }

    /** True when {@code url}'s host may be asked at all. */
    boolean allowsHost(URI url) {
        return scope == null || allowsHost(url.getHost());
    }

    private boolean allowsHost(String host) {
        if (host == null) {
            return false;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return named.contains(lower) || moved.contains(lower) || scope.get().allowsHost(lower);
    }

    /**
     * Lets the crawl follow a configured URL (the home page, an item's address) that redirects to {@code target}'s
     * host: the configured site lives there now. The address rule still applies to it.
     */
    void admit(URI target) {
        if (scope != null && target.getHost() != null) {
            moved.add(target.getHost().toLowerCase(Locale.ROOT));
        }
    }

    /** True when a connection to {@code address} may be made. */
    boolean allows(InetAddress address) {
        return scope == null || !internal(address) || siteAddresses().contains(address);
    }

    /** The message of a failure to reach {@code host} at the internal {@code address}. */
    static String refusal(String host, InetAddress address) {
        return "refused: " + host + " resolves to " + address.getHostAddress()
                + ", an internal address the configured sites are not on (not connected)";
    }

    /**
     * Loopback, link-local (169.254.0.0/16 with the metadata address, fe80::/10), private (10/8, 172.16/12,
     * 192.168/16, fc00::/7), shared (100.64/10), multicast, "this network" (0/8) and unspecified addresses.
     */
    static boolean internal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128);
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }

    /** The address written as the host of a URL, or null for a name. */
    private static InetAddress literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean v4 = h.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!v4 && h.indexOf(':') < 0) {
            return null;
        }
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(h);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
