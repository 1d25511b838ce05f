package vn.minhbach.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/**
 * The issue date of one document read from the prose of its row, when the row has no date cell or date
 * label of its own. A date written right after a document number is that document's ("Quyết định số
 * 37/2026/QĐ-UBND ngày 13/7/2026 bãi bỏ Quyết định số 90/2025/QĐ-UBND ngày 24/8/2025": 13/7/2026 is the
 * row's, 24/8/2025 the repealed decision's), and an effective date ("có hiệu lực từ ngày …") is no issue date.
 * The same holds for a post's row: a date cited with a document is not the date of the post.
 */
public final class RowDates {

    /** A date as the prose writes it, on the folded key: d/m/yyyy (any separator) or "d tháng m năm yyyy". */
    private static final String DATE = "(?:\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}"
            + "|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})";
    /** What joins a number to its own date: "ngày", ", ban hành ngày", "ký ngày", or nothing. */
    private static final Pattern AFTER_NUMBER = Pattern.compile(
            "\\s*,?\\s*(?:(?:ban hanh|ky)\\s+)?(?:ngay)?\\s*(" + DATE + ")");
    private static final Pattern EFFECTIVE = Pattern.compile(
            "(?:het\\s+)?hieu luc(?:\\s+thi hanh)?(?:\\s+(?:ke\\s+)?tu)?(?:\\s+ngay)?\\s*:?\\s*(" + DATE + ")");

    private RowDates() {
    }

    /**
     * The date right after the row's own number, else the first date of the text that is neither another
     * document's nor an effective date; null when none is left. Without an own number (null), every
     * document the text cites is another one.
     */
    public static LocalDate issued(String raw, String ownNumber) {
        Folded f = Folded.of(raw);
        String text = f.text();
        String key = f.key();
        char[] masked = text.toCharArray();
        String own = ownNumber == null ? null : NestedDocs.canonical(ownNumber);
        int from = 0;
        List<String> numbers = text.indexOf('/') < 0 ? List.of() : DocumentNumbers.findAll(text);
        for (String number : numbers) {
            int at = text.indexOf(number, from);
            if (at < 0) {
                continue;
            }
            from = at + number.length();
            Matcher m = AFTER_NUMBER.matcher(key).region(from, key.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (NestedDocs.canonical(number).equals(own)) {
                Optional<LocalDate> date = VietDates.first(text.substring(m.start(1), m.end(1)));
                if (date.isPresent()) {
                    return date.get();
                }
            } else {
                blank(masked, m.start(1), m.end(1));
            }
        }
        Matcher effective = EFFECTIVE.matcher(key);
        while (effective.find()) {
            blank(masked, effective.start(1), effective.end(1));
        }
        return VietDates.first(new String(masked)).orElse(null);
    }

    private static void blank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            text[i] = ' ';
        }
    }
}
