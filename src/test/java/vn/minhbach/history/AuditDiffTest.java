package vn.minhbach.history;

import vn.minhbach.model.Text;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Verdict;

class AuditDiffTest {
    private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    private static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);

    @Test
    void listsOnlyChangedItemsInTheLaterCatalogueOrderThenRemovedOnes() {
        AuditRun from = Runs.run(NOV_27, "a=PASS", "gone=FAIL", "b=FAIL", "c=STALE", "d=PASS");
        AuditRun to = Runs.run(NOV_28, "d=PASS", "c=MISSING", "new=PASS", "b=PASS", "a=STALE");

        AuditDiff diff = AuditDiff.between("41", from, "42", to);

        assertThat(diff.items()).containsExactly(
                new AuditDiff.ItemChange("c", "Mục c", Verdict.STALE, Verdict.MISSING, Text.plain("lý do c")),
                new AuditDiff.ItemChange("new", "Mục new", null, Verdict.PASS, Text.plain("lý do new")),
                new AuditDiff.ItemChange("b", "Mục b", Verdict.FAIL, Verdict.PASS, Text.plain("lý do b")),
                new AuditDiff.ItemChange("a", "Mục a", Verdict.PASS, Verdict.STALE, Text.plain("lý do a")),
                new AuditDiff.ItemChange("gone", "Mục gone", Verdict.FAIL, null, Text.plain("lý do gone")));
        assertThat(diff.from().auditId()).isEqualTo("41");
        assertThat(diff.from().asOf()).isEqualTo(NOV_27);
        assertThat(diff.from().summary().score()).isEqualTo(40.0);
        assertThat(diff.to().auditId()).isEqualTo("42");
        assertThat(diff.to().summary().count(Verdict.PASS)).isEqualTo(3);
    }

    @Test
    void isEmptyForTheSameVerdicts() {
        AuditRun run = Runs.run(NOV_27, "a=PASS", "b=UNKNOWN");
        assertThat(AuditDiff.between("1", run, "2", Runs.run(NOV_28, "a=PASS", "b=UNKNOWN")).items()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            PASS,           FAIL,           BROKEN
            NOT_APPLICABLE, MISSING,        BROKEN
            UNKNOWN,        STALE,          CHANGED
            FAIL,           PASS,           FIXED
            STALE,          NOT_APPLICABLE, CHANGED
            MISSING,        UNKNOWN,        CHANGED
            STALE,          MISSING,        CHANGED
            PASS,           UNKNOWN,        CHANGED
            -,              FAIL,           ADDED
            PASS,           -,              REMOVED
            """)
    void namesHowAVerdictMoved(Verdict before, Verdict after, AuditDiff.Kind kind) {
        assertThat(new AuditDiff.ItemChange("x", "Mục x", before, after, Text.plain("")).kind()).isEqualTo(kind);
    }
}
