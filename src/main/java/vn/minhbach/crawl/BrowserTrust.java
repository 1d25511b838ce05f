package vn.minhbach.crawl;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import vn.minhbach.model.CertificateCheck;

/**
 * Server certificates checked as a browser checks them: the JVM's own PKIX validation with host name
 * verification (against its trust store plus the CA file of {@code crawl.trustCaFile}) decides first; a chain
 * it refuses is completed through AIA when an intermediate is missing and validated again, and otherwise
 * refused with its reason ({@link ChainDiagnosis}). Verification is never switched off. What each host's
 * handshake showed is remembered for the site facts.
 */
final class BrowserTrust extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager jvm;
    private final ChainDiagnosis diagnosis;
    private final Map<String, CertificateCheck> seen = new ConcurrentHashMap<>();

    private BrowserTrust(X509ExtendedTrustManager jvm) {
        this.jvm = jvm;
        this.diagnosis = new ChainDiagnosis(jvm.getAcceptedIssuers(), new AiaIssuers());
    }

    /**
     * The JVM's trust store, plus {@code extraCas} (those of {@code crawl.trustCaFile}) when there are any.
     *
     * @throws GeneralSecurityException when the JVM has no PKIX trust manager
     */
    static BrowserTrust create(List<X509Certificate> extraCas) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        if (!extraCas.isEmpty()) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            try {
                store.load(null, null);
            } catch (IOException e) {
                throw new KeyStoreException("cannot make an empty key store", e);
            }
            int n = 0;
            for (X509Certificate jvmRoot : jvm(factory).getAcceptedIssuers()) {
                store.setCertificateEntry("jvm-" + n++, jvmRoot);
            }
            for (X509Certificate extra : extraCas) {
                store.setCertificateEntry("extra-" + n++, extra);
            }
            factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
        }
        return new BrowserTrust(jvm(factory));
    }

    private static X509ExtendedTrustManager jvm(TrustManagerFactory factory) throws GeneralSecurityException {
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in the JVM");
    }

    SSLContext sslContext() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {this}, null);
        return context;
    }

    /** What the last handshake with {@code host} showed, or null when none took place. */
    CertificateCheck seen(String host) {
        return host == null ? null : seen.get(host.toLowerCase(Locale.ROOT));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        SSLSession session = socket instanceof SSLSocket ssl ? ssl.getHandshakeSession() : null;
        check(chain, session, c -> jvm.checkServerTrusted(c, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain, engine == null ? null : engine.getHandshakeSession(),
                c -> jvm.checkServerTrusted(c, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, null, c -> jvm.checkServerTrusted(c, authType));
    }

    private void check(X509Certificate[] chain, SSLSession session, ChainDiagnosis.Verifier jvmCheck)
            throws CertificateException {
        String host = session == null ? null : session.getPeerHost();
        CertificateCheck result;
        CertificateException refused = null;
        try {
            jvmCheck.verify(chain);
            result = new CertificateCheck(host, CertificateCheck.Code.VALID, "");
        } catch (CertificateException e) {
            refused = e;
            result = diagnosis.diagnose(chain, host, jvmCheck, e);
        }
        if (host != null) {
            seen.put(host.toLowerCase(Locale.ROOT), result);
        }
        if (!result.ok()) {
            throw new CertificateProblem(result, refused);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        jvm.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        jvm.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        jvm.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return jvm.getAcceptedIssuers();
    }
}
