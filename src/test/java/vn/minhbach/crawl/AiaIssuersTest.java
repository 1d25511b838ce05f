package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.minhbach.testing.LocalCa;
import vn.minhbach.testing.LocalCa.Issued;
import vn.minhbach.testing.LocalCa.Spec;

class AiaIssuersTest {

    private final Issued root = LocalCa.selfSigned(Spec.ca("Root"));

    @Test
    void readsTheCaIssuersAddressOfTheAuthorityInformationAccess() {
        Issued leaf = LocalCa.issue(Spec.server("a.gov.vn").caIssuers("http://ca.example.vn/sub/ca.p7c"), root);
        assertThat(AiaIssuers.addresses(leaf.certificate())).containsExactly("http://ca.example.vn/sub/ca.p7c");
    }

    @Test
    void aCertificateWithoutAiaOrWithAnotherSchemeHasNoAddress() {
        assertThat(AiaIssuers.addresses(LocalCa.issue(Spec.server("a.gov.vn"), root).certificate())).isEmpty();
        Issued ldap = LocalCa.issue(Spec.server("a.gov.vn").caIssuers("ldap://ca.example.vn/cn=CA"), root);
        assertThat(AiaIssuers.addresses(ldap.certificate())).isEmpty();
    }
}
