package vn.minhbach.serve;

/** Why an audit ran. */
public enum RunCause {
    /** Its cron came due (or came due while the service was down, and it runs once on return). */
    SCHEDULED,
    /** Someone asked for it now ({@link AuditScheduler#runNow}). */
    REQUESTED,
    /**
     * The process running it died: in a cluster another node runs it again; a service that keeps its schedule in
     * memory runs it again once when it starts.
     */
    RECOVERED
}
