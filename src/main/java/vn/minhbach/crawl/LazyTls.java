package vn.minhbach.crawl;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import vn.minhbach.model.CertificateCheck;

/**
 * The fetcher's TLS, set up on the first https connection: reading the JVM's trust store and making the TLS
 * context take a few hundred milliseconds, which a site served over plain http need not pay before its crawl.
 * Certificates are checked by {@link BrowserTrust}.
 */
final class LazyTls implements TlsSocketStrategy {
    private final List<X509Certificate> extraCas;
    private volatile Ready ready;

    private record Ready(BrowserTrust trust, TlsSocketStrategy strategy) {
    }

    /** TLS that trusts the JVM's trust store plus {@code extraCas} (those of {@code crawl.trustCaFile}). */
    LazyTls(List<X509Certificate> extraCas) {
        this.extraCas = List.copyOf(extraCas);
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return ready().strategy().upgrade(socket, target, port, attachment, context);
    }

    /** What the last handshake with {@code host} showed, or null when none took place. */
    CertificateCheck seen(String host) {
        Ready current = ready;
        return current == null ? null : current.trust().seen(host);
    }

    private Ready ready() throws SSLException {
        Ready current = ready;
        if (current == null) {
            synchronized (this) {
                current = ready;
                if (current == null) {
                    current = make();
                    ready = current;
                }
            }
        }
        return current;
    }

    private Ready make() throws SSLException {
        try {
            BrowserTrust trust = BrowserTrust.create(extraCas);
            // The JVM checks the host name inside the handshake, where BrowserTrust can name the problem.
            return new Ready(trust, ClientTlsStrategyBuilder.create().setSslContext(trust.sslContext())
                    .setHostVerificationPolicy(HostnameVerificationPolicy.BOTH).buildClassic());
        } catch (GeneralSecurityException e) {
            throw new SSLException("no TLS context: " + e.getMessage(), e);
        }
    }
}
