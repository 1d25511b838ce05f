package vn.minhbach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.mail.MailFixtures.NOV_28;
import static vn.minhbach.mail.MailFixtures.PASSWORD;
import static vn.minhbach.mail.MailFixtures.USER;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.audit.AuditJob;

/**
 * Encrypted submission: STARTTLS on a server that offers it (a relay in front of GreenMail with GreenMail's
 * self-signed certificate, trusted through {@code mail.smtp.ssl.trust}), STARTTLS refused to a server that does
 * not offer it, and SMTPS with the certificate trusted or not.
 */
class TlsIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new com.icegreen.greenmail.util.ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
                    ServerSetupTest.SMTPS.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("minhbach@lyson.gov.vn", USER, PASSWORD));

    @TempDir
    Path folder;

    private final List<Duration> pauses = new ArrayList<>();

    private Notifier.Result send(String host, int port, String security, Properties overrides) {
        var config = MailFixtures.config(host, port, security, "always", folder.resolve("history"), false);
        return MailFixtures.notifier(MailFixtures.environment(PASSWORD), overrides, pauses).afterAudit(config,
                new AuditJob.Outcome(MailFixtures.run(NOV_28, "a=FAIL"), null, null, List.of(), null));
    }

    /**
     * Trusts GreenMail's self-signed certificate. It names no host, so the host-name check (on by default, see
     * {@link #theServerNameIsCheckedAgainstTheCertificate}) is switched off with it.
     */
    private static Properties trust(String protocol) {
        Properties properties = trustOnly(protocol);
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "false");
        return properties;
    }

    private static Properties trustOnly(String protocol) {
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".ssl.trust", "*");
        return properties;
    }

    @Test
    void theServerNameIsCheckedAgainstTheCertificate() throws Exception {
        try (StartTlsRelay relay = new StartTlsRelay(MAIL.getSmtp().getPort())) {
            Notifier.Result starttls = send("localhost", relay.port(), "starttls", trustOnly("smtp"));
            Notifier.Result smtps = send("localhost", MAIL.getSmtps().getPort(), "ssl", trustOnly("smtps"));

            assertThat(starttls.status()).isEqualTo(Notifier.Status.FAILED);
            assertThat(starttls.detail()).contains("No name matching localhost");
            assertThat(smtps.status()).isEqualTo(Notifier.Status.FAILED);
            assertThat(smtps.detail()).contains("No name matching localhost");
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void startTlsUpgradesTheConnectionBeforeLoggingIn() throws Exception {
        try (StartTlsRelay relay = new StartTlsRelay(MAIL.getSmtp().getPort())) {
            Notifier.Result result = send("localhost", relay.port(), "starttls", trust("smtp"));

            assertThat(result.status()).as(result.detail()).isEqualTo(Notifier.Status.SENT);
            assertThat(relay.tlsProtocols).singleElement().asString().startsWith("TLSv1.");
            assertThat(MAIL.getReceivedMessages()).hasSize(2);
        }
    }

    @Test
    void startTlsIsRequiredNotJustTried() {
        Notifier.Result result = send("localhost", MAIL.getSmtp().getPort(), "starttls", trust("smtp"));

        assertThat(result.status()).isEqualTo(Notifier.Status.FAILED);
        assertThat(result.detail()).contains("STARTTLS");
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTlsChecksTheCertificate() throws Exception {
        try (StartTlsRelay relay = new StartTlsRelay(MAIL.getSmtp().getPort())) {
            Notifier.Result result = send("localhost", relay.port(), "starttls", new Properties());

            assertThat(result.status()).isEqualTo(Notifier.Status.FAILED);
            assertThat(result.detail()).containsIgnoringCase("certification path");
            assertThat(result.attempts()).isEqualTo(1);
            assertThat(MAIL.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void smtpsSpeaksTlsFromTheFirstByte() {
        Notifier.Result result = send("localhost", MAIL.getSmtps().getPort(), "ssl", trust("smtps"));

        assertThat(result.status()).as(result.detail()).isEqualTo(Notifier.Status.SENT);
        assertThat(MAIL.getReceivedMessages()).hasSize(2);
    }

    @Test
    void smtpsRefusesAnUntrustedCertificate() {
        Notifier.Result result = send("localhost", MAIL.getSmtps().getPort(), "ssl", new Properties());

        assertThat(result.status()).isEqualTo(Notifier.Status.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }
}
