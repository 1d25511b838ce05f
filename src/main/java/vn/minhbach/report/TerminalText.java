package vn.minhbach.report;

import java.text.Normalizer;

/**
 * Column arithmetic for text on a terminal. Vietnamese letters have precomposed forms, so after NFC each
 * code point takes one column; counting chars instead would miscount text that arrives decomposed (NFD)
 * or holds characters outside the BMP.
 */
final class TerminalText {

    static final String ELLIPSIS = "…";

    private TerminalText() {
    }

    /** NFC, with line breaks, tabs and other control characters turned into single spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Cut to at most {@code max} columns, ending with an ellipsis when something was cut. */
    static String truncate(String text, int max) {
        if (width(text) <= max) {
            return text;
        }
        if (max <= 0) {
            return "";
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    static String pad(String text, int columns) {
        int missing = columns - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }
}
