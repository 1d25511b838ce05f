package vn.minhbach.model;

/** The outcome of one checklist item, as defined in checklist.md. */
public enum Verdict {
    /** Found, and current as of the audit date. */
    PASS,
    /** Found, but the edition due by the audit date is missing or too old. */
    STALE,
    /** Nothing matching was found on a site that could be crawled. */
    MISSING,
    /** Found and current, but a measured figure misses its target. */
    FAIL,
    /** Could not be decided: pages unreachable, crawl limit, or content only behind JavaScript. */
    UNKNOWN,
    /** Switched off in the config, or no site of the needed role is configured. */
    NOT_APPLICABLE
}
