package vn.minhbach.crawl;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;
import javax.security.auth.x500.X500Principal;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.CertificateCheck.Code;

/**
 * Why the JVM refused a server's chain, in the order a browser reports it, and whether the chain becomes
 * valid once its missing intermediates are fetched through AIA: an expired or not yet valid leaf; a chain
 * that builds to a trusted root but names another host; a missing intermediate completed through AIA (then
 * the completed chain is validated again by the JVM, host name included); a self-signed certificate; a
 * chain ending at a root nobody trusts; a missing intermediate with no AIA address or one that could not be
 * fetched.
 */
final class ChainDiagnosis {

    /** The JVM's own check of a chain, host name included. */
    @FunctionalInterface
    interface Verifier {
        void verify(X509Certificate[] chain) throws CertificateException;
    }

    /** Issuers fetched through AIA at most, one after the other. */
    static final int MAX_HOPS = 3;
    /** Time for all the AIA fetches of one handshake, which holds the crawl's request meanwhile. */
    static final long BUDGET_MILLIS = 10_000;

    private final Set<TrustAnchor> anchors = new HashSet<>();
    private final Set<X500Principal> anchorNames = new HashSet<>();
    private final AiaIssuers aia;

    ChainDiagnosis(X509Certificate[] trusted, AiaIssuers aia) {
        for (X509Certificate root : trusted) {
            anchors.add(new TrustAnchor(root, null));
            anchorNames.add(root.getSubjectX500Principal());
        }
        this.aia = aia;
    }

    CertificateCheck diagnose(X509Certificate[] chain, String host, Verifier jvm, CertificateException refused) {
        String name = host == null ? "?" : host;
        X509Certificate leaf = chain[0];
        CertificateCheck dated = dates(List.of(leaf), name);
        if (dated != null) {
            return dated;
        }
        List<X509Certificate> sent = List.of(chain);
        if (path(leaf, sent) != null) {
            return named(leaf, host, name, refused);
        }
        List<X509Certificate> walked = walk(leaf, sent);
        List<X509Certificate> fetched = new ArrayList<>();
        String aiaFailure = complete(walked, fetched);
        walked.addAll(fetched);
        dated = dates(walked, name);
        if (dated != null) {
            return dated;
        }
        if (!fetched.isEmpty()) {
            List<X509Certificate> pool = new ArrayList<>(sent);
            pool.addAll(fetched);
            List<X509Certificate> path = path(leaf, pool);
            if (path != null) {
                CertificateCheck named = named(leaf, host, name, null);
                if (named != null) {
                    return named;
                }
                try {
                    jvm.verify(path.toArray(new X509Certificate[0]));
                    return new CertificateCheck(name, Code.COMPLETED_VIA_AIA, "fetched " + subjects(fetched));
                } catch (CertificateException e) {
                    return new CertificateCheck(name, Code.INVALID, message(e));
                }
            }
        }
        X509Certificate top = walked.get(walked.size() - 1);
        if (selfIssued(top)) {
            return top == leaf ? new CertificateCheck(name, Code.SELF_SIGNED, "issued by itself: " + subject(top))
                    : new CertificateCheck(name, Code.UNTRUSTED_ROOT, "root " + subject(top) + " is not trusted");
        }
        if (aiaFailure != null) {
            return new CertificateCheck(name, Code.INCOMPLETE_CHAIN, aiaFailure);
        }
        if (anchorNames.contains(top.getIssuerX500Principal())) {
            return new CertificateCheck(name, Code.INVALID, message(refused));
        }
        return new CertificateCheck(name, Code.UNTRUSTED_ROOT,
                "issuer " + top.getIssuerX500Principal().getName() + " is not a trusted CA");
    }

