package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {
    private static final Map<String, Topic> TOPICS = Map.ofEntries(
            Map.entry("legal", Vocabulary.LEGAL_DOCUMENTS), Map.entry("budget", Vocabulary.BUDGET_EXECUTION),
            Map.entry("estimate", Vocabulary.BUDGET_ESTIMATE), Map.entry("final", Vocabulary.BUDGET_FINAL),
            Map.entry("tender", Vocabulary.TENDER), Map.entry("investment", Vocabulary.INVESTMENT),
            Map.entry("qa", Vocabulary.QA), Map.entry("legal-qa", Vocabulary.LEGAL_QA),
            Map.entry("tax", Vocabulary.TAX_AND_LIFE), Map.entry("business", Vocabulary.BUSINESS_INFO),
            Map.entry("lookup", Vocabulary.STATUS_LOOKUP), Map.entry("annual", Vocabulary.ANNUAL_PLAN),
            Map.entry("land", Vocabulary.LAND_USE), Map.entry("hotline", Vocabulary.HOTLINE));

    private static final Set<String> TITLES_ONLY = Set.of("estimate", "final", "annual", "land", "lookup");

    @ParameterizedTest(name = "{1} ~ {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        legal      | Văn bản QPPL                                  | true
        legal      | VĂN BẢN PHÁP LUẬT                             | true
        legal      | Văn bản chỉ đạo điều hành                     | true
        legal      | Dự thảo văn bản lấy ý kiến                    | false
        budget     | Công khai tài chính - ngân sách               | true
        budget     | Công khai ngân sách                           | true
        estimate   | Công khai dự toán ngân sách năm 2026          | true
        estimate   | Tình hình thực hiện dự toán ngân sách quý I   | false
        estimate   | Quyết toán ngân sách năm 2024                 | false
        final      | Công khai quyết toán thu, chi ngân sách 2024  | true
        tender     | Đấu thầu - Mua sắm công                       | true
        tender     | Thông tin đấu thầu                            | true
        tender     | Kế hoạch lựa chọn nhà thầu                    | true
        tender     | Kết quả lựa chọn nhà thầu                     | true
        tender     | Mời thầu                                      | true
        investment | Dự án kêu gọi đầu tư                          | true
        investment | Mời gọi đầu tư                                | true
        investment | Dự án đầu tư công                             | true
        qa         | Hỏi đáp                                       | true
        qa         | Hỏi - đáp                                     | true
        qa         | HỎI – ĐÁP TRỰC TUYẾN                          | true
        qa         | Giải đáp                                      | true
        qa         | Hỏi đáp pháp luật                             | false
        legal-qa   | Hỏi đáp pháp luật                             | true
        legal-qa   | Hỏi – đáp về pháp luật                        | true
        legal-qa   | Hỏi đáp                                       | false
        tax        | Thuế và cuộc sống                             | true
        tax        | THUẾ VÀ CUỘC SỐNG                             | true
        tax        | Thuế giá trị gia tăng                         | false
        business   | Doanh nghiệp cần biết                         | true
        business   | Các thông tin doanh nghiệp cần biết           | true
        business   | Thông tin doanh nghiệp                        | true
        lookup     | Tra cứu hồ sơ                                 | true
        lookup     | Tra cứu kết quả                               | true
        lookup     | Tra cứu tình trạng hồ sơ                      | true
        lookup     | Tra cứu văn bản                               | false
        annual     | Kế hoạch phát triển KT-XH năm 2026            | true
        annual     | Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025 | false
        land       | Kế hoạch sử dụng đất năm 2026                 | true
        hotline    | Đường dây nóng                                | true
        hotline    | Hotline                                       | true
        """)
    void labelVariantsMatchTheirTopicOnly(String topic, String label, boolean matches) {
        for (Normalizer.Form form : Normalizer.Form.values()) {
            Topic named = TOPICS.get(topic);
            String key = Keys.of(Normalizer.normalize(label, form));
            // documents and functions are recognised by their own names; section names only say where to look
            boolean found = TITLES_ONLY.contains(topic) ? named.titles().matches(key) : named.matches(key);
            assertThat(found).as(form.name()).isEqualTo(matches);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Hỏi – Đáp                 | ' hoi dap '
        HỎI-ĐÁP                   | ' hoi dap '
        Uỷ ban nhân dân           | ' uy ban nhan dan '
        ' Đấu thầu  (mua sắm) '   | ' dau thau mua sam '
        ''                        | ' '
        """)
    void keysFoldAndSeparateWords(String text, String key) {
        assertThat(Keys.of(text)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"đầu tư, true", "đầu tượng, false", "hỏi đáp, true", "hỏi đápp, false"})
    void phrasesMatchOnWordBoundaries(String text, boolean matches) {
        assertThat(Synonyms.of("đầu tư", "hỏi đáp").matchesText(text)).isEqualTo(matches);
    }
}
