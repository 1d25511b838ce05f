package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/** {@code history --lang}: the reasons of a stored audit said in the language asked for. */
class HistoryLanguageTest {
    private static final Text REASON = Text.of("web.period.missing", Text.of("report.verdict.STALE"));

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void saveTwoAudits() throws Exception {
        config = Files.writeString(dir.resolve("c.yaml"), "organisation: X\nsites:\n  portal: {url: \"https://x.example.vn/\"}\n"
                + "store: {url: \"jdbc:h2:file:" + dir.resolve("db/minhbach").toAbsolutePath() + "\", evidenceDir: \""
                + dir.resolve("evidence").toAbsolutePath() + "\"}\n");
        AuditConfig loaded = Configs.load(config);
        try (AuditStore store = AuditStore.open(loaded.store())) {
            for (Verdict verdict : List.of(Verdict.PASS, Verdict.STALE)) {
                LocalDate day = verdict == Verdict.PASS ? LocalDate.of(2026, 11, 27) : LocalDate.of(2026, 11, 28);
                OffsetDateTime at = day.atTime(2, 0).atOffset(ZoneOffset.ofHours(7));
                Finding item = new Finding("site.contact", "10", SiteRole.PORTAL, "Liên hệ", verdict,
                        verdict == Verdict.PASS ? Text.plain("") : REASON, null, null, null, Map.of(), List.of());
                store.save(ConfigKeys.of(loaded), ConfigKeys.fingerprint(loaded), new AuditRun("X", day, at,
                        at.plusMinutes(5), List.of(), List.of(item), List.of(), List.of()));
            }
        }
    }

    @Test
    void theDiffSaysTheReasonInTheLanguageAskedFor() {
        CliRun english = CliRun.of("history", "-c", config.toString(), "--diff", "1", "2", "--lang", "en");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.out()).startsWith("from audit 1 (2026-11-27, score ")
                .contains("site.contact", "PASS -> STALE  No report for the period Stale");

        CliRun vietnamese = CliRun.of("history", "-c", config.toString(), "--diff", "1", "2");
        assertThat(vietnamese.out()).contains("PASS -> STALE  Chưa có báo cáo kỳ Chưa cập nhật")
                .doesNotContain("No report");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        CliRun run = CliRun.of("history", "-c", config.toString(), "--lang", "fr");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("vi, en");
    }
}
