package vn.minhbach.serve;

import java.time.Instant;

/**
 * One firing of a config's job: Quartz's fire instance id (unique across a cluster), the time it was due
 * (for a recovered run, the due time of the run it replaces), why it ran and the node running it.
 */
record Fire(String fireId, Instant scheduledAt, RunCause cause, String node) {
}
