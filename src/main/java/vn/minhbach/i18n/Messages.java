package vn.minhbach.i18n;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * What minhbach says to people, in one language, from the message bundles under {@code vn/minhbach/i18n/}: one
 * bundle per area ({@link #BUNDLES}), Vietnamese in the base file and English in its {@code _en} twin, with the
 * same keys ({@code MessagesTest}).
 *
 * <p>Patterns are {@link MessageFormat} patterns with plain {@code {0}} arguments (a single quote is written
 * {@code ''}); arguments are put in words here first: a {@link LocalDate} as the language writes a day, a whole
 * number as its digits (years stay {@code 2026}), another number with one decimal in the language's way
 * ({@code 88,5} or {@code 88.5}), a {@link Text} as this language says it.
 *
 * <p>Plurals: a key may have a variant {@code <key>.one} ({@code check.x.one} beside {@code check.x}), said instead
 * of the key when the message's count is 1; the count is its first {@link Integer} or {@link Long} argument. A
 * language that does not inflect for number leaves the variant out (Vietnamese has none: {@code "1 câu hỏi"} and
 * {@code "2 câu hỏi"} share one pattern), and English adds it where "1 questions" would read wrongly.
 */
public final class Messages {
    /**
     * The bundles, by area: the checklist's reasons and item titles, the audit reports (with the verdict, role and
     * criterion names every output shares), the period reports, e-mails, the dashboard, and the terminal tools
     * ({@code doctor}, {@code explain}, {@code history}).
     */
    public static final List<String> BUNDLES = List.of("check", "report", "period", "mail", "web", "tools");

    private static final Map<Lang, Messages> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BY_LANG.put(lang, new Messages(lang));
        }
    }

    /** The suffix of a key's variant said when the count is 1. */
    public static final String ONE = ".one";

    private final Lang lang;
    private final List<ResourceBundle> bundles;
    private final DecimalFormatSymbols symbols;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundles = BUNDLES.stream().map(name -> bundle(name, lang)).toList();
        this.symbols = DecimalFormatSymbols.getInstance(lang.locale());
    }

    /** The bundle {@code name} in {@code lang}, never falling back to the JVM's default locale. */
    static ResourceBundle bundle(String name, Lang lang) {
        return ResourceBundle.getBundle("vn.minhbach.i18n." + name, lang == Lang.VI ? java.util.Locale.ROOT
                : lang.locale(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Lang lang) {
        return BY_LANG.get(lang == null ? Lang.VI : lang);
    }

    /** Vietnamese, the default. */
    public static Messages vi() {
        return of(Lang.VI);
    }

    public Lang lang() {
        return lang;
    }

    /** The message {@code key} with {@code args}; a key no bundle has is an error in the code, so it throws. */
    public String get(String key, Object... args) {
        String pattern = pattern(one(args) && has(key + ONE) ? key + ONE : key);
        if (args.length == 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        Object[] words = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            words[i] = word(args[i]);
        }
        return new MessageFormat(pattern, lang.locale()).format(words);
    }

    /** True when a bundle has {@code key}. */
    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /**
     * The key starting with {@code prefix} whose pattern in this language is {@code words} exactly, or null: how
     * a sentence kept in words (a crawl's error, stored as the crawler wrote it) is found again to be said in
     * another language.
     */
    public String keyOf(String prefix, String words) {
        for (ResourceBundle bundle : bundles) {
            for (String key : bundle.keySet()) {
                if (key.startsWith(prefix) && bundle.getString(key).equals(words)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** True when a bundle has a key starting with {@code prefix}. */
    public boolean hasPrefix(String prefix) {
        return bundles.stream().anyMatch(b -> b.keySet().stream().anyMatch(k -> k.startsWith(prefix)));
    }

    /** The text in this language; null for null. */
    public String format(Text text) {
        if (text == null) {
            return null;
        }
        if (text.isPlain()) {
            return (String) text.args().get(0);
        }
        if (text.key() == null) {
            StringBuilder out = new StringBuilder();
            for (Object part : text.args()) {
                out.append(word(part));
            }
            return out.toString();
        }
        return get(text.key(), text.args().toArray());
    }

    /** A verdict's name: "Đạt", "Pass". */
    public String verdict(Verdict verdict) {
        return get("report.verdict." + verdict.name());
    }

    /** A site's role: "Cổng thông tin điện tử", "Government portal". */
    public String role(SiteRole role) {
        return get("report.role." + role.key());
    }

    /** What a criterion of plan 125/KH-UBND asks ("Công khai ngân sách"), or null for one the plan does not name. */
    public String criterionName(String criterion) {
        String key = "report.criterion." + criterion.strip();
        return has(key) ? get(key) : null;
    }

    /** A checklist item's title in this language, or {@code fallback} (the title a config or the store gave). */
    public String itemTitle(String id, String fallback) {
        String key = "check.item." + id;
        return has(key) ? get(key) : fallback;
    }

    /** A day as this language writes it. */
    public String day(LocalDate date) {
        return date == null ? "" : lang.day(date);
    }

    /** A number with at most {@code decimals} decimals, in this language's way. */
    public String number(double value, int decimals) {
        return decimal(decimals == 0 ? "0" : "0." + "#".repeat(decimals)).format(value);
    }

    /** A number with exactly one decimal: {@code 88,0} or {@code 88.0}. */
    public String oneDecimal(double value) {
        return decimal("0.0").format(value);
    }

    /** Halves rounded up, as {@code String.format} rounds them. */
    private DecimalFormat decimal(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    private String word(Object arg) {
        if (arg instanceof Text text) {
            return format(text);
        }
        if (arg instanceof LocalDate date) {
            return day(date);
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
            return arg.toString();
        }
        if (arg instanceof Number n) {
            double value = n.doubleValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : oneDecimal(value);
        }
        return String.valueOf(arg);
    }

    /** True when the count of a message with {@code args}, its first whole-number argument, is 1. */
    private static boolean one(Object[] args) {
        for (Object arg : args) {
            if (arg instanceof Integer || arg instanceof Long) {
                return ((Number) arg).longValue() == 1;
            }
        }
        return false;
    }

    private String pattern(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no message \"" + key + "\" in " + lang.tag(), "Messages", key);
    }
}
