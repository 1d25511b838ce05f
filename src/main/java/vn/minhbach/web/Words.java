package vn.minhbach.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.report.Labels;

/**
 * What the dashboard says in one language: its messages (templates ask {@code t.get("web.…")}, with up to two
 * arguments, since templates cannot pass a variable number), and days, times, scores, verdicts and roles.
 */
final class Words {
    private static final Map<Lang, Words> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BY_LANG.put(lang, new Words(Messages.of(lang)));
        }
    }

    private final Messages messages;

    private Words(Messages messages) {
        this.messages = messages;
    }

    static Words of(Lang lang) {
        return BY_LANG.get(lang);
    }

    Lang lang() {
        return messages.lang();
    }

    Messages messages() {
        return messages;
    }

    public String get(String key) {
        return messages.get(key);
    }

    public String get(String key, Object arg) {
        return messages.get(key, arg);
    }

    public String get(String key, Object first, Object second) {
        return messages.get(key, first, second);
    }

    String format(Text text) {
        return messages.format(text);
    }

    String day(LocalDate date) {
        return messages.day(date);
    }

    /** A time in the given offset: "28/11/2026 02:03:10 (UTC+07:00)", "28 Nov 2026 02:03:10 (UTC+07:00)". */
    String time(OffsetDateTime time, ZoneOffset offset) {
        return Labels.time(messages, time, offset);
    }

    /** A score with one decimal: "55,0%", "55.0%". */
    String score(double score) {
        return Labels.score(messages, score);
    }

    String verdict(Verdict verdict) {
        return messages.verdict(verdict);
    }

    String role(SiteRole role) {
        return messages.role(role);
    }
}
