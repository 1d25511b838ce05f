package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelAutomatonTest {
    /** Labels that overlap, share prefixes and suffixes, and one whose folded form keeps a non-ASCII char. */
    private static final List<String> LABELS = Fields.labels("trả lời", "ngày trả lời", "lời", "đáp", "hỏi đáp",
            "câu hỏi", "hỏi", "số ký hiệu", "ký hiệu", "ngày ban hành", "ß-label");
    private static final List<String> TEXTS = List.of("", "Hỏi – đáp về pháp luật", "Ngày trả lời: 15/09/2016",
            "Số/Ký hiệu 12/2024/QĐ-UBND", "câu hỏ", "thời gian trả lờ", "lời đáp", "ß-label nằm giữa câu",
            "Trang chủ / Tin tức - Sự kiện", "hhhỏi", "ngày ban hành ngày ban hành");

    @Test
    void answersAsContainsOnTheFoldedText() {
        for (String text : TEXTS) {
            String key = Folded.of(text).key();
            LabelAutomaton.Found found = LabelAutomaton.scan(key);
            for (String label : LABELS) {
                assertThat(found.contains(label)).as("%s in %s", label, key).isEqualTo(key.contains(label));
            }
        }
    }

    @Test
    void aLabelRegisteredAfterAPageWasScannedIsFoundOnTheNextPage() {
        String key = Folded.of("Thời hạn giải quyết: 15 ngày làm việc").key();
        LabelAutomaton.Found before = LabelAutomaton.scan(key);
        List<String> added = Fields.labels("thời hạn giải quyết (mới)", "ngày làm việc");

        assertThat(before.contains(added.get(1))).isTrue();
        assertThat(LabelAutomaton.scan(key).contains(added.get(1))).isTrue();
        assertThat(LabelAutomaton.scan(key).contains(added.get(0))).isFalse();
    }
}
