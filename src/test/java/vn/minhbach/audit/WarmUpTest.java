package vn.minhbach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.minhbach.extract.PageFacts;

class WarmUpTest {

    /** The bundled page takes every extractor through its finding path, not only its early exits. */
    @Test
    void theBundledPageGivesFactsOfEveryKind() throws Exception {
        PageFacts facts = WarmUp.read();

        assertThat(facts.failures()).isEmpty();
        assertThat(facts.heading().text()).isEqualTo("Hỏi đáp trực tuyến");
        assertThat(facts.date()).hasToString("2024-03-12");
        assertThat(facts.breadcrumb()).isNotEmpty();
        assertThat(facts.links()).isNotEmpty();
        assertThat(facts.entries()).isNotEmpty();
        assertThat(facts.formLabels()).isNotEmpty();
        assertThat(facts.searchForm()).isTrue();
        assertThat(facts.contact().hotlines()).isNotEmpty();
        assertThat(facts.contact().emails()).containsExactly("ubnd@mau.gov.vn");
        assertThat(facts.procedureRows()).hasSize(2);
        assertThat(facts.qa()).hasSize(1);
        assertThat(facts.legalDocs()).hasSize(2);
        assertThat(facts.documents()).isNotEmpty();
    }
}
