package vn.minhbach.store;

import java.time.OffsetDateTime;

/**
 * One attempt to send an e-mail, as recorded in the store: which config and audit it was about, when, the
 * how-manieth try it was, whether the server took the message and what it answered (or why it could not be
 * reached). Never holds a credential.
 *
 * @param configKey  the config the e-mail belongs to ({@link ConfigKeys#of})
 * @param auditId    the audit summarised, or null for a digest or a test message
 * @param kind       what was sent: {@code summary}, {@code digest} or {@code test}
 * @param at         when the attempt ended, with its offset
 * @param attempt    1 for the first try, 2 for the first retry, ...
 * @param sent       true when the server accepted the message
 * @param recipients the addresses, comma separated
 * @param reply      the server's answer, or the error that prevented one
 */
public record Delivery(String configKey, String auditId, String kind, OffsetDateTime at, int attempt,
                       boolean sent, String recipients, String reply) {
}
