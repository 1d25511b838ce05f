package vn.minhbach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.config.CrawlSettings;
import vn.minhbach.config.DashboardConfig;
import vn.minhbach.config.EmailConfig;
import vn.minhbach.config.ItemOverride;
import vn.minhbach.config.ScheduleConfig;
import vn.minhbach.config.SiteConfig;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.model.SiteRole;

class ConfigKeysTest {
    private static final String ORGANISATION = "UBND huyện Lý Sơn";
    private static final String PORTAL = "https://lyson.quangngai.gov.vn/";

    @ParameterizedTest(name = "{0} | {1} -> same history: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            UBND huyện Lý Sơn          | https://lyson.quangngai.gov.vn/         | true
            UBND huyện Lý Sơn          | https://lyson.quangngai.gov.vn          | true
            UBND huyện Lý Sơn          | http://lyson.quangngai.gov.vn/          | true
            UBND huyện Lý Sơn          | https://www.LySon.QuangNgai.gov.vn/     | true
            UBND huyện Lý Sơn          | https://lyson.quangngai.gov.vn:443/     | true
            '  UBND   huyện Lý Sơn '   | https://lyson.quangngai.gov.vn/         | true
            ubnd huyện lý sơn          | https://lyson.quangngai.gov.vn/         | true
            UBND huyện Lý Sơn          | https://lyson.quangngai.gov.vn:8443/    | false
            UBND huyện Lý Sơn          | https://lyson.quangngai.gov.vn/portal/  | false
            UBND huyện Sơn Tịnh        | https://lyson.quangngai.gov.vn/         | false
            UBND huyện Lý Sơn          | https://sontinh.quangngai.gov.vn/       | false
            """)
    void keyFollowsTheOrganisationAndItsSites(String organisation, String portal, boolean same) {
        String reference = ConfigKeys.of(config(ORGANISATION, PORTAL, CrawlSettings.defaults(), ChecklistConfig.DEFAULT));
        String key = ConfigKeys.of(config(organisation, portal, CrawlSettings.defaults(), ChecklistConfig.DEFAULT));
        assertThat(key.equals(reference)).isEqualTo(same);
        assertThat(key).matches("[0-9a-f]{16}");
    }

    @Test
    void keyIgnoresCrawlAndChecklistTuningButFingerprintDoesNot() {
        AuditConfig base = config(ORGANISATION, PORTAL, CrawlSettings.defaults(), ChecklistConfig.DEFAULT);
        CrawlSettings d = CrawlSettings.defaults();
        AuditConfig fewerPages = config(ORGANISATION, PORTAL, new CrawlSettings(100, d.maxDepth(), d.delayMillis(),
                d.concurrency(), d.timeoutSeconds(), d.maxBodyBytes(), d.userAgent(), d.respectRobots()),
                ChecklistConfig.DEFAULT);
        AuditConfig itemOff = config(ORGANISATION, PORTAL, CrawlSettings.defaults(), new ChecklistConfig(
                Map.of("qa.response-time", new ItemOverride(false, List.of(), ItemOverride.Selectors.NONE,
                        List.of(Pattern.compile("hỏi đáp")), Map.of("maxAgeDays", 30.0))), Set.of(), Set.of()));
        AuditConfig holiday = config(ORGANISATION, PORTAL, CrawlSettings.defaults(), new ChecklistConfig(Map.of(),
                Set.of(LocalDate.of(2026, 9, 1)), Set.of()));

        AuditConfig extraCa = config(ORGANISATION, PORTAL, d.withTrustCaFile(Path.of("ca.pem")),
                ChecklistConfig.DEFAULT);

        assertThat(List.of(fewerPages, itemOff, holiday, extraCa)).allSatisfy(changed -> {
            assertThat(ConfigKeys.of(changed)).isEqualTo(ConfigKeys.of(base));
            assertThat(ConfigKeys.fingerprint(changed)).isNotEqualTo(ConfigKeys.fingerprint(base));
        });
        assertThat(ConfigKeys.fingerprint(base)).matches("[0-9a-f]{64}");
    }

    /** Configs stored before crawl.trustCaFile existed keep their fingerprint. */
    @Test
    void crawlSettingsWithoutAnExtraCaReadAsBeforeTheKeyExisted() {
        AuditConfig config = config(ORGANISATION, PORTAL, CrawlSettings.defaults(), ChecklistConfig.DEFAULT);
        assertThat(ConfigKeys.canonical(config))
                .contains("crawl=CrawlSettings[maxPages=5000, maxDepth=10, delayMillis=1000, concurrency=4,"
                        + " timeoutSeconds=20, maxBodyBytes=10485760, userAgent=" + CrawlSettings.DEFAULT_USER_AGENT
                        + ", respectRobots=true]\n");
    }

    @Test
    void fingerprintIsStableAndIgnoresWhereResultsGo() {
        AuditConfig base = config(ORGANISATION, PORTAL, CrawlSettings.defaults(), ChecklistConfig.DEFAULT);
        AuditConfig otherDelivery = new AuditConfig(base.organisation(), base.timezone(), base.sites(), base.crawl(),
                base.checklist(), new ScheduleConfig("0 0 3 * * ?", 3), EmailConfig.NONE,
                new StoreConfig("jdbc:postgresql://db/minhbach", null, null, "./evidence", 30),
                new DashboardConfig("127.0.0.1", 9090, null, null));
        assertThat(ConfigKeys.fingerprint(otherDelivery)).isEqualTo(ConfigKeys.fingerprint(base))
                .isEqualTo(ConfigKeys.fingerprint(config(ORGANISATION, PORTAL, CrawlSettings.defaults(),
                        ChecklistConfig.DEFAULT)));
    }

    private static AuditConfig config(String organisation, String portal, CrawlSettings crawl,
                                      ChecklistConfig checklist) {
        Map<SiteRole, SiteConfig> sites = new EnumMap<>(SiteRole.class);
        sites.put(SiteRole.PORTAL, new SiteConfig(SiteRole.PORTAL, URI.create(portal), crawl));
        sites.put(SiteRole.ONESTOP, new SiteConfig(SiteRole.ONESTOP,
                URI.create("https://motcualyson.quangngai.gov.vn/"), crawl));
        return new AuditConfig(organisation, ZoneId.of("Asia/Ho_Chi_Minh"), sites, crawl, checklist,
                ScheduleConfig.DEFAULT, EmailConfig.NONE, StoreConfig.DEFAULT, DashboardConfig.DEFAULT);
    }
}
