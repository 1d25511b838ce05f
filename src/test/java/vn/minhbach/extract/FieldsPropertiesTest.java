package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.TextNode;
import vn.minhbach.text.TextArbitraries;

/**
 * {@link Fields#mayBegin} tells from a text's raw chars that no label begins it, so that most texts of a page are
 * not folded: it may only say so when the folded start says the same.
 */
class FieldsPropertiesTest {
    private static final List<List<String>> LABELS = List.of(QaExtractor.QUESTION, ProcedureLabels.ALL,
            Fields.labels("trả lời", "đáp", "answer", "nội dung trả lời"));

    @Property(tries = 3000)
    void rejectsOnlyTextsThatStartLikeNoLabel(@ForAll("texts") String raw) {
        for (List<String> labels : LABELS) {
            if (!Fields.mayBegin(raw, labels)) {
                assertThat(Fields.Start.of(new TextNode(raw)).startsLike(labels)).as("%s for %s", raw, labels)
                        .isFalse();
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of("Hỏi", "hỏi", "Ho\u0309i", "HỎI", "Hỏi đáp", "Câu hỏi:", "câu",
                "Ca\u0302u ho\u0309i", "Trả lời", "đáp", "Đáp", "d\u0300ap", "Tên thủ tục", "Mức độ", "Lệ phí",
                "answer", "Answers", "1.", "iv)", "b)", "IV.", "-", "•", "» ", " ", "\u00a0", "\u200b", "\u00ad", ":",
                "(", "2024", "x", "i", "v", "ho", "hoi", "hỏ", "tra", "trả", "lo\u0300i", "Thủ tục hành chính",
                "Nội dung câu hỏi", "tiêu đề", "Tiêu đề", "\n", "\t", "a".repeat(90), "Hỏi ".repeat(30));
        Arbitrary<String> built = pieces.list().ofMaxSize(8).map(p -> String.join("", p));
        return Arbitraries.oneOf(built, built, TextArbitraries.texts());
    }
}
