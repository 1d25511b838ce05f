package vn.minhbach.mail;

import vn.minhbach.config.EmailConfig;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;

/**
 * Whether the summary of an audit is sent, by the config's {@code email.send}: {@code always};
 * {@code on-change} when an item broke or was fixed since the previous audit (or when there is no previous
 * audit to compare with, so the first summary is never lost); {@code on-failure} when any item is not PASS
 * (the audit's exit code is then 1).
 */
final class SendRule {
    private SendRule() {
    }

    /** The answer, with why, in a few words for the log and the terminal. */
    record Decision(boolean send, String why) {
    }

    static Decision decide(EmailConfig.Send rule, AuditRun run, Changes changes) {
        return switch (rule) {
            case ALWAYS -> new Decision(true, "email.send is always");
            case ON_CHANGE -> changes == null
                    ? new Decision(true, "no previous audit to compare with")
                    : changes.anyChange()
                    ? new Decision(true, changes.newlyFailing().size() + " newly failing, " + changes.fixed().size()
                            + " fixed")
                    : new Decision(false, "email.send is on-change and nothing changed since "
                            + changes.previousAsOf());
            case ON_FAILURE -> run.summary().allPass()
                    ? new Decision(false, "email.send is on-failure and every item passed")
                    : new Decision(true, "some items are not PASS");
        };
    }
}
