package vn.minhbach.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.config.EmailConfig;
import vn.minhbach.config.EmailConfig.Security;

/** The SMTP probe against GreenMail (plain SMTP, which offers no STARTTLS, and SMTPS with a self-signed certificate). */
class SmtpProbeIT {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
            ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()});

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Map<String, String> LOGIN = Map.of("SMTP_USER", "minhbach", "SMTP_PASSWORD", "s3cret");

    private static Check probe(int port, Security security, String userEnv, String passwordEnv, Duration timeout) {
        return SmtpProbe.probe(new EmailConfig.Smtp("127.0.0.1", port, security, userEnv, passwordEnv), LOGIN::get,
                timeout);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -         | -
            SMTP_USER | SMTP_PASSWORD
            """)
    void aPlainServerAnswersAndNoMessageIsSent(String userEnv, String passwordEnv) {
        int port = MAIL.getSmtp().getPort();

        Check check = probe(port, Security.NONE, userEnv, passwordEnv, TIMEOUT);

        assertThat(check.status()).as(check.found()).isEqualTo(Check.Status.OK);
        assertThat(check.found()).startsWith("127.0.0.1:" + port + " (none): 220 ");
        assertThat(check.cost()).isNull();
        assertThat(MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTlsRequiredButNotOfferedFails() {
        Check check = probe(MAIL.getSmtp().getPort(), Security.STARTTLS, null, null, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).contains("máy chủ không đề nghị STARTTLS");
        assertThat(check.line()).contains("Hậu quả: " + vn.minhbach.i18n.Messages.vi().format(SmtpProbe.COST))
                .contains("Cách sửa: dùng security: ssl");
        assertThat(check.line(vn.minhbach.i18n.Messages.of(vn.minhbach.i18n.Lang.EN)))
                .startsWith("FAILED    SMTP (email.smtp)        127.0.0.1:")
                .contains("; the server does not offer STARTTLS, and security: starttls never sends mail as plain text.",
                        "Consequence: summary e-mails cannot be sent", "Fix: use security: ssl (port 465)")
                .doesNotContain("máy chủ", "Hậu quả");
    }

    @Test
    void aCertificateTheJvmDoesNotTrustFails() {
        int port = MAIL.getSmtps().getPort();

        Check check = probe(port, Security.SSL, null, null, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).startsWith("127.0.0.1:" + port + " (ssl): TLS không thành: ");
        assertThat(check.fix()).contains("-Djavax.net.ssl.trustStore");
    }

    @Test
    void aCredentialVariableNotSetFailsThoughTheServerAnswers() {
        Check check = probe(MAIL.getSmtp().getPort(), Security.NONE, "SMTP_USER", "MINHBACH_NOT_SET", TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).contains(": 220 ").endsWith("; nhưng email.smtp.passwordEnv gọi biến môi trường"
                + " MINHBACH_NOT_SET, biến này chưa được đặt");
    }

    @Test
    void nothingListeningFails() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        Check check = probe(port, Security.NONE, null, null, TIMEOUT);

        assertThat(check.status()).isEqualTo(Check.Status.FAILED);
        assertThat(check.found()).startsWith("127.0.0.1:" + port + " (none): không kết nối được");
    }

    @Test
    void aServerThatNeverGreetsFailsWithinTheTimeout() throws Exception {
        // The kernel accepts the connection into the backlog; nobody ever writes the greeting.
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Check check = probe(silent.getLocalPort(), Security.NONE, null, null, Duration.ofSeconds(1));

            assertThat(check.status()).isEqualTo(Check.Status.FAILED);
            assertThat(check.found()).endsWith(": không trả lời trong 1 giây");
        }
    }
}
