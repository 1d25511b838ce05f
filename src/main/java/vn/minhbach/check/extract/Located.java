package vn.minhbach.check.extract;

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

    static List<Email> emails(String text) {
        List<Email> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Email(clean(m.group()), m.start(), m.end()));
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
