package vn.minhbach.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import vn.minhbach.model.Text;

/** Every message in every language, with the same arguments; and every key the code names is in the bundles. */
class MessagesTest {
    static final List<String> BUNDLES = Messages.BUNDLES;
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)([^}]*)}");
    /**
     * A key named in the code ({@code Text.of("check.…"}, {@code messages.get("report.…"}) or a template
     * ({@code t.get("web.…")}); one ending in a dot is the prefix of keys the code completes.
     */
    private static final Pattern KEY_LITERAL = Pattern.compile("\\b(?:of|get)\\(\\s*[\"'](" + String.join("|", BUNDLES)
            + ")\\.([A-Za-z0-9_.-]*)[\"']");

    @ParameterizedTest(name = "{0}")
    @FieldSource("BUNDLES")
    void everyKeyHasATranslationAndTheSameArguments(String name) {
        ResourceBundle vi = Messages.bundle(name, Lang.VI);
        ResourceBundle en = Messages.bundle(name, Lang.EN);
        assertThat(en.getLocale().getLanguage()).as("the English bundle of " + name).isEqualTo("en");
        Set<String> viKeys = new TreeSet<>(vi.keySet());
        Set<String> enKeys = ownKeys(name + "_en");
        // a key said differently when its count is 1 (Messages.ONE) is English only: Vietnamese has no plural
        Set<String> enOne = new TreeSet<>(enKeys.stream().filter(k -> k.endsWith(Messages.ONE)).toList());
        assertThat(viKeys.stream().filter(k -> k.endsWith(Messages.ONE)))
                .as("keys of %s for a count of 1, which Vietnamese does not need", name).isEmpty();
        assertThat(enOne.stream().filter(k -> !viKeys.contains(k.substring(0, k.length() - Messages.ONE.length()))))
                .as("keys of %s_en for a count of 1 without their base key", name).isEmpty();
        enKeys.removeAll(enOne);
        assertThat(minus(viKeys, enKeys)).as("keys of %s without an English translation", name).isEmpty();
        assertThat(minus(enKeys, viKeys)).as("keys of %s_en not in the Vietnamese bundle", name).isEmpty();
        for (String key : enOne) {
            String pattern = en.getString(key);
            assertThat(new MessageFormat(pattern).getFormats()).as(key).allMatch(java.util.Objects::isNull);
            assertThat(unquoted(pattern)).as(key + ": a single quote is written ''").doesNotContain("'");
            assertThat(arguments(en.getString(key.substring(0, key.length() - Messages.ONE.length()))))
                    .as(key + ": arguments of its base key").containsAll(arguments(pattern));
        }
        for (String key : viKeys) {
            assertThat(key).as("a key of %s", name).startsWith(name + ".");
            for (ResourceBundle bundle : List.of(vi, en)) {
                String pattern = bundle.getString(key);
                assertThat(pattern).as(key).isNotBlank();
                assertThat(new MessageFormat(pattern).getFormats()).as(key + ": arguments are put in words by Messages")
                        .allMatch(java.util.Objects::isNull);
                assertThat(unquoted(pattern)).as(key + ": a single quote is written ''").doesNotContain("'");
            }
            assertThat(arguments(en.getString(key))).as(key + ": the English arguments")
                    .isEqualTo(arguments(vi.getString(key)));
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/vn/minhbach")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".peb")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) + "." + m.group(2);
                    boolean known = key.endsWith(".") ? Messages.vi().hasPrefix(key) : Messages.vi().has(key);
                    if (!known) {
                        unknown.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(unknown).as("message keys named in the code but in no bundle").isEmpty();
    }

    @Test
    void argumentsAreSaidInTheLanguage() {
        Messages vi = Messages.vi();
        Messages en = Messages.of(Lang.EN);
        assertThat(vi.day(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(en.day(LocalDate.of(2026, 1, 5))).isEqualTo("5 Jan 2026");
        assertThat(vi.oneDecimal(88.25)).isEqualTo("88,3");
        assertThat(en.oneDecimal(88.25)).isEqualTo("88.3");
        Text text = Text.plain("A").then(Text.plain(" B"));
        assertThat(vi.format(text)).isEqualTo("A B");
        assertThat(vi.format(Text.plain("giữ nguyên"))).isEqualTo(en.format(Text.plain("giữ nguyên")));
        assertThatThrownBy(() -> vi.get("check.no-such-key")).isInstanceOf(MissingResourceException.class);
    }

    @ParameterizedTest
    @CsvSource({"en, EN", "EN-gb, EN", "vi, VI", "vi_VN, VI"})
    void aLanguageIsReadFromItsTag(String tag, Lang lang) {
        assertThat(Lang.parse(tag)).isEqualTo(lang);
    }

    @Test
    void anUnknownLanguageNamesTheKnownOnes() {
        assertThatThrownBy(() -> Lang.parse("fr")).hasMessageContaining("vi, en");
    }

    @ParameterizedTest
    @CsvSource(value = {"en-US,en;q=0.9 | EN", "fr-FR, vi;q=0.5, en;q=0.8 | EN", "vi-VN,vi;q=0.9,en;q=0.5 | VI",
            "fr, de | ", "'' | ", "en;q=0 | ", "garbage;;q=x | "}, delimiter = '|')
    void theDashboardFollowsAcceptLanguage(String header, Lang expected) {
        assertThat(Lang.accepted(header)).isEqualTo(expected);
    }

    /** The keys the file of bundle {@code file} has itself, not those it inherits from the Vietnamese one. */
    private static Set<String> ownKeys(String file) {
        java.util.Properties properties = new java.util.Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/vn/minhbach/i18n/" + file + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void aCountOfOneTakesTheKeysVariantWhereTheLanguageHasOne() {
        Messages en = Messages.of(Lang.EN);
        assertThat(en.get("check.trace.answerDays", 1L, 1L)).isEqualTo("1 day (working days: 1)");
        assertThat(en.get("check.trace.answerDays", 2L, 1L)).isEqualTo("2 days (working days: 1)");
        assertThat(en.get("check.trace.answerDays", 0L, 0L)).isEqualTo("0 days (working days: 0)");
        assertThat(en.format(Text.of("check.notFound.missing", Text.plain("X"), 1, "https://a.gov.vn/")))
                .isEqualTo("No sign of X in the 1 page fetched from https://a.gov.vn/.");
        assertThat(en.get("report.document.pages", 2)).isEqualTo("2 pages");
        assertThat(Messages.vi().get("check.trace.answerDays", 1L, 1L)).isEqualTo("1 ngày (1 ngày làm việc)");
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static List<String> arguments(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        Collections.sort(found);
        return found.stream().distinct().toList();
    }

    /** The pattern without its quoted quotes. */
    private static String unquoted(String pattern) {
        return pattern.replace("''", "");
    }
}
