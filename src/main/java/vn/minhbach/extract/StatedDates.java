package vn.minhbach.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import vn.minhbach.text.VietDates;

/**
 * Which dates of a line a reader takes as the line's own date, as opposed to dates cited in running text
 * (docs/extraction.md "Dates"). A date is stated when it stands in parentheses after a name ("Nguyễn Văn A
 * (04/08/2016 08:32)"), ends its line (with at most a time after it), follows a short label anywhere in the
 * line ("... - Ngày hỏi: 04/08/2016", "Posted on 5/3/2026"), or is most of a short line. A date introduced by
 * "cập nhật", "updated", "modified", "hiệu lực", "hôm nay" or "today" is never a publication date (checklist
 * "Small rules"), and a date in the middle of a sentence ("theo Quyết định ngày 12/3/2015, ...") is not stated.
 */
public final class StatedDates {

    /** What introduces a date that is not when something was published or answered. */
    private static final List<String> NOT_PUBLISHED = List.of("cap nhat", "updated", "update", "modified",
            "sua doi", "chinh sua", "hieu luc", "het han", "hom nay", "today", "expires", "effective");
    /** Times, weekdays, a time zone and closing punctuation that may follow a line's own date. */
    private static final Pattern LINE_END = Pattern.compile(
            "[\\s,|)\\]-]*(?:(?:luc\\s*|at\\s*)?\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*(?:am|pm|sa|ch)?)?"
                    + "[\\s.,|)\\]]*(?:\\(?gmt[^)]*\\)?)?[\\s.)\\]]*");
    /** A time or separator between an opening parenthesis and the date: "(08:32 04/08/2016)". */
    private static final Pattern BEFORE_IN_PARENS = Pattern.compile(
            "\\(\\s*(?:\\d{1,2}[:h]\\d{2}(?::\\d{2})?\\s*(?:am|pm)?\\s*[-,]?\\s*)?$");
    /** A short label right before the date: "Ngày hỏi:", "Date:", "Đăng lúc 08:30 -". */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?:^|[|;,.\\-(]|\\s)\\p{L}[\\p{L}\\s/]{0,30}[:：]\\s*(?:\\d{1,2}[:h]\\d{2}\\s*[-,]?\\s*)?$");
    /** Date words that introduce a date without a colon ("Posted on 5/3/2026", "Đăng ngày 5/3/2026"). */
    private static final Pattern WORD_BEFORE = Pattern.compile(
            "(?:^|\\s)(?:dang ngay|dang luc|gui ngay|gui luc|hoi ngay|hoi luc|tra loi ngay|tra loi luc|xuat ban"
                    + "|posted on|posted|published on|published|publish date|asked on|asked|answered on|answered"
                    + "|replied on|replied|date)\\s*(?:\\d{1,2}[:h]\\d{2}\\s*[-,]?\\s*)?$");
    /** A line no longer than this that holds a date is a date line ("Nguyễn Văn A - 04/08/2016"). */
    private static final int SHORT_LINE = 60;
    private static final int LEAD = 40;
    /** A line that ends with its date is a signature or a date line only when it is no longer than this. */
    private static final int DATE_LINE = 160;

    private StatedDates() {
    }

    /** The last stated publication date of the line, or null. */
    public static LocalDate last(Folded line) {
        List<VietDates.Stamp> stamps = VietDates.stamps(line.text());
        for (int i = stamps.size() - 1; i >= 0; i--) {
            if (stated(line.key(), stamps, i)) {
                return stamps.get(i).date();
            }
        }
        return null;
    }

    /** {@link #last} of a raw text. */
    public static LocalDate last(String text) {
        return last(Folded.of(text));
    }

    /**
     * The first date of the text that is not introduced by "cập nhật", "updated", "hiệu lực", "hôm nay" and
     * the like, or null: "Ngày đăng: 01/03/2026 | Cập nhật: 05/03/2026" and "Cập nhật: 05/03/2026 - Ngày đăng:
     * 01/03/2026" both give 01/03/2026.
     */
    public static LocalDate firstPublished(String text) {
        Folded line = Folded.of(text);
        List<VietDates.Stamp> stamps = VietDates.stamps(line.text());
        for (int i = 0; i < stamps.size(); i++) {
            if (!notPublished(line.key(), stamps, i)) {
                return stamps.get(i).date();
            }
        }
        return null;
    }

    /** Whether the date at {@code i} is introduced by words that say it is not a publication date. */
    public static boolean notPublished(String key, List<VietDates.Stamp> stamps, int i) {
        return Folded.of(lead(key, stamps, i)).containsAny(NOT_PUBLISHED);
    }

    private static boolean stated(String key, List<VietDates.Stamp> stamps, int i) {
        VietDates.Stamp stamp = stamps.get(i);
        if (notPublished(key, stamps, i)) {
            return false;
        }
        String lead = lead(key, stamps, i);
        int next = i + 1 < stamps.size() ? stamps.get(i + 1).start() : key.length();
        String after = key.substring(stamp.end(), next);
        return BEFORE_IN_PARENS.matcher(lead).find()
                || (next == key.length() && key.length() <= DATE_LINE && LINE_END.matcher(after).matches())
                || LABEL_BEFORE.matcher(lead).find() || WORD_BEFORE.matcher(lead).find()
                || key.length() <= SHORT_LINE;
    }

    /** The words before the date, back to the previous date or at most {@link #LEAD} chars. */
    private static String lead(String key, List<VietDates.Stamp> stamps, int i) {
        int from = i > 0 ? stamps.get(i - 1).end() : 0;
        int start = stamps.get(i).start();
        return key.substring(Math.max(from, start - LEAD), start);
    }
}
