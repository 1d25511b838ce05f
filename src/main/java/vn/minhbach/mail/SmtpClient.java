package vn.minhbach.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import vn.minhbach.config.EmailConfig;

/**
 * Talks to the configured SMTP server with Angus Mail: STARTTLS that must succeed when {@code security} is
 * {@code starttls} (never a silent fall-back to plain text), implicit TLS for {@code ssl}, the server's
 * certificate and host name checked, connect/read/write timeouts, and the user and password read from the
 * environment variables the config names. Jakarta Mail's debug output stays off so no credential reaches a
 * log.
 */
final class SmtpClient {
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** For a person at a terminal: a healthy server greets and answers within a second or two. */
    static final Duration SHORT_TIMEOUT = Duration.ofSeconds(10);

    private final EmailConfig.Smtp smtp;
    private final UnaryOperator<String> environment;
    private final Properties overrides;
    private final Duration timeout;

    /**
     * @param overrides extra {@code mail.smtp.*} properties applied last, e.g. {@code mail.smtp.ssl.trust}
     *                  for a server with a private certificate
     */
    SmtpClient(EmailConfig.Smtp smtp, UnaryOperator<String> environment, Properties overrides, Duration timeout) {
        this.smtp = smtp;
        this.environment = environment;
        this.overrides = new Properties();
        this.overrides.putAll(overrides);
        this.timeout = timeout;
    }

    /** The session messages are built in; it holds no credential. */
    Session session() {
        String p = protocol();
        Properties props = new Properties();
        props.put("mail.transport.protocol", p);
        props.put("mail." + p + ".host", smtp.host());
        props.put("mail." + p + ".port", Integer.toString(smtp.port()));
        String millis = Long.toString(timeout.toMillis());
        props.put("mail." + p + ".connectiontimeout", millis);
        props.put("mail." + p + ".timeout", millis);
        props.put("mail." + p + ".writetimeout", millis);
        props.put("mail." + p + ".auth", Boolean.toString(smtp.userEnv() != null));
        switch (smtp.security()) {
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
                props.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case SSL -> {
                props.put("mail.smtps.ssl.enable", "true");
                props.put("mail.smtps.ssl.checkserveridentity", "true");
            }
            case NONE -> { }
        }
        props.putAll(overrides);
        return Session.getInstance(props);
    }

    /** Sends one message; returns what the server answered to it (e.g. {@code 250 OK}). */
    String send(MimeMessage message) throws SendFailure {
        String user = variable("email.smtp.userEnv", smtp.userEnv());
        String password = variable("email.smtp.passwordEnv", smtp.passwordEnv());
        Transport transport;
        try {
            transport = message.getSession().getTransport(protocol());
        } catch (MessagingException e) {
            throw new SendFailure("no SMTP transport: " + e.getMessage(), false, e);
        }
        try {
            transport.connect(smtp.host(), smtp.port(), user, password);
            transport.sendMessage(message, message.getAllRecipients());
            return transport instanceof SMTPTransport t ? t.getLastServerResponse().strip() : "accepted";
        } catch (AuthenticationFailedException e) {
            // The user name is read from the environment like the password: it is named by its variable, never shown.
            throw new SendFailure(where() + " refused the login of the user in " + smtp.userEnv() + ": " + describe(e),
                    false, e);
        } catch (SMTPSendFailedException e) {
            throw new SendFailure(where() + " refused the message: " + describe(e), e.getReturnCode() < 500, e);
        } catch (SendFailedException e) {
            throw new SendFailure(where() + " refused recipients: " + describe(e), false, e);
        } catch (MessagingException e) {
            // A certificate the client does not trust, or a server without the STARTTLS it must offer, stays so.
            boolean tlsProblem = hasCause(e, SSLException.class) || String.valueOf(e.getMessage()).contains("STARTTLS");
            throw new SendFailure("could not send through " + where() + ": " + describe(e), !tlsProblem, e);
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // The message is already accepted or already failed; a failing QUIT changes neither.
            }
        }
    }

    /** "smtp.example.vn:587 (starttls)". */
    String where() {
        return where(smtp);
    }

    static String where(EmailConfig.Smtp smtp) {
        return smtp.host() + ":" + smtp.port() + " (" + smtp.security().name().toLowerCase(Locale.ROOT) + ")";
    }

    private String protocol() {
        return smtp.security() == EmailConfig.Security.SSL ? "smtps" : "smtp";
    }

    private String variable(String key, String name) throws SendFailure {
        if (name == null) {
            return null;
        }
        String value = environment.apply(name);
        if (value == null) {
            throw new SendFailure(key + " names the environment variable " + name + ", which is not set", false, null);
        }
        return value;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The exception's message and its causes', one line. */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 500; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (out.indexOf(message) < 0) {
                out.append(out.length() == 0 ? "" : ": ").append(message);
            }
        }
        return out.toString().replaceAll("\\s+", " ");
    }
}
