package vn.minhbach.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The languages minhbach speaks to people in. Vietnamese is the default; keys and enum values stay English. */
public enum Lang {
    VI("vi", Locale.forLanguageTag("vi-VN"), "dd/MM/yyyy", "MM/yyyy"),
    EN("en", Locale.UK, "d MMM yyyy", "MMM yyyy");

    private final String tag;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;

    Lang(String tag, Locale locale, String day, String month) {
        this.tag = tag;
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern(day, locale);
        this.month = DateTimeFormatter.ofPattern(month, locale);
    }

    /** The language's tag as written in configs, on the command line and in {@code lang} attributes. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** A day as this language writes it: {@code 05/01/2026}, {@code 5 Jan 2026}. */
    public String day(LocalDate date) {
        return date.format(day);
    }

    public DateTimeFormatter dayFormat() {
        return day;
    }

    public DateTimeFormatter monthFormat() {
        return month;
    }

    /** The language of {@code tag} ({@code vi}, {@code en}, any case, region ignored). */
    public static Lang parse(String tag) {
        String language = tag == null ? "" : Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Lang lang : values()) {
            if (lang.tag.equals(language)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + tag + "\"; expected one of " + tags());
    }

    /** The tags, for error messages: {@code vi, en}. */
    public static String tags() {
        return Arrays.stream(values()).map(Lang::tag).collect(Collectors.joining(", "));
    }

    /**
     * The first language of an HTTP {@code Accept-Language} header that minhbach speaks, by quality; null when none
     * is (or the header is absent or malformed).
     */
    public static Lang accepted(String header) {
        if (header == null || header.isBlank() || header.length() > 1_000) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String language = range.getRange().split("-", 2)[0];
                for (Lang lang : values()) {
                    if (lang.tag.equals(language)) {
                        return lang;
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
