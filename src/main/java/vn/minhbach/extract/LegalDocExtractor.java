package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/**
 * Reads legal documents (văn bản) off a page of any portal for checklist item {@code legal.documents}
 * (plan 125/KH-UBND IV.2; NĐ 43/2011 Đ10e; NĐ 42/2022 Đ4): number, issue date, abstract and files.
 */
public final class LegalDocExtractor {

    /** Number labels, with the abbreviations portals put in narrow columns and lists ("Số KH", "Số VB"). */
    static final List<String> NUMBER = Fields.labels("số ký hiệu", "số/ký hiệu", "số, ký hiệu", "số hiệu",
            "ký hiệu", "số văn bản", "số hiệu văn bản", "số kh", "số/kh", "số vb");
    /**
     * Issue-date labels, with their abbreviations ("Ngày BH", "Ngày VB"). "Ban hành" alone also names the
     * date (NukeViet's column, Liferay's "Ban hành: 05/03/2026"), but only where it reads as a field's name:
     * "Ban hành kèm theo Quyết định số …" opens a sentence.
     */
    static final List<String> ISSUED = Fields.labels("ngày ban hành", "ngày ký", "ngày xác thực", "ngày văn bản",
            "ngày bh", "ngày vb", "ngày ký ban hành");
    private static final List<String> ISSUED_BARE = Fields.labels("ban hành");
    static final List<String> SUMMARY = Fields.labels("trích yếu", "trích yếu nội dung", "tên văn bản", "nội dung",
            "tiêu đề");
    static final List<String> FILES = Fields.labels("tải về", "file đính kèm", "tệp đính kèm", "đính kèm",
            "tập tin", "file", "tệp tin", "download", "văn bản điện tử");

    private LegalDocExtractor() {
    }

    /**
     * The first date given under an issue-date label inside {@code scope}, labels tried longest first; a
     * label that belongs to a document the page only cites ({@link NestedDocs#foreign}) is skipped.
     */
    static Optional<LocalDate> labelledIssued(Element scope, String number) {
        for (String label : ISSUED) {
            Optional<LocalDate> date = dated(Fields.all(scope, List.of(label)), number);
            if (date.isPresent()) {
                return date;
            }
        }
        return dated(Fields.labelLike(scope, ISSUED_BARE), number);
    }

    private static Optional<LocalDate> dated(List<Fields.Field> fields, String number) {
        for (Fields.Field f : fields) {
            Optional<LocalDate> date = VietDates.first(f.value());
            if (date.isPresent() && (number == null || !NestedDocs.foreign(f.label(), number))) {
                return date;
            }
        }
        return Optional.empty();
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
        PageMemo page = PageMemo.of(doc.body());
        Folded text = page.text();
        // the labels first: one lookup each, where a number is looked for with a pattern over the whole text
        if (LegalDocColumns.NUMBER.stream().noneMatch(page.labels()::contains)
                && !(text.text().indexOf('/') >= 0 && DocumentNumbers.first(text.text()).isPresent())) {
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
