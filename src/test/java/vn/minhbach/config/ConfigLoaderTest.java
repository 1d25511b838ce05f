package vn.minhbach.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.SiteRole;
import vn.minhbach.testing.LocalCa;

class ConfigLoaderTest {
    private static final ConfigLoader LOADER = new ConfigLoader(Map.of(
            "qa.response-time", Set.of("target", "minQuestions"),
            "legal.documents", Set.of("maxAgeDays")));

    private static final String MINIMAL = """
            organisation: "UBND huyện Lý Sơn"
            sites:
              portal:
                url: "https://lyson.quangngai.gov.vn/"
              onestop:
                url: "https://motcualyson.quangngai.gov.vn/"
            """;

    @Test
    void minimalConfigTakesTheDefaults() throws Exception {
        AuditConfig config = LOADER.parse(MINIMAL, "minimal");
        assertThat(config.organisation()).isEqualTo("UBND huyện Lý Sơn");
        assertThat(config.timezone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(config.sites()).containsOnlyKeys(SiteRole.PORTAL, SiteRole.ONESTOP);
        assertThat(config.site(SiteRole.PORTAL).orElseThrow().url()).isEqualTo(URI.create("https://lyson.quangngai.gov.vn/"));
        assertThat(config.crawl()).isEqualTo(CrawlSettings.defaults());
        assertThat(config.crawl().maxPages()).isEqualTo(5000);
        assertThat(config.crawl().delayMillis()).isEqualTo(1000);
        assertThat(config.schedule()).isEqualTo(ScheduleConfig.DEFAULT);
        assertThat(config.store()).isEqualTo(StoreConfig.DEFAULT);
        assertThat(config.email().configured()).isFalse();
        assertThat(config.checklist().item("qa.response-time").isEnabled()).isTrue();
    }

    @Test
    void quartzCronExpressionsLoadAsWritten() throws Exception {
        AuditConfig config = LOADER.parse(MINIMAL + "schedule: {cron: \"0 30 1 ? * MON-FRI\", confirmAfter: 3}\n", "t");
        assertThat(config.schedule()).isEqualTo(new ScheduleConfig("0 30 1 ? * MON-FRI", 3));
    }

    @Test
    void siteCrawlSettingsOverrideTheGlobalOnes() throws Exception {
        AuditConfig config = LOADER.parse("""
                organisation: X
                crawl: {maxPages: 100, delayMillis: 0}
                sites:
                  portal: {url: "http://a.gov.vn"}
                  onestop: {url: "http://b.gov.vn/", crawl: {maxPages: 7}}
                """, "t");
        assertThat(config.site(SiteRole.PORTAL).orElseThrow().crawl().maxPages()).isEqualTo(100);
        assertThat(config.site(SiteRole.PORTAL).orElseThrow().url().getPath()).isEqualTo("/");
        CrawlSettings onestop = config.site(SiteRole.ONESTOP).orElseThrow().crawl();
        assertThat(onestop.maxPages()).isEqualTo(7);
        assertThat(onestop.delayMillis()).isZero();
    }

    @Test
    void itemOverridesAreCompiled() throws Exception {
        AuditConfig config = LOADER.parse(MINIMAL + """
                checklist:
                  items:
                    qa.response-time: {target: 2.5, enabled: false}
                    legal.documents:
                      urls: ["https://lyson.quangngai.gov.vn/van-ban"]
                      selectors: {rows: "table.docs tr", date: "td:nth-child(3)"}
                      patterns: ["v[aă]n b[aả]n"]
                  extraHolidays: ["2026-12-31"]
                """, "t");
        ItemOverride qa = config.checklist().item("qa.response-time");
        assertThat(qa.isEnabled()).isFalse();
        assertThat(qa.parameter("target")).contains(2.5);
        ItemOverride docs = config.checklist().item("legal.documents");
        assertThat(docs.urls()).containsExactly(URI.create("https://lyson.quangngai.gov.vn/van-ban"));
        assertThat(docs.selectors().rows()).isNotNull();
        assertThat(docs.selectors().title()).isNull();
        assertThat(docs.patterns()).hasSize(1);
        assertThat(config.checklist().extraHolidays()).containsExactly(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top key       | 'colour: red'                                                     | colour: unknown key
            wrong type            | 'crawl: {maxPages: many}'                                         | crawl.maxPages: expected an integer, got "many"
            out of range          | 'crawl: {concurrency: 0}'                                         | crawl.concurrency: must be between 1 and 64, got 0
            unknown crawl key     | 'crawl: {maxPage: 5}'                                             | crawl.maxPage: unknown key
            boolean               | 'crawl: {respectRobots: "yes"}'                                   | crawl.respectRobots: expected true or false
            time zone             | 'timezone: Asia/Hanoi'                                            | timezone: unknown time zone "Asia/Hanoi"
            unknown item          | 'checklist: {items: {qa.speed: {enabled: false}}}'                | checklist.items.qa.speed: unknown checklist item
            unknown item key      | 'checklist: {items: {qa.response-time: {targt: 3}}}'               | checklist.items.qa.response-time.targt: unknown key
            parameter type        | 'checklist: {items: {qa.response-time: {target: "ba"}}}'           | checklist.items.qa.response-time.target: expected a number
            bad regex             | 'checklist: {items: {legal.documents: {patterns: ["(van"]}}}'      | checklist.items.legal.documents.patterns[0]: not a valid regular expression
            bad selector          | 'checklist: {items: {legal.documents: {selectors: {rows: "tr:nth-child(x"}}}}' | checklist.items.legal.documents.selectors.rows: not a valid CSS selector
            bad item url          | 'checklist: {items: {legal.documents: {urls: ["ftp://x.vn/a"]}}}'  | checklist.items.legal.documents.urls[0]: expected an absolute http(s) URL
            bad holiday           | 'checklist: {extraHolidays: ["31/12/2026"]}'                      | checklist.extraHolidays[0]: expected a date YYYY-MM-DD
            bad cron              | 'schedule: {cron: "every night"}'                                 | schedule.cron: expected a Quartz cron expression
            cron bad hour         | 'schedule: {cron: "0 0 25 * * ?"}'                                | schedule.cron: expected a Quartz cron expression: Hour values must be between 0 and 23
            cron day and weekday  | 'schedule: {cron: "0 0 2 * * MON"}'                               | schedule.cron: expected a Quartz cron expression: Support for specifying both a day-of-week AND a day-of-month parameter is not implemented.
            cron in the past      | 'schedule: {cron: "0 0 2 1 1 ? 2020"}'                            | schedule.cron: expected a Quartz cron expression: it never fires again
            bad store             | 'store: {url: "mysql://x"}'                                       | store.url: expected a jdbc:h2: or jdbc:postgresql: URL
            bad env name          | 'store: {passwordEnv: "my password"}'                              | store.passwordEnv: expected the name of an environment variable
            open dashboard        | 'dashboard: {bind: "0.0.0.0"}'                                    | dashboard.userEnv: required when dashboard.bind ("0.0.0.0") is not a loopback address
            open dashboard, no pw | 'dashboard: {bind: "10.0.0.5", userEnv: U}'                       | dashboard.passwordEnv: required when dashboard.bind
            dashboard by name     | 'dashboard: {bind: "minhbach.example.vn"}'                        | dashboard.userEnv: required when
            bad send rule         | 'email: {smtp: {host: h}, from: a@b.vn, to: [c@d.vn], send: sometimes}' | email.send: expected one of always, on-change, on-failure
            bad recipient         | 'email: {smtp: {host: h}, from: a@b.vn, to: [nobody]}'             | email.to[0]: not an e-mail address
            """)
    void everyProblemNamesItsKeyPath(String name, String yaml, String expected) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.parse(MINIMAL + yaml, "t"));
        assertThat(e).as(name).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void allProblemsAreReportedTogether() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.parse("""
                sites:
                  portal: {url: "not a url"}
                  intranet: {url: "http://x.vn"}
                crawl: {maxPages: -1, timeoutSeconds: "soon"}
                """, "t"));
        assertThat(e.problems()).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("organisation: required"))
                .anySatisfy(p -> assertThat(p).startsWith("sites.portal.url: not a valid URL"))
                .anySatisfy(p -> assertThat(p).startsWith("sites.intranet: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("crawl.maxPages: must be between"))
                .anySatisfy(p -> assertThat(p).startsWith("crawl.timeoutSeconds: expected an integer"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10         | 10
            250        | 250
            0          | 0
            unlimited  | 2147483647
            Unlimited  | 2147483647
            """)
    void crawlDepthIsAnyNumberOfHopsOrUnlimited(String depth, int expected) throws Exception {
        AuditConfig config = LOADER.parse(MINIMAL + "crawl: {maxDepth: " + depth + "}\n", "t");
        assertThat(config.crawl().maxDepth()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -1         | crawl.maxDepth: must be between 0 and
            deep       | crawl.maxDepth: expected a number of link hops or "unlimited", got "deep"
            2.5        | crawl.maxDepth: expected an integer
            """)
    void badCrawlDepthsNameTheKey(String depth, String expected) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> LOADER.parse(MINIMAL + "crawl: {maxDepth: " + depth + "}\n", "t"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | (file): empty config
            'organisation: [unclosed'   | (file): not valid YAML at line
            'organisation: X'           | sites: required
            """)
    void brokenFilesAreExplained(String yaml, String expected) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.parse(yaml, "t"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void missingFileIsAConfigError() {
        assertThatThrownBy(() -> LOADER.load(Path.of("does-not-exist.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read");
    }

    @Test
    void exampleConfigIsValid() throws Exception {
        ConfigLoader lenient = new ConfigLoader(Map.of(
                "qa.response-time", Set.of("target"), "legal.documents", Set.of()));
        AuditConfig config = lenient.load(Path.of("config/example.yaml"));
        assertThat(config.sites()).hasSize(2);
        assertThat(config.site(SiteRole.ONESTOP).orElseThrow().crawl().maxPages()).isEqualTo(3000);
    }

    @Test
    void renderingIsAutoByDefaultAndSetGloballyOrPerSite() throws Exception {
        AuditConfig config = LOADER.parse("""
                organisation: X
                crawl: {renderSeconds: 45}
                sites:
                  portal: {url: "https://a.gov.vn/", crawl: {render: never}}
                  onestop: {url: "https://b.gov.vn/", crawl: {render: ALWAYS, renderMaxPages: 50}}
                """, "t");
        assertThat(config.crawl().render()).isEqualTo(new CrawlSettings.Render(CrawlSettings.Render.Mode.AUTO, 300, 45));
        assertThat(config.site(SiteRole.PORTAL).orElseThrow().crawl().render().mode())
                .isEqualTo(CrawlSettings.Render.Mode.NEVER);
        assertThat(config.site(SiteRole.ONESTOP).orElseThrow().crawl().render())
                .isEqualTo(new CrawlSettings.Render(CrawlSettings.Render.Mode.ALWAYS, 50, 45));
        assertThat(LOADER.parse(MINIMAL, "t").crawl().toString()).doesNotContain("render");
    }

    @Test
    void documentsAreReadUpToTwentyMegabytesUnlessSetGloballyOrPerSite() throws Exception {
        AuditConfig config = LOADER.parse("""
                organisation: X
                crawl: {maxDocumentBytes: 5000000}
                sites:
                  portal: {url: "https://a.gov.vn/"}
                  onestop: {url: "https://b.gov.vn/", crawl: {maxDocumentBytes: 2048}}
                """, "t");
        assertThat(config.site(SiteRole.PORTAL).orElseThrow().crawl().maxDocumentBytes()).isEqualTo(5_000_000);
        assertThat(config.site(SiteRole.ONESTOP).orElseThrow().crawl().maxDocumentBytes()).isEqualTo(2048);
        assertThat(config.crawl().toString()).contains("maxDocumentBytes=5000000");
        CrawlSettings defaults = LOADER.parse(MINIMAL, "t").crawl();
        assertThat(defaults.maxDocumentBytes()).isEqualTo(20_971_520);
        assertThat(defaults.toString()).doesNotContain("maxDocumentBytes");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.parse(MINIMAL
                + "crawl: {maxDocumentBytes: 10}\n", "t"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("crawl.maxDocumentBytes:"));
    }

    @Test
    void aRenderModeThatIsNotOneOfTheThreeIsAConfigErrorNamingItsKey() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.parse(MINIMAL
                + "crawl: {render: sometimes, renderSeconds: 0}\n", "t"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("crawl.render: must be auto, always or never"))
                .anySatisfy(p -> assertThat(p).startsWith("crawl.renderSeconds:"));
    }

    @Test
    void anExtraCaFileIsTrustedGloballyOrPerSite(@TempDir Path dir) throws Exception {
        Path ca = Files.writeString(dir.resolve("ca.pem"), LocalCa.selfSigned(LocalCa.Spec.ca("Root A")).pem()
                + LocalCa.selfSigned(LocalCa.Spec.ca("Root B")).pem());
        AuditConfig config = LOADER.parse("""
                organisation: X
                sites:
                  portal: {url: "https://a.gov.vn/"}
                  onestop: {url: "https://b.gov.vn/", crawl: {trustCaFile: "%s"}}
                """.formatted(ca), "t");
        assertThat(config.crawl().trustCaFile()).isNull();
        assertThat(config.site(SiteRole.PORTAL).orElseThrow().crawl().trustCaFile()).isNull();
        assertThat(config.site(SiteRole.ONESTOP).orElseThrow().crawl().trustCaFile()).isEqualTo(ca);
        assertThat(CaFile.read(ca)).hasSize(2);

        AuditConfig global = LOADER.parse(MINIMAL + "crawl: {trustCaFile: \"" + ca + "\"}\n", "t");
        assertThat(global.site(SiteRole.PORTAL).orElseThrow().crawl().trustCaFile()).isEqualTo(ca);
    }

    @Test
    void anExtraCaFileThatIsMissingOrNotACertificateIsAConfigErrorNamingItsKey(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("notes.pem"), "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n"
                + "-----END CERTIFICATE-----\n");
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> LOADER.parse(MINIMAL.replace(
                "url: \"https://lyson.quangngai.gov.vn/\"", "url: \"https://lyson.quangngai.gov.vn/\"\n"
                        + "    crawl: {trustCaFile: \"" + text + "\"}")
                + "crawl: {trustCaFile: \"" + dir.resolve("absent.pem") + "\"}\n", "t"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("crawl.trustCaFile: cannot read"))
                .anySatisfy(p -> assertThat(p).startsWith("sites.portal.crawl.trustCaFile: \"" + text
                        + "\" is not a PEM file of certificates"));
        ConfigException none = catchThrowableOfType(ConfigException.class, () -> LOADER.parse(MINIMAL
                + "crawl: {trustCaFile: \"" + empty + "\"}\n", "t"));
        assertThat(none.problems()).anySatisfy(p -> assertThat(p).startsWith("crawl.trustCaFile: \"" + empty
                + "\" is not a PEM file of certificates"));
    }

    @Test
    void aPeriodReportTemplateMustBeAWordFileAndNamesItsKey(@TempDir Path dir) throws Exception {
        assertThat(LOADER.parse(MINIMAL, "t").report().template()).isNull();
        Path docx = dir.resolve("mau.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("{{organisation}}");
            doc.write(out);
        }
        assertThat(LOADER.parse(MINIMAL + "report: {template: \"" + docx + "\"}\n", "t").report().template())
                .isEqualTo(docx);
        Path text = Files.writeString(dir.resolve("mau.txt"), "not a document");
        for (String value : new String[] {text.toString(), dir.resolve("absent.docx").toString()}) {
            ConfigException e = catchThrowableOfType(ConfigException.class,
                    () -> LOADER.parse(MINIMAL + "report: {template: \"" + value + "\"}\n", "t"));
            assertThat(e.problems()).singleElement().asString()
                    .startsWith("report.template: cannot use \"" + value + "\" as a Word .docx template: ");
        }
        ConfigException unknown = catchThrowableOfType(ConfigException.class,
                () -> LOADER.parse(MINIMAL + "report: {templates: x}\n", "t"));
        assertThat(unknown.problems()).singleElement().asString().startsWith("report.templates: unknown key");
    }
}
