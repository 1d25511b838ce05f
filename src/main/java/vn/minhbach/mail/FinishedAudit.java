package vn.minhbach.mail;

import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;

/**
 * What the summary e-mail needs of an audit that has just finished. The mail stage owns this view so that it
 * does not depend on the audit that calls it; the audit's outcome implements it.
 */
public interface FinishedAudit {

    /** The audit. */
    AuditRun run();

    /** Its id in the store, or null when it was not saved (then no attempt is recorded). */
    String auditId();

    /** The changes since the previous stored audit, or null when none is known. */
    Changes changes();
}
