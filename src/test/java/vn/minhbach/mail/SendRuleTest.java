package vn.minhbach.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.EmailConfig;
import vn.minhbach.history.Changes;

class SendRuleTest {

    /** changes: none (no previous audit), same (nothing changed), new (an item broke), fixed (an item was fixed). */
    @ParameterizedTest(name = "{0} with items {1} and changes {2}: send {3}")
    @CsvSource({
            "ALWAYS,     a=PASS,              same,  true",
            "ALWAYS,     a=FAIL,              none,  true",
            "ON_CHANGE,  a=FAIL,              same,  false",
            "ON_CHANGE,  a=FAIL,              new,   true",
            "ON_CHANGE,  a=PASS,              fixed, true",
            "ON_CHANGE,  a=PASS,              none,  true",
            "ON_FAILURE, a=PASS,              new,   false",
            "ON_FAILURE, a=PASS b=NOT_APPLICABLE, none, false",
            "ON_FAILURE, a=PASS b=STALE,      same,  true",
            "ON_FAILURE, a=UNKNOWN,           same,  true",
    })
    void decides(EmailConfig.Send rule, String items, String changes, boolean send) {
        var run = MailFixtures.run(MailFixtures.NOV_28, items.split(" "));
        Changes known = switch (changes) {
            case "none" -> null;
            case "same" -> new Changes("1", MailFixtures.NOV_28.minusDays(1), List.of(), List.of(), List.of());
            case "new" -> new Changes("1", MailFixtures.NOV_28.minusDays(1), List.of("a"), List.of(), List.of());
            case "fixed" -> new Changes("1", MailFixtures.NOV_28.minusDays(1), List.of(), List.of("a"), List.of());
            default -> throw new IllegalArgumentException(changes);
        };

        SendRule.Decision decision = SendRule.decide(rule, run, known);

        assertThat(decision.send()).isEqualTo(send);
        assertThat(decision.why()).isNotBlank();
    }
}
