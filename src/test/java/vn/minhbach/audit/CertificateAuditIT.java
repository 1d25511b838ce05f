package vn.minhbach.audit;

import vn.minhbach.i18n.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.CertificateCheck.Code;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.HtmlReport;
import vn.minhbach.report.JsonReport;
import vn.minhbach.report.SchemaCheck;
import vn.minhbach.testing.LocalCa;
import vn.minhbach.testing.LocalCa.Issued;
import vn.minhbach.testing.LocalCa.Spec;
import vn.minhbach.testing.TlsSite;

/**
 * A whole audit of a portal whose server sends its leaf certificate without the intermediate, the local root
 * trusted through {@code crawl.trustCaFile}: read through AIA like a browser when the CA's address answers;
 * otherwise every item is UNKNOWN naming the incomplete chain (never MISSING), and the certificate is a site fact.
 */
class CertificateAuditIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final String HOME = """
            <html><head><title>Cổng thông tin điện tử huyện Lý Sơn</title></head>
            <body><h1>UBND huyện Lý Sơn</h1><p>Tin tức, văn bản, thủ tục hành chính.</p>
            <a href="/van-ban">Văn bản</a></body></html>""";

    @TempDir
    Path dir;
    private TlsSite ca;
    private TlsSite site;
    private Issued intermediate;
    private Path rootFile;

    @BeforeEach
    void localCa() throws IOException {
        ca = TlsSite.http();
        Issued root = LocalCa.selfSigned(Spec.ca("Lý Sơn Test Root"));
        intermediate = LocalCa.issue(Spec.ca("Lý Sơn Test Intermediate"), root);
        ca.certificate("/intermediate.crt", intermediate.certificate());
        rootFile = Files.writeString(dir.resolve("root.pem"), root.pem());
    }

    @AfterEach
    void stop() {
        site.close();
        ca.close();
    }

    @Test
    void aPortalWithoutItsIntermediateIsAuditedThroughAia() throws Exception {
        AuditRun run = audit(ca.url("/intermediate.crt").toString());

        assertThat(run.sites().get(0).pagesFetched()).isGreaterThanOrEqualTo(1);
        SiteFacts facts = run.siteFacts().get(0);
        assertThat(facts.certificate().code()).isEqualTo(Code.COMPLETED_VIA_AIA);
        JsonNode certificate = json(run).get("siteFacts").get(0).get("certificate");
        assertThat(certificate.get("ok").asBoolean()).isTrue();
        assertThat(certificate.get("code").asText()).isEqualTo("COMPLETED_VIA_AIA");
        assertThat(portalItems(run)).noneSatisfy(f -> assertThat(Messages.vi().format(f.reason())).contains("TLS certificate"));
    }

    @Test
    void whenTheAiaAddressIsUnreachableEveryItemIsUnknownForTheIncompleteChain() throws Exception {
        AuditRun run = audit("http://127.0.0.1:" + closedPort() + "/intermediate.crt");

        assertThat(run.sites().get(0).pagesFetched()).isZero();
        assertThat(portalItems(run)).isNotEmpty().allSatisfy(f -> {
            assertThat(f.status()).as(f.id()).isEqualTo(Verdict.UNKNOWN);
            assertThat(Messages.vi().format(f.reason())).as(f.id()).contains("TLS certificate: incomplete chain");
        });
        assertThat(run.items()).noneSatisfy(f -> assertThat(f.status()).isEqualTo(Verdict.MISSING));

        SiteFacts facts = run.siteFacts().get(0);
        assertThat(facts.role()).isEqualTo(SiteRole.PORTAL);
        assertThat(facts.certificate().code()).isEqualTo(Code.INCOMPLETE_CHAIN);
        assertThat(facts.certificateOnly()).isTrue();
        JsonNode certificate = json(run).get("siteFacts").get(0).get("certificate");
        assertThat(certificate.get("ok").asBoolean()).isFalse();
        assertThat(certificate.get("code").asText()).isEqualTo("INCOMPLETE_CHAIN");
        assertThat(certificate.get("reason").asText()).startsWith("Chuỗi chứng chỉ không đầy đủ");
        assertThat(HtmlReport.render(run)).contains("Chuỗi chứng chỉ không đầy đủ", "[INCOMPLETE_CHAIN]");
    }

    private AuditRun audit(String aiaUrl) throws Exception {
        Issued leaf = LocalCa.issue(Spec.server("127.0.0.1").caIssuers(aiaUrl), intermediate);
        site = TlsSite.https(leaf, List.of(leaf.certificate())).page("/", HOME);
        String yaml = """
                organisation: "UBND huyện Lý Sơn"
                sites:
                  portal: {url: "%s"}
                crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 2, trustCaFile: "%s"}
                """.formatted(site.url("/"), rootFile);
        AuditConfig config = new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml, "tls");
        Clock clock = Clock.fixed(AS_OF.atTime(2, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        return new Auditor(Checklist.defaults(), clock, CrawlListener.NONE).run(config, AS_OF);
    }

    private static List<Finding> portalItems(AuditRun run) {
        return run.items().stream().filter(f -> f.site() == SiteRole.PORTAL && f.status() != Verdict.NOT_APPLICABLE)
                .toList();
    }

    private static JsonNode json(AuditRun run) throws IOException {
        String json = JsonReport.toJson(run);
        assertThat(SchemaCheck.errors(json)).isEmpty();
        return new ObjectMapper().readTree(json);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
