package vn.minhbach.config;

import java.util.List;

/**
 * E-mailed summaries: the SMTP server, sender, recipients, and when to send. Credentials are read from the
 * environment variables named here, never from the file.
 */
public record EmailConfig(Smtp smtp, String from, List<String> to, Send send, boolean weeklyDigest) {
    public EmailConfig {
        to = List.copyOf(to);
    }

    /** No e-mail configured. */
    public static final EmailConfig NONE = new EmailConfig(null, null, List.of(), Send.ALWAYS, false);

    public boolean configured() {
        return smtp != null && !to.isEmpty();
    }

    /** The SMTP server; security is {@code starttls}, {@code ssl} or {@code none}. */
    public record Smtp(String host, int port, Security security, String userEnv, String passwordEnv) {
    }

    public enum Security { STARTTLS, SSL, NONE }

    /** When a summary is sent after an audit. */
    public enum Send { ALWAYS, ON_CHANGE, ON_FAILURE }
}
