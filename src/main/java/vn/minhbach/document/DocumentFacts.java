package vn.minhbach.document;

import java.time.LocalDate;
import vn.minhbach.text.Period;

/**
 * The facts a document's first page states about itself (checklist "Documents behind the links"): its số ký hiệu,
 * issue date, the period it covers, its issuing body and its title. Each is read from its own place on the page
 * (the header, the place-date line, the title), never from a document cited in the body; a fact not read is null,
 * never guessed.
 *
 * @param number  the số ký hiệu after the header's "Số:" ("210/BC-UBND"; in capitals when the text came out in
 *                lower case), or null
 * @param issued  the date of the place-date line ("Lý Sơn, ngày 14 tháng 10 năm 2026"), or null, as when its day
 *                is left blank
 * @param period  the period the title or subject line names ("9 tháng năm 2026"), or null
 * @param issuer  the issuing body as the header's left column writes it ("UBND HUYỆN LÝ SƠN"), parent body first
 *                when there are two, or null
 * @param title   the kind and trích yếu as one phrase ("Báo cáo tình hình thực hiện dự toán ngân sách 9 tháng năm
 *                2026"), or a letter's "V/v ..." line, or null
 * @param excerpt the title's lines as read, at most 200 characters, or null
 */
public record DocumentFacts(String number, LocalDate issued, Period period, String issuer, String title,
                            String excerpt) {

    /** Nothing read. */
    public static final DocumentFacts NONE = new DocumentFacts(null, null, null, null, null, null);

    /** The facts {@code text} (the text of a document's first pages) states; {@link #NONE} for null or blank text. */
    public static DocumentFacts of(String text) {
        return DocumentFactsReader.read(text);
    }

    /** The facts of a document read to text; {@link #NONE} when it could not be read. */
    public static DocumentFacts of(DocumentText document) {
        return document == null || !document.read() ? NONE : of(document.text());
    }

    /** The period as report.json writes it ("2026-Q3", "2026", "2026-H1", "2026-9M"), or null. */
    public String periodKey() {
        return period == null ? null : period.key();
    }

    /** True when no fact was read. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
