package vn.minhbach.serve;

/** Why an audit ran. */
public enum RunCause {
    /** Its cron came due (or came due while the service was down, and it runs once on return). */
    SCHEDULED,
    /** Someone asked for it now ({@link AuditScheduler#runNow}). */
    REQUESTED,
    /** The cluster node running it died; another node runs it again. */
    RECOVERED
}
