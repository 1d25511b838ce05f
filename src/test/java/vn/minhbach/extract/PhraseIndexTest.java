package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static final List<String> PHRASES = Stream.of("văn bản", "văn bản quy phạm pháp luật", "hỏi - đáp",
            "1022", "kế hoạch sử dụng đất", "TTHC", "đầu tư").map(Keys::of).toList();
    private final PhraseIndex index = new PhraseIndex(PHRASES);

    @Test
    void findsWhatAScanOfEveryPhraseFinds() {
        for (String text : List.of("Văn bản", "VĂN BẢN QPPL", "Hệ thống văn bản mới", "văn", "bản văn", "vănbản",
                "Hỏi – Đáp", "HỎI-ĐÁP trực tuyến", "hỏi đáp", "Gọi 1022", "10222", "Số 1022/QĐ-UBND",
                "Kế hoạch sử dụng", "kế hoạch sử dụng đất năm 2026", "Thủ tục hành chính (TTHC)", "TTHCs",
                "Đầu tư công", "", "   ", "Trang chủ", "đầu")) {
            String key = Keys.of(text);
            assertThat(index.anyIn(key)).as(text).isEqualTo(PHRASES.stream().anyMatch(key::contains));
        }
    }

    @Test
    void agreesWithTheTopicsOnLinkTexts() {
        assertThat(Vocabulary.anyTopic(Keys.of("Văn bản chỉ đạo điều hành"))).isTrue();
        assertThat(Vocabulary.anyTopic(Keys.of("Hỏi đáp pháp luật"))).isTrue();
        assertThat(Vocabulary.anyTopic(Keys.of("Thời tiết hôm nay"))).isFalse();
        assertThat(Vocabulary.anyTopic(Keys.of("Trang chủ"))).isFalse();
    }
}
