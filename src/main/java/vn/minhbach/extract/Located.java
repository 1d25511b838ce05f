package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.text.PhoneNumber;
import vn.minhbach.text.PhoneNumbers;

/** Phone numbers and e-mail addresses of a text, with where they stand in it. */
final class Located {

    record Phone(PhoneNumber number, int start, int end) {
    }

    record Email(String address, int start, int end) {
    }

    /** Plain and lightly disguised addresses: "abc[at]x.gov.vn", "abc (at) x.gov.vn", "abc[@]x[dot]vn". */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+-]+\\s*(?:@|\\[\\s*(?:at|@)\\s*]|\\(\\s*(?:at|@)\\s*\\))\\s*"
                    + "[A-Za-z0-9-]+(?:(?:\\.|\\[dot]|\\(dot\\))[A-Za-z0-9-]+)*(?:\\.|\\[dot]|\\(dot\\))[A-Za-z]{2,}",
            Pattern.CASE_INSENSITIVE);
    /** What {@link #clean} takes out of an address or writes plainly. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DISGUISED_AT = Pattern.compile("(?i)\\[(?:at|@)]|\\((?:at|@)\\)");
    private static final Pattern DISGUISED_DOT = Pattern.compile("(?i)\\[dot]|\\(dot\\)");
    /** Longest local part and domain of an address (RFC 5321), with room for spaces and a disguised "dot". */
    private static final int MAX_LOCAL_PART = 80;
    private static final int MAX_DOMAIN = 300;
    /** A place of a char not looked for yet, before every place. */
    private static final int NOT_YET = -2;

    private Located() {
    }

    /** The phone numbers of a folded text, whose text is normalised already. */
    static List<Phone> phones(Folded folded) {
        String text = folded.text();
        List<Phone> out = new ArrayList<>();
        int cursor = 0;
        for (PhoneNumber p : PhoneNumbers.findAllNormalized(text)) {
            int at = text.indexOf(p.raw(), cursor);
            if (at < 0) {
                at = text.indexOf(p.raw());
            }
            int start = Math.max(at, 0);
            out.add(new Phone(p, start, start + p.raw().length()));
            cursor = at < 0 ? cursor : start + p.raw().length();
        }
        return List.copyOf(out);
    }

    /**
     * Every address of the text. The pattern runs only around each "@" (or "[at]"), from at most the longest
     * local part before it: over a whole page from every position it cost more than all the rest.
     */
    static List<Email> emails(String text) {
        List<Email> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        int done = 0;
        int[] found = {NOT_YET, NOT_YET, NOT_YET};
        for (int at = nextAtSign(text, 0, found); at >= 0; at = nextAtSign(text, atSignEnd(text, at), found)) {
            if (at < done) {
                continue;
            }
            int end = Math.min(text.length(), atSignEnd(text, at) + MAX_DOMAIN);
            int from = mayStart(text, Math.max(done, at - MAX_LOCAL_PART), end);
            if (from >= 0 && m.region(from, end).find() && m.start() <= at) {
                out.add(new Email(clean(m.group()), m.start(), m.end()));
                done = m.end();
            }
        }
        return List.copyOf(out);
    }

    /**
     * The first index from {@code from} where {@link #EMAIL} may match before {@code to}, or -1: the start of a
     * run of local-part chars followed, after whitespace, by '@', '[' or '('. The pattern's local part takes a
     * whole run and nothing else stands between it and the "@", so no match starts before; the pattern is not
     * tried on every char of the words before an address (it looks behind nothing, so the region's start changes
     * no later match).
     */
    private static int mayStart(String text, int from, int to) {
        int run = -1;
        boolean spaced = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (localPartChar(c)) {
                if (run < 0 || spaced) {
                    run = i;
                    spaced = false;
                }
            } else if (run >= 0 && " \t\n\u000B\f\r".indexOf(c) >= 0) {
                spaced = true;
            } else if (run >= 0 && (c == '@' || c == '[' || c == '(')) {
                return run;
            } else {
                run = -1;
            }
        }
        return -1;
    }

    /** A char of {@link #EMAIL}'s local part, [A-Za-z0-9._%+-]. */
    private static boolean localPartChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._%+-".indexOf(c) >= 0;
    }

    /**
     * Where the next "@", "[at]" or "(at)" begins ("at" in any case, spaces inside the brackets), or -1: what
     * every address the pattern reads contains, found without the pattern. {@code found} keeps the next '@', '['
     * and '(' from one call to the next ({@code from} only grows): each char is looked for once over the text,
     * not again after each address.
     */
    private static int nextAtSign(String text, int from, int[] found) {
        while (true) {
            int at = next(text, '@', 0, from, found);
            int square = next(text, '[', 1, from, found);
            int round = next(text, '(', 2, from, found);
            int bracket = square < 0 ? round : round < 0 ? square : Math.min(square, round);
            if (bracket < 0 || (at >= 0 && at < bracket)) {
                return at;
            }
            if (atSignEnd(text, bracket) > bracket) {
                return bracket;
            }
            from = bracket + 1;
        }
    }

    /** Where {@code c} next stands from {@code from}, or -1: {@code found[k]} when it is still ahead or none is. */
    private static int next(String text, char c, int k, int from, int[] found) {
        if (found[k] != -1 && found[k] < from) {
            found[k] = text.indexOf(c, from);
        }
        return found[k];
    }

    /** The end of the "@", "[at]" or "(at)" that begins at {@code i}, or -1 when none does. */
    private static int atSignEnd(String text, int i) {
        if (text.charAt(i) == '@') {
            return i + 1;
        }
        int k = spaces(text, i + 1);
        if (k + 1 >= text.length() || (text.charAt(k) | 0x20) != 'a' || (text.charAt(k + 1) | 0x20) != 't') {
            return -1;
        }
        k = spaces(text, k + 2);
        return k < text.length() && (text.charAt(k) == ']' || text.charAt(k) == ')') ? k + 1 : -1;
    }

    /** The first index from {@code i} that is not a space the pattern allows there. */
    private static int spaces(String text, int i) {
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    static String clean(String address) {
        String s = SPACES.matcher(address).replaceAll("");
        s = DISGUISED_AT.matcher(s).replaceAll("@");
        return DISGUISED_DOT.matcher(s).replaceAll(".").toLowerCase(Locale.ROOT);
    }

    /** One number per distinct digit string, first spelling kept. */
    static List<PhoneNumber> distinct(List<PhoneNumber> numbers) {
        Map<String, PhoneNumber> byDigits = new LinkedHashMap<>();
        numbers.forEach(n -> byDigits.putIfAbsent(n.digits(), n));
        return List.copyOf(byDigits.values());
    }
}
