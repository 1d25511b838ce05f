package vn.minhbach.check.extract;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;
import vn.minhbach.text.DocumentNumbers;

/**
 * Reads legal documents (văn bản) off a page of any portal for checklist item {@code legal.documents}
 * (plan 125/KH-UBND IV.2; NĐ 43/2011 Đ10e; NĐ 42/2022 Đ4): number, issue date, abstract and files.
 */
public final class LegalDocExtractor {

    static final List<String> NUMBER = Fields.labels("số ký hiệu", "số/ký hiệu", "số, ký hiệu", "số hiệu",
            "ký hiệu", "số văn bản", "số hiệu văn bản");
    static final List<String> ISSUED = Fields.labels("ngày ban hành", "ngày ký", "ngày xác thực", "ngày văn bản");
    static final List<String> SUMMARY = Fields.labels("trích yếu", "trích yếu nội dung", "tên văn bản", "nội dung",
            "tiêu đề");
    static final List<String> FILES = Fields.labels("tải về", "file đính kèm", "tệp đính kèm", "đính kèm",
            "tập tin", "file", "tệp tin", "download", "văn bản điện tử");

    private LegalDocExtractor() {
    }

    /**
     * Rows of a list table (headers such as "Số/Ký hiệu", "Ngày ban hành", "Trích yếu", "Tải về"), of a list
     * of items (ul &gt; li with a title link, a number, "Ngày ban hành"/"Ngày xác thực" dates and
     * {@code javascript:downloadfile('name','/path')} attachments), or the single row of a document's
     * property page ("Số ký hiệu", "Ngày ban hành", "Trích yếu" label/value table). Files are resolved
     * against {@code url}. Empty when the page lists no document.
     */
    public static List<LegalDocRow> extract(URI url, Document doc) {
        // Every layout names its documents by number: a page that shows none, and no number label either,
        // lists no document.
        Folded text = PageMemo.of(doc.body()).text();
        boolean numbered = text.text().indexOf('/') >= 0 && DocumentNumbers.first(text.text()).isPresent();
        if (!numbered && LegalDocColumns.NUMBER.stream().noneMatch(text.key()::contains)) {
            return List.of();
        }
        var single = LegalDocProperties.row(url, doc);
        if (single.isPresent()) {
            return List.of(single.get());
        }
        List<LegalDocRow> table = LegalDocTables.rows(url, doc);
        return table.isEmpty() ? LegalDocItems.rows(url, doc) : table;
    }
}
