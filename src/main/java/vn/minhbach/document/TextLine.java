package vn.minhbach.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.text.VietText;

/**
 * One line of a document's text, normalised, with its {@link VietText#fold folded} form of the same length, so
 * that a place found by matching the folded form (case- and diacritic-insensitive, as text converted from TCVN3
 * upper-case fonts and OCR need) cuts the same span out of the text as read.
 *
 * @param text   the line, {@link VietText#normalize normalised}
 * @param folded the line folded, char for char
 */
record TextLine(String text, String folded) {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\f\\u2028\\u2029\\u000B]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    TextLine {
        if (text.length() != folded.length()) {
            throw new IllegalArgumentException("folded form not aligned: " + text);
        }
    }

    static TextLine of(String raw) {
        String text = VietText.normalize(raw);
        String folded = VietText.fold(text);
        if (folded.length() != text.length()) {
            // a combining mark NFC could not compose is the only char folding drops; without it (and the space
            // it may leave doubled, "a \u0301 b") the two align
            text = VietText.normalize(MARKS.matcher(text).replaceAll(""));
            folded = VietText.fold(text);
        }
        return new TextLine(text, folded);
    }

    /** The non-blank lines of {@code text}, at most {@code max} of them. */
    static List<TextLine> split(String text, int max) {
        List<TextLine> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String raw : LINE_BREAKS.split(text)) {
            TextLine line = of(raw);
            if (!line.text().isEmpty()) {
                lines.add(line);
                if (lines.size() == max) {
                    break;
                }
            }
        }
        return lines;
    }

    /** The text as read between two offsets, trimmed. */
    String cut(int start, int end) {
        return text.substring(start, end).strip();
    }

    /** True when the line has a letter or a digit (a rule "------" or "***" has none). */
    boolean hasWords() {
        for (int i = 0; i < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
