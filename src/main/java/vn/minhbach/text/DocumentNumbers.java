package vn.minhbach.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese document numbers (số ký hiệu, domain notes §7): a number, an optional year, then the
 * document-type and issuer code, as in "125/KH-UBND", "42/2022/NĐ-CP", "101/2015/QH13", "15/CT-TTg".
 * The code must start with a capital letter, which keeps dates ("01/10/2021"), fractions ("1/2"),
 * phone numbers and units ("50/m2") out.
 */
public final class DocumentNumbers {

    /**
     * Number (optionally with a letter suffix, "12a"), optional four-digit year, then hyphen-joined code
     * segments. Capitals, digits and a trailing lower-case letter ("TTg") may follow the first capital. At most
     * eight segments are read after the first ("KH-UBND-VP" has two): Java matches each repetition of a group
     * one stack frame deeper, and a chain of thousands overflowed the stack.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.-])(\\d{1,5}[a-z]?)/(?:(\\d{4})/)?"
                    + "(\\p{Lu}[\\p{Lu}\\d]*\\p{Ll}?(?:-\\p{Lu}[\\p{Lu}\\d]*\\p{Ll}?){0,8})(?![\\p{L}\\d])");

    private DocumentNumbers() {
    }

    /** Every document number in the text, in order of appearance (repeats included), in normalised form. */
    public static List<String> findAll(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher m = matcher(text);
        while (m != null && m.find()) {
            if (isCode(m.group(3))) {
                numbers.add(m.group());
            }
        }
        return numbers;
    }

    /** The first document number in the text, in normalised form. */
    public static Optional<String> first(String text) {
        Matcher m = matcher(text);
        while (m != null && m.find()) {
            if (isCode(m.group(3))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /** A matcher of {@link #NUMBER} over the normalised text, or null when the text cannot hold a number. */
    private static Matcher matcher(String text) {
        if (text == null || !maySlashNumber(text)) {
            return null;
        }
        return NUMBER.matcher(VietText.normalize(text));
    }

    /**
     * False when no document number can be found in the text, normalised or not: no slash stands between a
     * digit or small letter and a letter or a four-digit year with its slash (dates, "1/2" and "A / B" do
     * not). Normalising only drops invisible chars (format chars, skipped here), composes letters and folds
     * spaces and dashes, so it makes no such slash; most texts of a page are then not normalised at all.
     */
    static boolean maySlashNumber(String text) {
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            int before = skipFormat(text, slash - 1, -1);
            char c = before < 0 ? ' ' : text.charAt(before);
            if (((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) && codeOrYearAfter(text, slash)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a letter, or four digits and a slash, follow the slash at {@code slash}. */
    private static boolean codeOrYearAfter(String text, int slash) {
        int i = skipFormat(text, slash + 1, 1);
        if (i < text.length() && Character.isLetter(text.codePointAt(i))) {
            return true;
        }
        for (int digits = 0; digits < 4; digits++, i = skipFormat(text, i + 1, 1)) {
            if (i >= text.length() || text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return i < text.length() && text.charAt(i) == '/';
    }

    /** The first index from {@code i} on, stepping by {@code step}, of a char that is not a format char. */
    private static int skipFormat(String text, int i, int step) {
        while (i >= 0 && i < text.length() && Character.getType(text.charAt(i)) == Character.FORMAT) {
            i += step;
        }
        return i;
    }

    /** A code has at least two characters and two letters ("QH13", "KH-UBND"), so "3/A" or "1/B2" is not one. */
    private static boolean isCode(String code) {
        int letters = 0;
        for (int i = 0; i < code.length(); i++) {
            if (Character.isLetter(code.charAt(i))) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
