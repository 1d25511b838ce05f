package vn.minhbach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.bench.IncrementalSite;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.evidence.EvidenceArchive;
import vn.minhbach.evidence.Shown;
import vn.minhbach.model.Evidence;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.StoreException;

/**
 * Audits of a generated site with ETag and Last-Modified, through the job with an H2 store: the second audit
 * of an unchanged site downloads no page yet gives the verdicts of a full download; after 5% of the pages
 * changed, only those are downloaded; the pages behind the verdicts are kept and read back.
 */
class IncrementalAuditIT {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final int PAGES = 120;

    @TempDir
    Path dir;
    private IncrementalSite site;
    private AuditConfig config;
    private AuditJob job;

    @BeforeEach
    void start() throws Exception {
        site = IncrementalSite.start(0, PAGES);
        String yaml = "organisation: \"UBND xã Thử Nghiệm\"\nsites:\n  portal: {url: \"" + site.home() + "\"}\n"
                + "crawl: {delayMillis: 0, timeoutSeconds: 5, concurrency: 4, maxPages: 500}\n"
                + "store: {url: \"jdbc:h2:file:" + dir.resolve("db/history").toAbsolutePath() + "\", evidenceDir: \""
                + dir.resolve("evidence").toAbsolutePath() + "\"}\n";
        config = new ConfigLoader(Checklist.defaults().parameterNames()).parse(yaml, "incremental");
        Clock clock = Clock.systemUTC();
        job = new AuditJob(new Auditor(Checklist.defaults(), clock, CrawlListener.NONE), clock, AuditStore::open);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void unchangedPagesAreNotDownloadedAgainAndGiveTheSameVerdicts() throws Exception {
        AuditJob.Outcome first = audit("r1");
        assertThat(first.warning()).isNull();
        assertThat(first.history().downloaded()).isEqualTo(PAGES);
        assertThat(first.history().unchanged()).isZero();
        assertThat(first.history().evidencePages()).isPositive();
        assertThat(first.history().newRecords()).isEqualTo(first.history().evidencePages());
        assertThat(site.stats().full()).isEqualTo(PAGES);
        site.reset();

        AuditJob.Outcome second = audit("r2");

        assertThat(second.history().downloaded()).isZero();
        assertThat(second.history().unchanged()).isEqualTo(PAGES);
        assertThat(site.stats().full()).isZero();
        assertThat(site.stats().notModified()).isEqualTo(PAGES);
        assertThat(second.run().items()).isEqualTo(first.run().items());
        assertThat(second.history().evidencePages()).isEqualTo(first.history().evidencePages());
        assertThat(second.history().newRecords()).isZero();
        AuditJob.Outcome full = job.run(config, AS_OF, false, dir.resolve("r-full"), Set.of(ReportFormat.JSON));
        assertThat(full.history()).isNull();
        assertThat(full.run().items()).isEqualTo(second.run().items());
        site.reset();

        List<Integer> changed = site.change(5);
        AuditJob.Outcome third = audit("r3");

        assertThat(changed).hasSize(6);
        assertThat(third.history().downloaded()).isEqualTo(changed.size());
        assertThat(third.history().unchanged()).isEqualTo(PAGES - changed.size());
        assertThat(site.stats().full()).isEqualTo(changed.size());
        assertThat(third.run().items()).extracting(f -> f.id()).isEqualTo(first.run().items().stream().map(f -> f.id()).toList());
    }

    @Test
    void thePagesBehindTheVerdictsAreReadBackAsTheSiteShowedThem() throws Exception {
        AuditJob.Outcome outcome = audit("r1");
        URI cited = outcome.run().items().stream().flatMap(f -> f.evidence().stream()).map(Evidence::url)
                .filter(url -> url != null && url.getHost().equals("127.0.0.1")).findFirst()
                .orElseGet(() -> fail("no finding cites a page of the site"));

        try (AuditStore store = AuditStore.open(config.store())) {
            EvidenceArchive archive = new EvidenceArchive(Path.of(config.store().evidenceDir()), store.evidence());
            Shown shown = archive.shown(outcome.auditId(), cited).orElseThrow();
            String live = new String(cited.toURL().openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(shown.text()).isEqualTo(live);
            assertThat(shown.response().etag()).startsWith("\"");
            assertThat(store.evidence().captures(outcome.auditId())).hasSize(outcome.history().evidencePages());
        }
    }

    @Test
    void withoutHistoryNoStoreIsOpenedAndAStoreThatFailsCostsOnlyTheHistory() throws Exception {
        Clock clock = Clock.systemUTC();
        Auditor auditor = new Auditor(Checklist.defaults(), clock, CrawlListener.NONE);
        AuditJob noStore = new AuditJob(auditor, clock, store -> {
            throw new AssertionError("a store was opened for an audit without history");
        });
        AuditJob.Outcome plain = noStore.run(config, AS_OF, false, dir.resolve("plain"), Set.of(ReportFormat.JSON));
        assertThat(plain.history()).isNull();
        assertThat(plain.reports()).hasSize(1);

        AuditJob broken = new AuditJob(auditor, clock, store -> {
            throw new StoreException("store.url: no database here");
        });
        AuditJob.Outcome failed = broken.run(config, AS_OF, true, dir.resolve("failed"), Set.of(ReportFormat.JSON));
        assertThat(failed.warning()).isEqualTo("history not saved: store.url: no database here");
        assertThat(failed.auditId()).isNull();
        assertThat(failed.run().items()).isEqualTo(plain.run().items());
    }

    private AuditJob.Outcome audit(String reports) throws Exception {
        return job.run(config, AS_OF, true, dir.resolve(reports), Set.of(ReportFormat.JSON));
    }
}
