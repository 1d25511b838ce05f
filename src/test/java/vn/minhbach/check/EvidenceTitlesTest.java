package vn.minhbach.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Text;

/** Evidence titles: a document's abstract without its type label, and text in NFC whatever the page's form. */
class EvidenceTitlesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '^', textBlock = """
        201/KH-UBND      ^ Kế hoạch Thực hiện chuyển đổi số năm 2026      ^ Thực hiện chuyển đổi số năm 2026
        214/QĐ-UBND      ^ Quyết định Quy định mức hỗ trợ ngư dân        ^ Quy định mức hỗ trợ ngư dân
        227/2026/QĐ-UBND ^ Quyết định Về việc ban hành Quy chế làm việc   ^ Về việc ban hành Quy chế làm việc
        15/TTr-UBND      ^ Tờ trình Đề nghị phê duyệt dự toán            ^ Đề nghị phê duyệt dự toán
        201/KH-UBND      ^ Kế hoạch thực hiện chuyển đổi số năm 2026      ^ Kế hoạch thực hiện chuyển đổi số năm 2026
        208/CT-UBND      ^ Kế hoạch Thực hiện chuyển đổi số              ^ Kế hoạch Thực hiện chuyển đổi số
        208/CT-UBND      ^ Về tăng cường công tác phòng cháy             ^ Về tăng cường công tác phòng cháy
        """)
    void anAbstractDoesNotRepeatTheTypeItsNumberNames(String number, String summary, String expected) {
        assertThat(LegalDocuments.withoutType(summary, number)).isEqualTo(expected);
    }

    @Test
    void evidenceTextIsNfc() {
        String nfd = Normalizer.normalize("Thuế và cuộc sống", Normalizer.Form.NFD);
        Evidence evidence = new Evidence(URI.create("https://lyson.example.gov.vn/"), nfd, null, Text.plain(nfd));

        assertThat(evidence.title()).isEqualTo("Thuế và cuộc sống").isNotEqualTo(nfd);
        assertThat(evidence.excerpt()).isEqualTo(Text.plain("Thuế và cuộc sống"));
    }
}
