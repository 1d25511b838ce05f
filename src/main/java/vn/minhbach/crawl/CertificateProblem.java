package vn.minhbach.crawl;

import java.security.cert.CertificateException;
import vn.minhbach.model.CertificateCheck;

/** A server certificate refused, with what was wrong with it, so the failed fetch can name the problem. */
final class CertificateProblem extends CertificateException {
    private static final long serialVersionUID = 1L;

    private final transient CertificateCheck check;

    CertificateProblem(CertificateCheck check, Throwable cause) {
        super(check.failure(), cause);
        this.check = check;
    }

    CertificateCheck check() {
        return check;
    }
}
