package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.CertificateCheck;
import vn.minhbach.model.CertificateCheck.Code;
import vn.minhbach.model.SiteFacts;
import vn.minhbach.model.SiteRole;

/** The certificate as a site fact: a code for programs in report.json, the reason for people in report.html. */
class CertificateFactTest {

    private static final CertificateCheck COMPLETED = new CertificateCheck("lyson.quangngai.gov.vn",
            Code.COMPLETED_VIA_AIA, "fetched CN=Example Intermediate");
    private static final CertificateCheck INCOMPLETE = new CertificateCheck("motcualyson.quangngai.gov.vn",
            Code.INCOMPLETE_CHAIN, "AIA http://ca.example.vn/int.crt could not be fetched: timed out");

    private final AuditRun run = withFacts(List.of(
            new SiteFacts(SiteRole.PORTAL, URI.create(ReportFixture.PORTAL), true, true, false, true, "UBND", null,
                    null, null, null, 850L, COMPLETED),
            new SiteFacts(SiteRole.ONESTOP, URI.create(ReportFixture.ONESTOP), true, false, false, false, null, null,
                    null, null, null, null, INCOMPLETE)));

    @Test
    void reportJsonGivesTheCodeTheReasonAndTheDetailAndStaysValid() throws Exception {
        String json = JsonReport.toJson(run);
        assertThat(SchemaCheck.errors(json)).isEmpty();
        JsonNode facts = new ObjectMapper().readTree(json).get("siteFacts");
        JsonNode portal = facts.get(0).get("certificate");
        assertThat(portal.get("ok").asBoolean()).isTrue();
        assertThat(portal.get("code").asText()).isEqualTo("COMPLETED_VIA_AIA");
        JsonNode onestop = facts.get(1).get("certificate");
        assertThat(onestop.get("ok").asBoolean()).isFalse();
        assertThat(onestop.get("code").asText()).isEqualTo("INCOMPLETE_CHAIN");
        assertThat(onestop.get("host").asText()).isEqualTo("motcualyson.quangngai.gov.vn");
        assertThat(onestop.get("reason").asText()).startsWith("Chuỗi chứng chỉ không đầy đủ")
                .contains("motcualyson.quangngai.gov.vn");
        assertThat(onestop.get("detail").asText()).contains("http://ca.example.vn/int.crt");
    }

    @Test
    void anUnknownCodeIsRefusedByTheSchema() throws Exception {
        String json = JsonReport.toJson(run).replace("\"INCOMPLETE_CHAIN\"", "\"BROKEN\"");
        assertThat(SchemaCheck.errors(json)).isNotEmpty();
    }

    @Test
    void aSiteOverHttpHasNoCertificateKey() throws Exception {
        JsonNode facts = new ObjectMapper().readTree(JsonReport.toJson(ReportFixture.run())).get("siteFacts");
        assertThat(facts.get(0).has("certificate")).isFalse();
    }

    @Test
    void reportHtmlShowsTheReasonAndOnlyTheCertificateForASiteItKeptFromAnswering() {
        Element facts = Jsoup.parse(HtmlReport.render(run)).selectFirst("#thong-tin-trang");
        List<String> portal = facts.select("table.facts").get(0).select("tr").eachText();
        assertThat(portal).anySatisfy(row -> assertThat(row).startsWith("Chứng chỉ TLS Đạt:").contains("AIA")
                .endsWith("[COMPLETED_VIA_AIA]"));
        assertThat(portal).contains("Chức năng tìm kiếm Có");
        List<String> onestop = facts.select("table.facts").get(1).select("tr").eachText();
        assertThat(onestop).anySatisfy(row -> assertThat(row).startsWith("Chứng chỉ TLS Lỗi: Chuỗi chứng chỉ không"
                + " đầy đủ").endsWith("[INCOMPLETE_CHAIN]"));
        assertThat(onestop).noneSatisfy(row -> assertThat(row).startsWith("Chức năng tìm kiếm"));
    }

    private static AuditRun withFacts(List<SiteFacts> facts) {
        AuditRun base = ReportFixture.run();
        return new AuditRun(base.organisation(), base.asOf(), base.startedAt(), base.finishedAt(), base.sites(),
                base.items(), base.brokenLinks(), facts);
    }
}
