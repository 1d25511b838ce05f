package vn.minhbach.web;

import vn.minhbach.model.AuditRun;

/** One whole audit of a portal, saved to its store: what {@link BackgroundAuditTrigger} runs. */
@FunctionalInterface
public interface AuditAction {

    /**
     * Audits the portal and saves the audit; throws when it could not be saved, so that a run missing from
     * the history is counted as a failure.
     */
    AuditRun audit(Portal portal) throws Exception;
}
