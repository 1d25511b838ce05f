package vn.minhbach.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link DocumentFacts} from the text of a document's first pages. The page is laid out as NĐ 30/2020/NĐ-CP
 * prescribes: a header (issuer and number on the left, motto and place-date on the right), then the kind heading
 * and trích yếu, then the body. The title is found first, as the first kind heading above the body; everything above
 * it is the header. A letter has no heading: its header runs to the body ("Kính gửi:") and its subject is the "V/v"
 * line. Network-free and stateless.
 */
public final class DocumentFactsReader {

    /** Enough for any header and title; the body below is never read. */
    private static final int MAX_LINES = 60;
    /** Where no heading is found, a header is no longer than this. */
    private static final int MAX_HEADER_LINES = 15;
    /** A heading further down than this is a heading in the body. */
    private static final int MAX_HEADING_LINE = 30;
    private static final int HEADER_LOOKAHEAD = 3;
    /** The lines that open a body: nothing above the title starts so. */
    private static final Pattern BODY = Pattern.compile("^(?:can cu|kinh gui|thuc hien|theo de nghi|xet de nghi"
            + "|xet to trinh|dieu \\d|(?:\\d+|[ivx]+)[.)]\\s)");

    private DocumentFactsReader() {
    }

    /** The facts {@code text} states; {@link DocumentFacts#NONE} for null or blank text. */
    public static DocumentFacts read(String text) {
        List<TextLine> lines = TextLine.split(text, MAX_LINES);
        if (lines.isEmpty()) {
            return DocumentFacts.NONE;
        }
        int body = bodyStart(lines);
        int heading = headingAt(lines, Math.min(body, MAX_HEADING_LINE));
        List<TextLine> header = lines.subList(0, heading >= 0 ? heading : Math.min(body, MAX_HEADER_LINES));
        DocumentTitle title = heading >= 0 ? DocumentTitle.under(lines, heading) : subjectLine(header);
        return new DocumentFacts(
                DocumentHeader.number(header),
                DocumentHeader.issued(header),
                title == null ? null : TitlePeriod.of(title.text()),
                DocumentHeader.issuer(header),
                title == null ? null : title.text(),
                title == null ? null : title.excerpt());
    }

    private static int bodyStart(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (BODY.matcher(lines.get(i).folded()).find()) {
                return i;
            }
        }
        return lines.size();
    }

    private static int headingAt(List<TextLine> lines, int before) {
        for (int i = 0; i < before; i++) {
            if (DocumentTitle.heading(lines.get(i)) != null && !headerBelow(lines, i + 1, before)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a header fact follows within a few lines: then what looked like a heading is part of the header, as
     * "KẾ HOẠCH" is when "PHÒNG TÀI CHÍNH - KẾ HOẠCH" wraps.
     */
    private static boolean headerBelow(List<TextLine> lines, int from, int before) {
        for (int i = from; i < Math.min(before, from + HEADER_LOOKAHEAD); i++) {
            if (DocumentHeader.isHeaderLine(lines.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static DocumentTitle subjectLine(List<TextLine> header) {
        for (int i = 0; i < header.size(); i++) {
            Matcher label = DocumentHeader.subject(header.get(i));
            if (label != null) {
                return DocumentTitle.subjectLine(header, i, label.end());
            }
        }
        return null;
    }
}
