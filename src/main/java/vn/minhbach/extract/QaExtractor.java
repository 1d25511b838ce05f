package vn.minhbach.extract;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Reads questions and their answers off Q&amp;A list and detail pages (plan 125/KH-UBND IV.5; NĐ 43/2011 Đ10i,
 * Đ15) for items {@code qa.section} and {@code qa.response-time}.
 */
public final class QaExtractor {

    static final List<String> ASKED = Fields.labels("ngày hỏi", "ngày gửi", "ngày đặt câu hỏi", "ngày gửi câu hỏi",
            "ngày đặt", "thời gian hỏi", "thời gian gửi", "ngày tạo", "hỏi ngày", "gửi ngày", "ngày nhận",
            "asked", "asked on", "date asked", "question date", "submitted on", "date submitted");
    static final List<String> ANSWERED = Fields.labels("ngày trả lời", "ngày phản hồi", "đã trả lời ngày",
            "trả lời ngày", "thời gian trả lời", "ngày giải đáp", "ngày xử lý", "ngày phúc đáp",
            "answered", "answered on", "answer date", "date answered", "replied on", "reply date");
    static final List<String> ANSWER = Fields.labels("trả lời", "nội dung trả lời", "phản hồi", "ý kiến trả lời",
            "giải đáp", "nội dung giải đáp", "trả lời của", "kết quả trả lời", "đáp");
    static final List<String> QUESTION = Fields.labels("câu hỏi", "nội dung câu hỏi", "hỏi", "tiêu đề",
            "nội dung hỏi");

    private QaExtractor() {
    }

    /**
     * Answered questions of a Q&amp;A list or detail page, in page order (docs/extraction.md "Questions and
     * answers"). A table with a question column and answered-date or status columns wins; else blocks around
     * labels ("Ngày hỏi", "Ngày gửi", "Câu hỏi" with a date; answers through "Ngày trả lời", "Trả lời", "Đã trả
     * lời ngày"); else pairs found through their answer marker without any question label (a bold "Trả lời"
     * between the asker's line "Tên (04/08/2016 08:32)" and the answerer's). A question is returned only when
     * an answer text or an answer date is present; unanswered ones are left out, and a page whose
     * questions carry asked-date labels is read through them only.
     */
    public static List<QaPair> extract(URI url, Document doc) {
        List<QaPair> table = QaTables.pairs(url, doc);
        if (!table.isEmpty()) {
            return table;
        }
        List<QaPair> labelled = QaBlocks.pairs(url, doc);
        // a question whose asked date is labelled but whose answer fields are empty is unanswered: the answer
        // markers ("Nội dung trả lời", "Đơn vị trả lời" over empty cells) must not read it as answered
        return labelled.isEmpty() && !QaBlocks.dated(doc) ? QaMarkers.pairs(url, doc) : labelled;
    }
}
