package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.bench.IncrementalSite;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/**
 * An audit whose report or evidence folder cannot be written. Folders are made unwritable by putting them under a
 * regular file, which fails for every user, root included (a read-only mode does not stop root). Reports not
 * written: exit 3 with the folder and the reason, the audit saved whole. Evidence not written: a warning, the
 * reports written, the audit saved whole without its evidence, and the next audit keeps its evidence.
 */
class UnwritableFoldersIT {
    private static final Pattern SAVED = Pattern.compile("saved in the history as (\\d+)");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;
    private Path blocker;

    @BeforeEach
    void blocker() throws Exception {
        blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
    }

    @Test
    void reportsThatCannotBeWrittenExitThreeWithTheFolderAndTheReasonAndTheAuditStaysSaved() throws Exception {
        try (IncrementalSite site = IncrementalSite.start(0, 10)) {
            Path config = config(site, dir.resolve("evidence"));

            CliRun run = CliRun.of("audit", "-c", config.toString(), "--as-of", AS_OF.toString(),
                    "-o", blocker.resolve("reports").toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CANNOT_RUN);
            assertThat(run.err()).contains("error: cannot write the reports to " + blocker.resolve("reports"),
                    "Not a directory");
            Matcher saved = SAVED.matcher(run.err());
            assertThat(saved.find()).as(run.err()).isTrue();
            try (AuditStore store = AuditStore.open(load(config).store())) {
                String key = ConfigKeys.of(load(config));
                assertThat(store.list(key, 10)).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(saved.group(1)));
                assertThat(store.load(saved.group(1))).hasValueSatisfying(a -> assertThat(a.items()).isNotEmpty());
                assertThat(store.abandoned(key)).isEmpty();
                assertThat(store.evidence().captures(saved.group(1))).isNotEmpty();
            }

            CliRun period = CliRun.of("report", "-c", config.toString(), "--period", "2026-11", "--as-of",
                    AS_OF.toString(), "-o", blocker.resolve("period").toString());
            assertThat(period.exitCode()).as(period.out() + period.err()).isEqualTo(ExitCodes.CANNOT_RUN);
            assertThat(period.err()).contains("error: cannot write the period report to " + blocker.resolve("period"),
                    "Not a directory");
        }
    }

    @Test
    void evidenceThatCannotBeWrittenIsAWarningAndTheAuditIsSavedAndReported() throws Exception {
        try (IncrementalSite site = IncrementalSite.start(0, 10)) {
            Path config = config(site, blocker.resolve("evidence"));

            CliRun run = CliRun.of("audit", "-c", config.toString(), "--as-of", AS_OF.toString(),
                    "-o", dir.resolve("reports").toString());

            assertThat(run.exitCode()).as(run.out() + run.err()).isIn(ExitCodes.ALL_PASS, ExitCodes.NOT_ALL_PASS);
            assertThat(run.err()).contains("warning: evidence not kept: cannot write evidence to",
                    "Not a directory");
            assertThat(dir.resolve("reports/report.json")).isNotEmptyFile();
            Matcher saved = Pattern.compile("saved as audit (\\d+)").matcher(run.out());
            assertThat(saved.find()).as(run.out()).isTrue();
            try (AuditStore store = AuditStore.open(load(config).store())) {
                String key = ConfigKeys.of(load(config));
                assertThat(store.list(key, 10)).hasSize(1);
                assertThat(store.load(saved.group(1))).hasValueSatisfying(a -> assertThat(a.items()).isNotEmpty());
                assertThat(store.evidence().captures(saved.group(1))).isEmpty();
                assertThat(store.abandoned(key)).isEmpty();
            }

            Files.delete(blocker);
            CliRun next = CliRun.of("audit", "-c", config.toString(), "--as-of", AS_OF.plusDays(1).toString(),
                    "-o", dir.resolve("reports2").toString());
            assertThat(next.err()).doesNotContain("warning");
            assertThat(next.out()).containsPattern("evidence: [1-9]\\d* pages");
        }
    }

    private Path config(IncrementalSite site, Path evidence) throws Exception {
        return Files.writeString(dir.resolve("config.yaml"), "organisation: \"UBND xã Thử Nghiệm\"\n"
                + "sites:\n  portal: {url: \"" + site.home() + "\"}\n"
                + "crawl: {delayMillis: 0, timeoutSeconds: 5}\n"
                + "store: {url: \"jdbc:h2:file:" + dir.resolve("db/history") + "\", evidenceDir: \"" + evidence
                + "\"}\n");
    }

    private static AuditConfig load(Path config) throws Exception {
        return new ConfigLoader(Checklist.defaults().parameterNames()).load(config);
    }
}
