package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.Delivery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.testing.FixtureSite;

/** {@code audit --email} and {@code email --test} against a real SMTP server (GreenMail) in this JVM. */
class EmailCliIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    private Path config(String siteUrl, int smtpPort, String extraSmtp) throws IOException {
        return Files.writeString(dir.resolve("c.yaml"), """
                organisation: "UBND huyện Lý Sơn"
                sites:
                  portal: {url: "%s"}
                crawl: {delayMillis: 0, timeoutSeconds: 5}
                store: {url: "jdbc:h2:file:%s", evidenceDir: "%s"}
                email:
                  smtp: {host: "127.0.0.1", port: %d, security: none%s}
                  from: "minhbach@lyson.gov.vn"
                  to: ["tuphap@lyson.gov.vn"]
                """.formatted(siteUrl, dir.resolve("db/minhbach").toAbsolutePath(), dir.resolve("evidence").toAbsolutePath(),
                smtpPort, extraSmtp));
    }

    @Test
    void auditWithEmailSendsTheSummaryAndKeepsTheAuditsExitCode() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like")) {
            Path config = config(site.baseUri().toString(), SMTP.getSmtp().getPort(), "");

            CliRun run = CliRun.of("audit", "-c", config.toString(), "--as-of", site.asOf().toString(), "-o",
                    dir.resolve("r").toString(), "--email");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(run.out()).contains("e-mail sent to tuphap@lyson.gov.vn: 250");
            MimeMessage[] received = SMTP.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).startsWith("[minhbach] UBND huyện Lý Sơn " + site.asOf().getDayOfMonth())
                    .contains(" Đạt");
        }
    }

    @Test
    void aFailedSendIsAWarningNotAFailedAudit() throws Exception {
        try (FixtureSite site = FixtureSite.start("liferay-like")) {
            Path config = config(site.baseUri().toString(), SMTP.getSmtp().getPort(),
                    ", userEnv: MINHBACH_TEST_UNSET_SMTP_USER");

            CliRun run = CliRun.of("audit", "-c", config.toString(), "--as-of", site.asOf().toString(), "-o",
                    dir.resolve("r").toString(), "--email");

            assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(run.err()).contains("warning: e-mail not sent after 1 attempt(s): email.smtp.userEnv names the "
                    + "environment variable MINHBACH_TEST_UNSET_SMTP_USER, which is not set");
            assertThat(run.out()).contains("saved as audit 1");
            assertThat(dir.resolve("r/report.html")).exists();
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        }
    }

    @Test
    void aMailServerThatAcceptsAndNeverAnswersCostsOneShortTry() throws Exception {
        // The backlog takes the connection; nobody ever reads it or sends the SMTP greeting.
        try (FixtureSite site = FixtureSite.start("liferay-like");
             ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Path config = config(site.baseUri().toString(), silent.getLocalPort(), "");

            CliRun run = CliRun.of("audit", "-c", config.toString(), "--as-of", site.asOf().toString(), "-o",
                    dir.resolve("r").toString(), "--email");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(run.err()).contains("warning: e-mail not sent after 1 attempt(s): could not send through 127.0.0.1:"
                    + silent.getLocalPort()).containsIgnoringCase("timed out");
            assertThat(deliveries(config)).singleElement().satisfies(d -> {
                assertThat(d.sent()).isFalse();
                assertThat(d.attempt()).isEqualTo(1);
            });
        }
    }

    @Test
    void aMailServerThatRefusesCostsOneTry() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        try (FixtureSite site = FixtureSite.start("liferay-like")) {
            Path config = config(site.baseUri().toString(), closed, "");

            CliRun run = CliRun.of("audit", "-c", config.toString(), "--as-of", site.asOf().toString(), "-o",
                    dir.resolve("r").toString(), "--email");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.NOT_ALL_PASS);
            assertThat(run.err()).contains("warning: e-mail not sent after 1 attempt(s): could not send through 127.0.0.1:"
                    + closed);
            assertThat(deliveries(config)).singleElement().satisfies(d -> assertThat(d.sent()).isFalse());
        }
    }

    private static List<Delivery> deliveries(Path config) throws Exception {
        AuditConfig loaded = Configs.load(config);
        try (AuditStore store = AuditStore.open(loaded.store())) {
            return store.deliveries(ConfigKeys.of(loaded), 10);
        }
    }

    @Test
    void auditWithEmailButNoEmailSectionIsAUsageError() throws Exception {
        Path config = Files.writeString(dir.resolve("plain.yaml"),
                "organisation: X\nsites:\n  portal: {url: \"http://127.0.0.1:9/\"}\n");
        CliRun run = CliRun.of("audit", "-c", config.toString(), "--email");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--email: " + config + " has no email section");

        CliRun test = CliRun.of("email", "-c", config.toString(), "--test");
        assertThat(test.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(test.err()).contains("has no email section");
    }

    @Test
    void emailTestPrintsWhatTheServerAnswered() throws Exception {
        CliRun run = CliRun.of("email", "-c", config("http://127.0.0.1:9/", SMTP.getSmtp().getPort(), "").toString(),
                "--test");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("test message sent to tuphap@lyson.gov.vn").containsPattern("server answered: 250");
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void emailTestToAServerThatIsDownExitsThree() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CliRun run = CliRun.of("email", "-c", config("http://127.0.0.1:9/", closed, "").toString(), "--test");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CANNOT_RUN);
        assertThat(run.err()).contains("error: test message not sent: could not send through 127.0.0.1:" + closed);
    }

    @Test
    void emailWithoutTestIsAUsageError() throws Exception {
        CliRun run = CliRun.of("email", "-c", config("http://127.0.0.1:9/", 25, "").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--test");
    }
}
