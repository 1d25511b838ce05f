package vn.minhbach.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ReportPeriod;

/**
 * The words of the period reports and the e-mails in one language: the messages of the bundles, callable from a
 * template ({@code w.get("period.html.title")}, with up to three arguments), and the names of periods, months,
 * criteria and figures, dates, times and numbers as {@link Labels} writes them in the language.
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

    String period(ReportPeriod period) {
        return Labels.period(messages, period);
    }

    String month(YearMonth month) {
        return Labels.month(messages, month);
    }

    String day(LocalDate date) {
        return Labels.day(messages, date);
    }

    String time(OffsetDateTime time, ZoneOffset offset) {
        return Labels.time(messages, time, offset);
    }

    String score(double score) {
        return Labels.score(messages, score);
    }

    String number(double value) {
        return Labels.number(messages, value);
    }

    /** As {@link Labels#criterion(Messages, String)}, and "Khác" ("Other") for items under no criterion. */
    String criterion(String criterion) {
        return criterion == null ? get("period.criterion.other") : Labels.criterion(messages, criterion);
    }

    String figure(String name) {
        return Labels.figure(messages, name);
    }

    String itemTitle(String id, String title) {
        return Labels.title(messages, id, title);
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
