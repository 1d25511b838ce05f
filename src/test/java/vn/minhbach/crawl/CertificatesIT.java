package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.model.CertificateCheck.Code;
import vn.minhbach.model.CrawlResult;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.testing.LocalCa;
import vn.minhbach.testing.LocalCa.Issued;
import vn.minhbach.testing.LocalCa.Spec;
import vn.minhbach.testing.TlsSite;

/**
 * Crawls HTTPS sites of a local CA (root, intermediate, leaf for 127.0.0.1 and localhost, made in the test)
 * whose servers send incomplete or wrong chains, as government servers often do: the crawler completes a
 * chain through the leaf's AIA address like a browser, and refuses every other problem with its reason.
 */
class CertificatesIT {

    private static final String HOME = "<html><head><title>Trang chủ</title></head><body><p>Xin chào</p></body></html>";

    @TempDir
    Path dir;
    private TlsSite ca;
    private TlsSite site;
    private Issued root;
    private Issued intermediate;
    private Path rootFile;

    @BeforeEach
    void localCa() throws IOException {
        ca = TlsSite.http();
        root = LocalCa.selfSigned(Spec.ca("Minhbach Test Root"));
        intermediate = LocalCa.issue(Spec.ca("Minhbach Test Intermediate"), root);
        ca.certificate("/intermediate.crt", intermediate.certificate());
        rootFile = Files.writeString(dir.resolve("root.pem"), root.pem());
    }

    @AfterEach
    void stop() {
        if (site != null) {
            site.close();
        }
        ca.close();
    }

    @Test
    void aLeafSentWithoutItsIntermediateIsCompletedThroughAia() throws IOException {
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1").caIssuers(ca.url("/intermediate.crt").toString()),
                intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate()), rootFile);

        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(result.certificate().code()).isEqualTo(Code.COMPLETED_VIA_AIA);
        assertThat(result.certificate().ok()).isTrue();
        assertThat(result.certificate().reason()).contains("AIA").contains("127.0.0.1");
        assertThat(ca.requested()).containsExactly("/intermediate.crt");
    }

    @Test
    void twoMissingIntermediatesAreFetchedOneAfterTheOtherFromPkcs7Bundles() throws IOException {
        Issued middle = LocalCa.issue(Spec.ca("Minhbach Test Middle").caIssuers(ca.url("/intermediate.p7c")
                .toString()), intermediate);
        ca.bundle("/intermediate.p7c", intermediate.certificate());
        ca.bundle("/middle.p7c", middle.certificate());
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1").caIssuers(ca.url("/middle.p7c").toString()), middle);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate()), rootFile);

        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(result.certificate().code()).isEqualTo(Code.COMPLETED_VIA_AIA);
        assertThat(result.certificate().detail()).contains("Minhbach Test Middle", "Minhbach Test Intermediate");
        assertThat(ca.requested()).containsExactly("/middle.p7c", "/intermediate.p7c");
    }

    @Test
    void aCompleteChainIsValidWithoutFetchingAnything() throws IOException {
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1").caIssuers(ca.url("/intermediate.crt").toString()),
                intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate(), intermediate.certificate()), rootFile);

        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(result.certificate().code()).isEqualTo(Code.VALID);
        assertThat(ca.requested()).isEmpty();
    }

    @Test
    void anUnreachableAiaAddressLeavesTheChainIncompleteAndTheFetchFailed() throws IOException {
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1").caIssuers("http://127.0.0.1:" + closedPort()
                + "/intermediate.crt"), intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate()), rootFile);

        assertRefused(result, Code.INCOMPLETE_CHAIN, "TLS certificate: incomplete chain");
        assertThat(result.certificate().detail()).contains("could not be fetched");
    }

    @Test
    void aLeafWithoutAiaAddressAndWithoutItsIntermediateIsAnIncompleteChain() throws IOException {
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1"), intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate()), rootFile);

        assertRefused(result, Code.INCOMPLETE_CHAIN, "TLS certificate: incomplete chain");
        assertThat(result.certificate().detail()).contains("no AIA address");
    }

    @Test
    void anExpiredLeafIsRefusedAsExpired() throws IOException {
        Spec expired = Spec.server("127.0.0.1").valid(Instant.now().minusSeconds(86_400 * 400L),
                Instant.now().minusSeconds(86_400 * 35L));
        Issued leaf = LocalCa.issue(expired, intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate(), intermediate.certificate()), rootFile);

        assertRefused(result, Code.EXPIRED, "TLS certificate: expired");
        assertThat(result.certificate().reason()).startsWith("Chứng chỉ đã hết hạn");
    }

    @Test
    void aLeafForAnotherHostIsRefusedAsWrongHost() throws IOException {
        Spec other = Spec.server("portal.example.vn").names(List.of("portal.example.vn"), List.of());
        Issued leaf = LocalCa.issue(other, intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate(), intermediate.certificate()), rootFile);

        assertRefused(result, Code.WRONG_HOST, "TLS certificate: wrong host name");
    }

    @Test
    void aSelfSignedCertificateIsRefusedAsSelfSigned() throws IOException {
        Issued self = LocalCa.selfSigned(Spec.server("127.0.0.1"));
        CrawlResult result = crawl(self, List.of(self.certificate()), rootFile);

        assertRefused(result, Code.SELF_SIGNED, "TLS certificate: self-signed");
    }

    @Test
    void aChainToARootNobodyTrustsIsRefusedAsUntrustedRoot() throws IOException {
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1"), intermediate);
        CrawlResult result = crawl(leaf, List.of(leaf.certificate(), intermediate.certificate(),
                root.certificate()), null);

        assertRefused(result, Code.UNTRUSTED_ROOT, "TLS certificate: untrusted root");
    }

    private static void assertRefused(CrawlResult result, Code code, String error) {
        assertThat(result.pagesFetched()).isZero();
        assertThat(result.certificate().code()).isEqualTo(code);
        assertThat(result.certificate().ok()).isFalse();
        assertThat(result.unreached()).singleElement().satisfies(u -> {
            assertThat(u.outcome()).isInstanceOf(FetchOutcome.Failed.class);
            assertThat(((FetchOutcome.Failed) u.outcome()).error()).startsWith(error);
        });
    }

    private CrawlResult crawl(Issued leaf, List<X509Certificate> sent, Path trustCaFile) throws IOException {
        site = TlsSite.https(leaf, sent).page("/", HOME);
        CrawlSettings settings = new CrawlSettings(10, 2, 0, 2, 5, 1 << 20, CrawlSettings.DEFAULT_USER_AGENT, false,
                trustCaFile);
        try (Crawler crawler = new Crawler(settings, CrawlListener.NONE)) {
            return crawler.crawl(site.url("/"), List.of(), (page, document) -> { });
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
