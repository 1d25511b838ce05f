package vn.minhbach.web;

import java.time.OffsetDateTime;

/**
 * Starts the audit of a portal now, for the dashboard's "Kiểm tra ngay" button, and says whether one is
 * running. {@link BackgroundAuditTrigger} runs audits on threads of its own; a scheduler can instead fire
 * its own job for the config, so that a button press and the nightly run never overlap.
 */
public interface AuditTrigger {

    /**
     * Starts an audit of {@code portal} and returns at once; the audit runs in the background and saves
     * itself to the portal's store.
     *
     * @return false when an audit of this portal is already running, in which case no second one starts
     */
    boolean start(Portal portal);

    /** What the trigger knows of the audits it started for the portal with this key. */
    Status status(String portalKey);

    /**
     * @param running     an audit is running now
     * @param startedAt   when the running audit started, or null when none runs
     * @param lastFailure why the last audit started here failed to finish, or null when it did not fail
     */
    record Status(boolean running, OffsetDateTime startedAt, String lastFailure) {
        public static final Status IDLE = new Status(false, null, null);
    }
}
