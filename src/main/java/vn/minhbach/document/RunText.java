package vn.minhbach.document;

import java.util.EnumMap;
import java.util.Map;
import vn.minhbach.text.LegacyVietnamese;
import vn.minhbach.text.LegacyVietnamese.Encoding;

/**
 * The text of a Word, Excel or ODF document as its readers walk it: runs with their fonts (a ".VnTime" or
 * "VNI-Times" run is converted to Unicode as it comes), paragraph and row breaks as line breaks, cells apart by
 * tabs. It stops taking text at {@code cap} characters: the facts are on the first pages.
 */
final class RunText {

    private final StringBuilder text = new StringBuilder();
    private final int cap;
    private final Map<Encoding, Integer> converted = new EnumMap<>(Encoding.class);

    RunText(int cap) {
        this.cap = cap;
    }

    /** Adds a run in {@code font} (null when the document names none). */
    void append(String run, String font) {
        if (run == null || run.isEmpty() || full()) {
            return;
        }
        String unicode = LegacyVietnamese.fromFontRun(run, font);
        if (!unicode.equals(run)) {
            converted.merge(LegacyVietnamese.ofFont(font), run.length(), Integer::sum);
            run = unicode;
        }
        text.append(run, 0, Math.min(run.length(), cap - text.length()));
    }

    /** Ends a paragraph, a row or a line. */
    void newline() {
        if (!full()) {
            text.append('\n');
        }
    }

    /** Ends a cell: the next one on the same row follows after a tab, unless the cell ended on a line break. */
    void cell() {
        if (!full() && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\t');
        }
    }

    boolean full() {
        return text.length() >= cap;
    }

    /** The legacy encoding most of the font-converted text was in, or UNICODE when no run was converted. */
    Encoding runsEncoding() {
        return converted.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElse(Encoding.UNICODE);
    }

    /** The text so far: each line trimmed of trailing spaces and tabs, at most one empty line in a row. */
    String text() {
        StringBuilder out = new StringBuilder(text.length());
        int blank = 0;
        for (String line : text.toString().split("\n", -1)) {
            String trimmed = line.stripTrailing();
            blank = trimmed.isEmpty() ? blank + 1 : 0;
            if (blank < 2) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString().strip();
    }
}
