package vn.minhbach.document;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import vn.minhbach.text.LegacyVietnamese;
import vn.minhbach.text.LegacyVietnamese.Encoding;

/**
 * Word 97-2003 (.doc) through POI HWPF, run by run, so that runs in ".Vn" or "VNI-" fonts are converted each by
 * its own encoding. The text stream holds Word's control characters, which are turned into line breaks, tabs or
 * nothing; a field's instruction ("PAGE", "HYPERLINK …") is dropped and its shown result kept.
 */
final class WordDocReader {

    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;
    private static final char OPTIONAL_HYPHEN = 0x1F;

    /** Nesting of the fields open at the current character: whether each is still in its instruction. */
    private final Deque<Boolean> fields = new ArrayDeque<>();
    private final RunText out;

    WordDocReader(RunText out) {
        this.out = out;
    }

    /** Reads {@code body} into {@code out}; the page count its summary information gives, or null. */
    static Integer read(byte[] body, RunText out) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(OfficeReader.ole2(body))) {
            new WordDocReader(out).walk(doc.getRange());
            SummaryInformation summary = doc.getSummaryInformation();
            int pages = summary == null ? 0 : summary.getPageCount();
            return pages > 0 ? pages : null;
        }
    }

    private void walk(Range range) {
        for (int p = 0; p < range.numParagraphs() && !out.full(); p++) {
            Paragraph paragraph = range.getParagraph(p);
            if (paragraph.isTableRowEnd()) {
                out.newline();
                continue;
            }
            for (int r = 0; r < paragraph.numCharacterRuns() && !out.full(); r++) {
                CharacterRun run = paragraph.getCharacterRun(r);
                if (!run.isMarkedDeleted()) {
                    String font = run.getFontName();
                    out.append(clean(run.text(), LegacyVietnamese.ofFont(font) == Encoding.TCVN3), font);
                }
            }
        }
    }

    /**
     * The run's visible text: field instructions and Word's control characters removed or made whitespace. In a
     * TCVN3 run the optional hyphen is kept as 0xAD, TCVN3's "ư": LibreOffice saves that byte as Word's optional
     * hyphen, so a document re-saved by it would otherwise lose every "ư".
     */
    String clean(String raw, boolean tcvn3) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == FIELD_BEGIN) {
                fields.push(Boolean.TRUE);
            } else if (c == FIELD_SEPARATOR) {
                if (!fields.isEmpty()) {
                    fields.pop();
                    fields.push(Boolean.FALSE);
                }
            } else if (c == FIELD_END) {
                fields.poll();
            } else if (!fields.contains(Boolean.TRUE)) {
                appendVisible(text, c == OPTIONAL_HYPHEN && tcvn3 ? '\u00AD' : c);
            }
        }
        return text.toString();
    }

    private static void appendVisible(StringBuilder text, char c) {
        switch (c) {
            // paragraph end, line break, page or section break, column break
            case '\r', 0x0B, 0x0C, 0x0E -> text.append('\n');
            // end of a table cell
            case 0x07 -> text.append('\t');
            // non-breaking hyphen
            case 0x1E -> text.append('-');
            default -> {
                // the other controls stand for pictures, footnote marks, optional hyphens: nothing to read
                if (c >= 0x20 || c == '\t') {
                    text.append(c);
                }
            }
        }
    }
}
