package vn.minhbach.check.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/** Legal documents listed in a table whose header names a number column ("Số/Ký hiệu", "Số hiệu"). */
final class LegalDocTables {

    private static final List<String> NUMBER_COLUMN = Fields.labels("số ký hiệu", "số/ký hiệu", "số hiệu",
            "ký hiệu", "số văn bản", "số vb");
    private static final List<String> DATE_COLUMN = Fields.labels("ngày ban hành", "ban hành", "ngày ký",
            "ngày xác thực", "ngày văn bản", "ngày");
    private static final List<String> SUMMARY_COLUMN = Fields.labels("trích yếu", "trích yếu nội dung",
            "tên văn bản", "nội dung", "tiêu đề");

    private LegalDocTables() {
    }

    static List<LegalDocRow> rows(URI url, Document doc) {
        List<LegalDocRow> out = new ArrayList<>();
        for (HeaderTable table : HeaderTable.find(doc, List.of(NUMBER_COLUMN))) {
            int number = table.column(NUMBER_COLUMN);
            int date = table.column(DATE_COLUMN);
            int summary = table.column(SUMMARY_COLUMN);
            if (date < 0 && summary < 0) {
                continue;
            }
            for (Element tr : table.rows()) {
                row(url, tr, number, date, summary).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Optional<LegalDocRow> row(URI url, Element tr, int number, int date, int summary) {
        String numberText = HeaderTable.text(tr, number);
        if (!Folded.meaningful(numberText)) {
            return Optional.empty();
        }
        LocalDate issued = VietDates.first(HeaderTable.text(tr, date)).orElse(null);
        String abstractText = HeaderTable.text(tr, summary);
        Element linkScope = firstNonNull(HeaderTable.cell(tr, summary), HeaderTable.cell(tr, number), tr);
        URI page = Links.firstPage(url, linkScope).or(() -> Links.firstPage(url, tr)).orElse(null);
        return Optional.of(new LegalDocRow(DocumentNumbers.first(numberText).orElse(numberText), issued,
                abstractText.isEmpty() ? null : abstractText, Links.attachments(url, tr), page));
    }

    private static Element firstNonNull(Element a, Element b, Element c) {
        return a != null ? a : b != null ? b : c;
    }
}
