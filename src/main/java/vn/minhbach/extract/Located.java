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

    /** What every address the pattern reads contains: a cheap test that spares the pattern most texts. */
    private static final Pattern AT_SIGN = Pattern.compile("@|[\\[(]\\s*at\\s*[\\])]", Pattern.CASE_INSENSITIVE);

    /** Longest local part and domain of an address (RFC 5321), with room for spaces and a disguised "dot". */
    private static final int MAX_LOCAL_PART = 80;
    private static final int MAX_DOMAIN = 300;

    private Located() {
    }

    static List<Phone> phones(String text) {
        List<Phone> out = new ArrayList<>();
        int cursor = 0;
        for (PhoneNumber p : PhoneNumbers.findAll(text)) {
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
        Matcher at = AT_SIGN.matcher(text);
        Matcher m = EMAIL.matcher(text);
        int done = 0;
        while (at.find()) {
            if (at.start() < done) {
                continue;
            }
            m.region(Math.max(done, at.start() - MAX_LOCAL_PART), Math.min(text.length(), at.end() + MAX_DOMAIN));
            if (m.find() && m.start() <= at.start()) {
                out.add(new Email(clean(m.group()), m.start(), m.end()));
                done = m.end();
            }
        }
        return List.copyOf(out);
    }

    static String clean(String address) {
        return address.replaceAll("\\s+", "")
                .replaceAll("(?i)\\[(?:at|@)]|\\((?:at|@)\\)", "@")
                .replaceAll("(?i)\\[dot]|\\(dot\\)", ".")
                .toLowerCase(Locale.ROOT);
    }

    /** One number per distinct digit string, first spelling kept. */
    static List<PhoneNumber> distinct(List<PhoneNumber> numbers) {
        Map<String, PhoneNumber> byDigits = new LinkedHashMap<>();
        numbers.forEach(n -> byDigits.putIfAbsent(n.digits(), n));
        return List.copyOf(byDigits.values());
    }
}
