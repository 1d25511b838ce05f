package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.VietDates;

/** Questions listed in a table with a question column and date or status columns. */
final class QaTables {

    private static final List<String> QUESTION_COLUMN = Fields.labels("câu hỏi", "nội dung câu hỏi", "tiêu đề",
            "nội dung", "tên câu hỏi");
    private static final List<String> STATUS_COLUMN = Fields.labels("tình trạng", "trạng thái");
    private static final List<String> ANSWERED_STATUS = List.of("da tra loi", "da phan hoi", "da giai dap",
            "hoan thanh", "da xu ly");

    private QaTables() {
    }

    static List<QaPair> pairs(URI url, Document doc) {
        if (!PageMemo.of(doc).has("table")) {
            return List.of();
        }
        List<QaPair> out = new ArrayList<>();
        for (HeaderTable table : HeaderTable.find(doc, List.of(QUESTION_COLUMN))) {
            int question = table.column(QUESTION_COLUMN);
            int asked = table.column(QaExtractor.ASKED);
            int answered = table.column(QaExtractor.ANSWERED);
            int status = table.column(STATUS_COLUMN);
            if (answered < 0 && status < 0) {
                continue;
            }
            for (Element tr : table.rows()) {
                String text = question(tr, question);
                LocalDate answerDate = VietDates.first(HeaderTable.text(tr, answered)).orElse(null);
                boolean done = answerDate != null
                        || Folded.of(HeaderTable.text(tr, status)).containsAny(ANSWERED_STATUS);
                if (Folded.meaningful(text) && done) {
                    out.add(new QaPair(text, VietDates.first(HeaderTable.text(tr, asked)).orElse(null), answerDate,
                            Links.firstPage(url, tr).orElse(url)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The question's own text: the link of its cell when the cell links to it, not the asker's name or the
     * status printed under the link (Domino views: {@code <a>question</a><br><i>asker</i>}).
     */
    private static String question(Element tr, int column) {
        Element cell = HeaderTable.cell(tr, column);
        Element link = cell == null ? null : cell.selectFirst(Css.of("a[href]"));
        return link != null && QaLines.questionLike(link.text()) ? Folded.of(link.text()).text() : HeaderTable.text(tr, column);
    }
}
