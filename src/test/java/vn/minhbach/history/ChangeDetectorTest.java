package vn.minhbach.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Verdict;
import vn.minhbach.store.AuditStatuses;

class ChangeDetectorTest {
    private static final LocalDate DAY0 = LocalDate.of(2026, 11, 1);

    /**
     * One item through nightly audits, one a day from {@link #DAY0}; the last is the current audit.
     * P PASS, S STALE, M MISSING, F FAIL, U UNKNOWN, N NOT_APPLICABLE, - not in that audit.
     * Expected: NEW, FIXED, NONE, or STILL with the day the streak began and the days it has lasted.
     */
    @ParameterizedTest(name = "{0} confirmAfter={1} -> {2} {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            F F          | 1 | STILL | 0 | 1
            F F          | 2 | NEW   |   |
            F F          | 3 | NONE  |   |
            F F F        | 3 | NEW   |   |
            P F          | 1 | NEW   |   |
            P F          | 2 | NONE  |   |
            P F F        | 2 | NEW   |   |
            P F P        | 2 | NONE  |   |
            F F P        | 2 | FIXED |   |
            F F P F      | 2 | NONE  |   |
            F F P F F    | 2 | NEW   |   |
            P F P F P F  | 2 | NONE  |   |
            P F P F P F  | 1 | NEW   |   |
            P F P F P F  | 3 | NONE  |   |
            F P F P      | 1 | FIXED |   |
            F U F        | 2 | NEW   |   |
            F U F        | 3 | NONE  |   |
            F U F U F    | 3 | NEW   |   |
            F U          | 2 | NONE  |   |
            F U U        | 2 | NONE  |   |
            F F U        | 2 | STILL | 0 | 2
            F F U U      | 2 | STILL | 0 | 3
            F F U P      | 2 | FIXED |   |
            F F U U P    | 2 | FIXED |   |
            F F U F      | 2 | STILL | 0 | 3
            P U          | 1 | NONE  |   |
            P P U F      | 1 | NEW   |   |
            F F N        | 2 | NONE  |   |
            F F N F      | 2 | NONE  |   |
            F F N F F    | 2 | NEW   |   |
            N P          | 1 | NONE  |   |
            S M F        | 2 | STILL | 0 | 2
            P F F F      | 2 | STILL | 1 | 2
            F F P F F F  | 2 | STILL | 3 | 2
            P F U U F    | 2 | NEW   |   |
            P F U U F F  | 2 | STILL | 1 | 4
            - F          | 1 | NEW   |   |
            - F          | 2 | NONE  |   |
            - - F F      | 2 | NEW   |   |
            F F - F      | 2 | STILL | 0 | 3
            F F - P      | 2 | FIXED |   |
            U F          | 1 | NEW   |   |
            N F          | 1 | NEW   |   |
            P P          | 1 | NONE  |   |
            """)
    void followsOneItemThroughItsAudits(String nights, int confirmAfter, String expected, Integer sinceDay,
                                        Integer days) {
        String[] verdicts = nights.trim().split("\\s+");
        List<AuditStatuses> earlier = new ArrayList<>();
        for (int night = 0; night < verdicts.length - 1; night++) {
            earlier.add(audit(night, verdicts[night]));
        }
        AuditStatuses current = audit(verdicts.length - 1, verdicts[verdicts.length - 1]);

        Changes changes = ChangeDetector.detect(earlier, current, confirmAfter).orElseThrow();

        assertThat(changes.newlyFailing()).isEqualTo(expected.equals("NEW") ? List.of("x") : List.of());
        assertThat(changes.fixed()).isEqualTo(expected.equals("FIXED") ? List.of("x") : List.of());
        assertThat(changes.stillFailing()).isEqualTo(expected.equals("STILL")
                ? List.of(new Changes.StillFailing("x", DAY0.plusDays(sinceDay), days)) : List.of());
    }

    @Test
    void countsDaysByDateNotByAudits() {
        List<AuditStatuses> earlier = List.of(
                statuses("1", LocalDate.of(2026, 10, 9), "x", Verdict.PASS),
                statuses("2", LocalDate.of(2026, 10, 16), "x", Verdict.STALE),
                statuses("3", LocalDate.of(2026, 11, 27), "x", Verdict.STALE));
        Changes changes = ChangeDetector.detect(earlier,
                statuses("4", LocalDate.of(2026, 11, 28), "x", Verdict.MISSING), 2).orElseThrow();
        assertThat(changes.stillFailing())
                .containsExactly(new Changes.StillFailing("x", LocalDate.of(2026, 10, 16), 43));
        assertThat(changes.previousAuditId()).isEqualTo("3");
        assertThat(changes.previousAsOf()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void hasNoChangesWithoutAnEarlierAudit() {
        assertThat(ChangeDetector.detect(List.of(), statuses("1", DAY0, "x", Verdict.FAIL), 1)).isEmpty();
    }

    @Test
    void refusesAConfirmationCountBelowOne() {
        assertThatThrownBy(() -> ChangeDetector.detect(List.of(), statuses("1", DAY0, "x", Verdict.FAIL), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confirmAfter");
    }

    @Test
    void listsItemsInTheCatalogueOrderOfTheCurrentAuditAndIgnoresDroppedOnes() {
        Map<String, Verdict> before = new LinkedHashMap<>();
        before.put("a", Verdict.FAIL);
        before.put("dropped", Verdict.FAIL);
        before.put("z", Verdict.FAIL);
        before.put("m", Verdict.PASS);
        before.put("b", Verdict.PASS);
        AuditRun current = Runs.run(DAY0.plusDays(1), "z=FAIL", "b=FAIL", "a=FAIL", "m=MISSING", "new=PASS");

        Changes changes = ChangeDetector.detect(List.of(new AuditStatuses("7", DAY0, before)), current, 1)
                .orElseThrow();

        assertThat(changes.newlyFailing()).containsExactly("b", "m");
        assertThat(changes.stillFailing()).extracting(Changes.StillFailing::id).containsExactly("z", "a");
        assertThat(changes.fixed()).isEmpty();
        assertThat(changes.anyChange()).isTrue();
    }

    @Test
    void anyChangeIsFalseWhenFailuresOnlyGoOn() {
        Changes changes = ChangeDetector.detect(List.of(statuses("1", DAY0, "x", Verdict.FAIL)),
                Runs.run(DAY0.plusDays(1), "x=STALE"), 1).orElseThrow();
        assertThat(changes.anyChange()).isFalse();
        assertThat(changes.stillFailing()).hasSize(1);
    }

    @Test
    void serialisesToTheChangesSectionOfReportJson() throws Exception {
        Changes changes = new Changes("41", LocalDate.of(2026, 11, 27), List.of("qa.response-time"),
                List.of("budget.plan"), List.of(new Changes.StillFailing("budget.execution",
                LocalDate.of(2026, 10, 16), 43)));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(json.writeValueAsString(changes)).isEqualTo("{\"previousAuditId\":\"41\","
                + "\"previousAsOf\":\"2026-11-27\",\"newlyFailing\":[\"qa.response-time\"],\"fixed\":[\"budget.plan\"],"
                + "\"stillFailing\":[{\"id\":\"budget.execution\",\"since\":\"2026-10-16\",\"days\":43}]}");
    }

    private static AuditStatuses audit(int night, String code) {
        Map<String, Verdict> statuses = code.equals("-") ? Map.of() : Map.of("x", Runs.verdict(code));
        return new AuditStatuses(Integer.toString(night + 1), DAY0.plusDays(night), statuses);
    }

    private static AuditStatuses statuses(String id, LocalDate asOf, String item, Verdict verdict) {
        return new AuditStatuses(id, asOf, Map.of(item, verdict));
    }
}
