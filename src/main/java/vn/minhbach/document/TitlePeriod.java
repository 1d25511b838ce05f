package vn.minhbach.document;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.minhbach.text.Period;
import vn.minhbach.text.Periods;
import vn.minhbach.text.VietText;

/**
 * The period a document covers, read from its title (checklist "Documents behind the links": the period in the
 * title or trích yếu; periods named for the tasks ahead are not its period). A report's title often names both,
 * sharing one year: "6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2026" covers the first half of
 * 2026, which {@link Periods} alone, reading the only complete phrase, would take for the second.
 */
final class TitlePeriod {

    /** Where the tasks ahead begin: "và phương hướng", ", nhiệm vụ", "; kế hoạch", "và giải pháp". */
    private static final Pattern AHEAD = Pattern.compile(
            "(?:\\s+va\\s+|\\s*[,;]\\s*|\\s+-\\s+)(?:phuong huong|nhiem vu|ke hoach|giai phap)(?![a-z])");

    private TitlePeriod() {
    }

    /** The period {@code title} says its document covers, or null when it names none. */
    static Period of(String title) {
        String folded = VietText.fold(title);
        Matcher ahead = AHEAD.matcher(folded);
        if (!ahead.find()) {
            return Periods.first(folded).orElse(null);
        }
        String covered = folded.substring(0, ahead.start());
        Optional<Period> own = Periods.first(covered);
        if (own.isPresent()) {
            return own.get();
        }
        // "6 tháng đầu năm và phương hướng ... năm 2026": the year written once, at the end, is the year of both
        Optional<Period> next = Periods.first(folded.substring(ahead.start()));
        if (next.isEmpty()) {
            return null;
        }
        return Periods.first(covered + " " + next.get().year()).orElse(null);
    }
}
