package vn.minhbach.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.period.ReportPeriod;

/**
 * The words of the pages minhbach writes (reports, e-mails, the dashboard) in one language: the messages of the
 * bundles, callable from a template ({@code t.get("period.html.title")}, with up to three arguments, since a
 * template cannot pass a variable number), and verdicts, roles, the names of periods, months, criteria and
 * figures, dates, times and numbers as {@link Labels} writes them in the language.
 */
public final class Wording {
    private static final Map<Lang, Wording> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BY_LANG.put(lang, new Wording(Messages.of(lang)));
        }
    }

    private final Messages messages;

    private Wording(Messages messages) {
        this.messages = messages;
    }

    public static Wording of(Lang lang) {
        return BY_LANG.get(lang);
    }

    public Messages messages() {
        return messages;
    }

    public Lang lang() {
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

    public String format(Text text) {
        return messages.format(text);
    }

    public String role(SiteRole role) {
        return messages.role(role);
    }

    public String verdict(Verdict verdict) {
        return messages.verdict(verdict);
    }

    public String period(ReportPeriod period) {
        return Labels.period(messages, period);
    }

    public String month(YearMonth month) {
        return Labels.month(messages, month);
    }

    public String day(LocalDate date) {
        return Labels.day(messages, date);
    }

    public String time(OffsetDateTime time, ZoneOffset offset) {
        return Labels.time(messages, time, offset);
    }

    public String score(double score) {
        return Labels.score(messages, score);
    }

    public String number(double value) {
        return Labels.number(messages, value);
    }

    /** As {@link Labels#criterion(Messages, String)}, and "Khác" ("Other") for items under no criterion. */
    public String criterion(String criterion) {
        return criterion == null ? get("period.criterion.other") : Labels.criterion(messages, criterion);
    }

    public String figure(String name) {
        return Labels.figure(messages, name);
    }

    public String itemTitle(String id, String title) {
        return Labels.title(messages, id, title);
    }

    /**
     * A period's name inside a sentence: Vietnamese lowers its first letter ("6 tháng đầu năm 2026", "năm 2026");
     * English names ("First half of 2026", "November 2026") stay as they are.
     */
    public String inSentence(String name) {
        return name.isEmpty() || lang() != Lang.VI ? name
                : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
