package vn.minhbach.crawl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The crawl client's resolver: HttpClient asks it for a host's addresses when it opens a connection, so the
 * addresses it hands back are the ones connected to, and each passes the crawl's current {@link Guard} right
 * then. Internal addresses the guard refuses are dropped; a host left with none fails with
 * {@link RefusedAddress}, which the fetcher records as the request's error.
 */
final class GuardedResolver implements DnsResolver {
    private final DnsResolver inner;
    private final Supplier<Guard> guard;

    GuardedResolver(DnsResolver inner, Supplier<Guard> guard) {
        this.inner = inner;
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] all = inner.resolve(host);
        Guard current = guard.get();
        InetAddress[] allowed = Arrays.stream(all).filter(current::allows).toArray(InetAddress[]::new);
        if (allowed.length == 0 && all.length > 0) {
            throw new RefusedAddress(Guard.refusal(host, all[0]));
        }
        return allowed;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return inner.resolveCanonicalHostname(host);
    }

    /** A host whose every address is internal and not the site's. */
    static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String message) {
            super(message);
        }
    }
}
