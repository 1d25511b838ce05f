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
        String s = VietText.normalize(text);
        if (s.indexOf('/') < 0) {
            return List.of();
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            if (isCode(m.group(3))) {
                numbers.add(m.group());
            }
        }
        return numbers;
    }

    public static Optional<String> first(String text) {
        List<String> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
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