    /**
     * Fetches issuers through AIA above the top of {@code walked} into {@code fetched}, until a trusted root's
     * name or a self-issued certificate is reached; the reason the chain stayed incomplete, or null when the
     * top certificate is an intermediate sent by the server with no AIA address (its issuer is then simply
     * not trusted).
     */
    private String complete(List<X509Certificate> walked, List<X509Certificate> fetched) {
        X509Certificate current = walked.get(walked.size() - 1);
        long deadline = System.nanoTime() + BUDGET_MILLIS * 1_000_000;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            if (selfIssued(current) || anchorNames.contains(current.getIssuerX500Principal())) {
                return null;
            }
            List<String> urls = AiaIssuers.addresses(current);
            if (urls.isEmpty()) {
                return current == walked.get(0) && fetched.isEmpty()
                        ? "the server sends no intermediate certificate and its certificate has no AIA address"
                        : null;
            }
            X509Certificate issuer = null;
            String failure = null;
            for (String url : urls) {
                if (System.nanoTime() > deadline) {
                    return "AIA fetches took more than " + BUDGET_MILLIS / 1000 + " s";
                }
                try {
                    issuer = issuerIn(current, aia.fetch(url));
                    if (issuer != null) {
                        break;
                    }
                    failure = "AIA " + url + " serves no issuer of " + subject(current);
                } catch (IOException e) {
                    failure = "AIA " + url + " could not be fetched: " + e.getMessage();
                }
            }
            if (issuer == null) {
                return failure;
            }
            fetched.add(issuer);
            current = issuer;
        }
        return "more than " + MAX_HOPS + " intermediates missing";
    }

    /** The leaf, then each issuer found among {@code pool}. */
    private static List<X509Certificate> walk(X509Certificate leaf, List<X509Certificate> pool) {
        List<X509Certificate> walked = new ArrayList<>(List.of(leaf));
        Set<X509Certificate> used = new LinkedHashSet<>(walked);
        X509Certificate current = leaf;
        while (!selfIssued(current)) {
            X509Certificate issuer = issuerIn(current, pool);
            if (issuer == null || !used.add(issuer)) {
                break;
            }
            walked.add(issuer);
            current = issuer;
        }
        return walked;
    }

    private static X509Certificate issuerIn(X509Certificate cert, List<X509Certificate> pool) {
        for (X509Certificate candidate : pool) {
            if (candidate.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && signs(candidate, cert)) {
                return candidate;
            }
        }
        return null;
    }

    /** The path from the leaf to a trusted root through {@code pool} (root left out), or null when none builds. */
    private List<X509Certificate> path(X509Certificate leaf, List<X509Certificate> pool) {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(leaf);
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            // Revocation is not checked by the JVM's TLS validation either; this check must agree with it.
            params.setRevocationEnabled(false);
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            var result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            List<X509Certificate> path = new ArrayList<>();
            for (Certificate c : result.getCertPath().getCertificates()) {
                path.add((X509Certificate) c);
            }
            return path;
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }

    /** WRONG_HOST when the leaf does not name {@code host}; otherwise INVALID for {@code refused}, or null. */
    private static CertificateCheck named(X509Certificate leaf, String host, String name,
                                          CertificateException refused) {
        if (host != null) {
            try {
                new DefaultHostnameVerifier().verify(host, leaf);
            } catch (SSLException e) {
                return new CertificateCheck(name, Code.WRONG_HOST, e.getMessage());
            }
        }
        return refused == null ? null : new CertificateCheck(name, Code.INVALID, message(refused));
    }

    private static CertificateCheck dates(List<X509Certificate> certs, String name) {
        for (X509Certificate cert : certs) {
            try {
                cert.checkValidity();
            } catch (CertificateExpiredException e) {
                return new CertificateCheck(name, Code.EXPIRED, subject(cert) + " expired on "
                        + cert.getNotAfter().toInstant().toString().substring(0, 10));
            } catch (CertificateNotYetValidException e) {
                return new CertificateCheck(name, Code.NOT_YET_VALID, subject(cert) + " is valid from "
                        + cert.getNotBefore().toInstant().toString().substring(0, 10));
            }
        }
        return null;
    }

    private static boolean selfIssued(X509Certificate cert) {
        return cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal()) && signs(cert, cert);
    }

    private static boolean signs(X509Certificate issuer, X509Certificate cert) {
        try {
            cert.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static String subjects(List<X509Certificate> certs) {
        return String.join(", ", certs.stream().map(ChainDiagnosis::subject).toList());
    }

    private static String subject(X509Certificate cert) {
        return cert.getSubjectX500Principal().getName();
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
