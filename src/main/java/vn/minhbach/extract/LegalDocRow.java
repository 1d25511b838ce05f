package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * One legal document as a list or property page shows it (checklist item {@code legal.documents}): its number
 * (số ký hiệu), issue date, abstract (trích yếu), attached files and the page that shows it. Any of number,
 * issued, summary and url may be null when the page does not show it.
 */
public record LegalDocRow(String number, LocalDate issued, String summary, List<URI> files, URI url) {

    public LegalDocRow {
        files = List.copyOf(files);
    }
}
