package vn.minhbach.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ReportPeriod;

/**
 * The words of the period reports and the e-mails in one language: the messages of the bundles, callable from a
 * template ({@code w.get("period.html.title")}, with up to three arguments), and the names of periods, months,
 * criteria and figures, dates, times and numbers as the language writes them. In Vietnamese they read exactly as
 * {@link Labels} writes them.
 */
final class Wording {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String[] HALVES = {"H1", "H2"};

    private final Messages messages;

    private Wording(Messages messages) {
        this.messages = messages;
    }

    static Wording of(Lang lang) {
        return new Wording(Messages.of(lang));
    }

    Messages messages() {
        return messages;
    }

    Lang lang() {
        return messages.lang();
    }

    /** The language's tag, for the {@code lang} attribute of a page. */
    public String tag() {
        return lang().tag();
    }

    public String get(String key) {
        return messages.get(key);
    }

    public String get(String key, Object a) {
        return messages.get(key, a);
    }

    public String get(String key, Object a, Object b) {
        return messages.get(key, a, b);
    }

    public String get(String key, Object a, Object b, Object c) {
        return messages.get(key, a, b, c);
    }

    String verdict(Verdict verdict) {
        return messages.verdict(verdict);
    }

    /**
     * A report period as the plan's reports name it: "6 tháng đầu năm 2026" / "First half of 2026", a quarter,
     * a month, a year, or a range of days.
     */
    String period(ReportPeriod period) {
        int year = period.start().getYear();
        int month = period.start().getMonthValue();
        return switch (period.kind()) {
            case YEAR -> get("period.name.year", year);
            case HALF_YEAR -> get("period.name.half." + HALVES[(month - 1) / 6], year);
            case QUARTER -> get("period.name.quarter." + ((month + 2) / 3), year);
            case MONTH -> get("period.name.month", get("period.month." + month), year);
            case RANGE -> get("period.name.range", day(period.start()), day(period.end()));
        };
    }

    /** A month on chart axes and in lists: "01/2026", "Jan 2026". */
    String month(YearMonth month) {
        return lang().monthFormat().format(month);
    }

    String day(LocalDate date) {
        return messages.day(date);
    }

    /** A day and time in the given offset: "28/11/2026 02:03:10 (UTC+07:00)". */
    String time(OffsetDateTime time, ZoneOffset offset) {
        if (time == null) {
            return "";
        }
        OffsetDateTime there = time.withOffsetSameInstant(offset);
        String zone = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        return day(there.toLocalDate()) + " " + CLOCK.format(there) + " (" + zone + ")";
    }

    /** A score or share with one decimal: "55,0%", "55.0%". */
    String score(double score) {
        return String.format(lang().locale(), "%.1f%%", score);
    }

    /** Up to two decimals with the language's separators: "18.234.112" and "85,71", "18,234,112" and "85.71". */
    String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(lang().locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /**
     * "Tiêu chí 3: Công khai ngân sách" for a PCI criterion, "Mục III.5: Đường dây nóng" for another part of
     * the plan, several names for an item under two criteria, the number alone for one the plan does not name,
     * and "Khác" for items under none.
     */
    String criterion(String criterion) {
        if (criterion == null) {
            return get("period.criterion.other");
        }
        boolean numbered = !criterion.isEmpty() && Character.isDigit(criterion.charAt(0));
        List<String> names = new ArrayList<>();
        for (String part : criterion.split(",\\s*")) {
            String name = messages.criterionName(part);
            if (name != null) {
                names.add(name);
            }
        }
        String number = get(numbered ? "period.criterion.numbered" : "period.criterion.section", criterion);
        return names.isEmpty() ? number : get("period.criterion.named", number, String.join("; ", names));
    }

    /** The name of a figure an item measures; one the bundles do not name is shown by its key. */
    String figure(String name) {
        String key = "period.figure." + name;
        return messages.has(key) ? get(key) : name;
    }

    /** A checklist item's title: in Vietnamese the one the audit stored, in another language the bundle's. */
    String itemTitle(String id, String title) {
        return lang() == Lang.VI ? title : messages.itemTitle(id, title);
    }

    /**
     * A period's name inside a sentence: Vietnamese lowers its first letter ("6 tháng đầu năm 2026", "năm 2026");
     * English names ("First half of 2026", "November 2026") stay as they are.
     */
    String inSentence(String name) {
        return name.isEmpty() || lang() != Lang.VI ? name
                : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
