package vn.minhbach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.mail.MailFixtures.NOV_28;
import static vn.minhbach.mail.MailFixtures.PASSWORD;
import static vn.minhbach.mail.MailFixtures.TO;
import static vn.minhbach.mail.MailFixtures.USER;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;
import vn.minhbach.store.Delivery;

/** Summaries, digests and test messages sent to a real SMTP server (GreenMail) in this JVM. */
class NotifierIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("minhbach@lyson.gov.vn", USER, PASSWORD));

    @TempDir
    Path folder;

    private final List<Duration> pauses = new ArrayList<>();

    private AuditConfig config(String send) {
        return MailFixtures.config("127.0.0.1", SMTP.getSmtp().getPort(), "none", send, folder.resolve("history"),
                false);
    }

    private Notifier notifier(String password) {
        return MailFixtures.notifier(MailFixtures.environment(password), new Properties(), pauses);
    }

    /** The run saved in the config's store, with the changes since an earlier saved run. */
    private AuditJob.Outcome saved(AuditConfig config, AuditRun earlier, AuditRun run, Changes changes) {
        try (AuditStore store = AuditStore.open(config.store())) {
            String key = ConfigKeys.of(config);
            store.save(key, ConfigKeys.fingerprint(config), earlier);
            return new AuditJob.Outcome(run, store.save(key, ConfigKeys.fingerprint(config), run), changes, List.of(),
                    null);
        }
    }

    private List<Delivery> deliveries(AuditConfig config) {
        try (AuditStore store = AuditStore.open(config.store())) {
            return store.deliveries(ConfigKeys.of(config), 100);
        }
    }

    @Test
    void sendsTheSummaryToEveryRecipientWithTextHtmlAndTheReportAttached() throws Exception {
        AuditConfig config = config("always");
        AuditRun earlier = MailFixtures.run(NOV_28.minusDays(1), "a=PASS", "b=FAIL", "c=FAIL");
        AuditRun run = MailFixtures.run(NOV_28, "a=MISSING", "b=PASS", "c=FAIL", "d=NOT_APPLICABLE");
        Changes changes = new Changes("1", NOV_28.minusDays(1), List.of("a"), List.of("b"),
                List.of(new Changes.StillFailing("c", NOV_28.minusDays(9), 9)));
        AuditJob.Outcome outcome = saved(config, earlier, run, changes);

        Notifier.Result result = notifier(PASSWORD).afterAudit(config, outcome);

        assertThat(result.status()).isEqualTo(Notifier.Status.SENT);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.detail()).startsWith("250");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage message = received[0];
        assertThat(Arrays.stream(message.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()))
                .containsExactlyElementsOf(TO);
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("minhbach@lyson.gov.vn");
        assertThat(message.getSubject())
                .isEqualTo("[minhbach] UBND huyện Lý Sơn 28/11/2026: 1 Đạt, 1 Không có, 1 Không đạt, 1 Không áp dụng");

        Multipart mixed = (Multipart) message.getContent();
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        assertThat(mixed.getCount()).isEqualTo(2);
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        BodyPart text = alternative.getBodyPart(0);
        BodyPart html = alternative.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        String plain = (String) text.getContent();
        assertThat(plain).contains("Thay đổi so với lần kiểm tra 27/11/2026", "Mới không đạt: 1", "Đã khắc phục: 1",
                "c — Mục c: Không đạt, từ 19/11/2026 (9 ngày)", "https://lyson.quangngai.gov.vn/muc/c");
        assertThat(plain.indexOf("Mới không đạt")).isLessThan(plain.indexOf("Các mục chưa đạt"));
        assertThat((String) html.getContent()).contains("<a href=\"https://lyson.quangngai.gov.vn/muc/a\"",
                "Mới không đạt: 1", "từ 19/11/2026 (9 ngày)");
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("report.html");
        assertThat(attachment.getContentType()).startsWith("text/html");
        assertThat((String) attachment.getContent()).startsWith("<!DOCTYPE html>")
                .contains("Báo cáo kiểm tra công khai thông tin", "UBND huyện Lý Sơn");

        List<Delivery> deliveries = deliveries(config);
        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.sent()).isTrue();
            assertThat(d.kind()).isEqualTo("summary");
            assertThat(d.auditId()).isEqualTo(outcome.auditId());
            assertThat(d.recipients()).isEqualTo(String.join(", ", TO));
            assertThat(d.reply()).startsWith("250");
        });
    }

    @Test
    void followsTheSendRule() {
        AuditRun earlier = MailFixtures.run(NOV_28.minusDays(1), "a=FAIL");
        AuditRun same = MailFixtures.run(NOV_28, "a=FAIL");
        Changes nothing = new Changes("1", NOV_28.minusDays(1), List.of(), List.of(),
                List.of(new Changes.StillFailing("a", NOV_28.minusDays(1), 1)));
        AuditConfig onChange = config("on-change");
        AuditJob.Outcome unchanged = saved(onChange, earlier, same, nothing);

        Notifier.Result skipped = notifier(PASSWORD).afterAudit(onChange, unchanged);

        assertThat(skipped.status()).isEqualTo(Notifier.Status.SKIPPED);
        assertThat(skipped.detail()).contains("on-change");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(deliveries(onChange)).isEmpty();

        AuditJob.Outcome passing = new AuditJob.Outcome(MailFixtures.run(NOV_28, "a=PASS"), null, null, List.of(),
                null);
        assertThat(notifier(PASSWORD).afterAudit(config("on-failure"), passing).status())
                .isEqualTo(Notifier.Status.SKIPPED);
        assertThat(notifier(PASSWORD).afterAudit(config("on-failure"), unchanged).status())
                .isEqualTo(Notifier.Status.SENT);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aRefusedLoginFailsAtOnceAndIsRecordedWithoutThePassword() {
        AuditConfig config = config("always");
        AuditJob.Outcome outcome = saved(config, MailFixtures.run(NOV_28.minusDays(1), "a=PASS"),
                MailFixtures.run(NOV_28, "a=FAIL"), null);

        Notifier.Result result = notifier("wrong-password-123").afterAudit(config, outcome);

        assertThat(result.status()).isEqualTo(Notifier.Status.FAILED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(pauses).isEmpty();
        assertThat(result.detail()).contains("refused the login of the user in " + MailFixtures.USER_ENV).contains("535")
                .doesNotContain("wrong-password-123");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(deliveries(config)).singleElement().satisfies(d -> {
            assertThat(d.sent()).isFalse();
            assertThat(d.reply()).isEqualTo(result.detail());
        });
    }

    @Test
    void aServerThatIsDownIsRetriedWithGrowingPausesThenRecordedAsFailed() throws IOException {
        int closedPort = freePort();
        AuditConfig config = MailFixtures.config("127.0.0.1", closedPort, "none", "always", folder.resolve("history"),
                false);
        AuditJob.Outcome outcome = saved(config, MailFixtures.run(NOV_28.minusDays(1), "a=PASS"),
                MailFixtures.run(NOV_28, "a=FAIL"), null);

        Notifier.Result result = notifier(PASSWORD).afterAudit(config, outcome);

        assertThat(result.status()).isEqualTo(Notifier.Status.FAILED);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.detail()).contains("could not send through 127.0.0.1:" + closedPort, "Connection refused");
        assertThat(pauses).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(90));
        assertThat(deliveries(config)).hasSize(4).allSatisfy(d -> assertThat(d.sent()).isFalse())
                .extracting(Delivery::attempt).containsExactly(4, 3, 2, 1);
    }

    @Test
    void aServerThatComesBackDuringTheBackoffGetsTheMessage() throws Exception {
        int port = freePort();
        AuditConfig config = MailFixtures.config("127.0.0.1", port, "none", "always", folder.resolve("history"), false);
        GreenMail late = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("minhbach@lyson.gov.vn", USER, PASSWORD));
        Backoff backoff = new Backoff(3, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(5), pause -> {
            pauses.add(pause);
            late.start();
        });
        Notifier notifier = new Notifier(MailFixtures.environment(PASSWORD)::get, new Properties(), backoff,
                java.time.Clock.systemUTC());
        try {
            Notifier.Result result = notifier.afterAudit(config, new AuditJob.Outcome(
                    MailFixtures.run(NOV_28, "a=FAIL"), null, null, List.of(), null));

            assertThat(result.status()).isEqualTo(Notifier.Status.SENT);
            assertThat(result.attempts()).isEqualTo(2);
            assertThat(pauses).containsExactly(Duration.ofSeconds(10));
            assertThat(late.getReceivedMessages()).hasSize(2);
        } finally {
            late.stop();
        }
    }

    @Test
    void anUnsetCredentialVariableIsNamedAndNotRetried() {
        Notifier notifier = MailFixtures.notifier(java.util.Map.of(), new Properties(), pauses);
        Notifier.Result result = notifier.afterAudit(config("always"),
                new AuditJob.Outcome(MailFixtures.run(NOV_28, "a=FAIL"), null, null, List.of(), null));

        assertThat(result.status()).isEqualTo(Notifier.Status.FAILED);
        assertThat(result.detail()).isEqualTo("email.smtp.userEnv names the environment variable "
                + MailFixtures.USER_ENV + ", which is not set");
        assertThat(pauses).isEmpty();
    }

    @Test
    void theTestMessageSaysWhatTheServerAnswered() throws Exception {
        Notifier.Result result = notifier(PASSWORD).test(config("on-failure"));

        assertThat(result.status()).isEqualTo(Notifier.Status.SENT);
        assertThat(result.detail()).startsWith("250");
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("[minhbach] Thư thử nghiệm – UBND huyện Lý Sơn");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        assertThat((String) ((Multipart) message.getContent()).getBodyPart(0).getContent())
                .contains("gửi lúc 28/11/2026 02:05:00 (UTC+07:00)", "127.0.0.1:" + SMTP.getSmtp().getPort() + " (none)");
    }

    @Test
    void theWeeklyDigestShowsTheWeeksScoresAndWhatFailedDuringIt() throws Exception {
        AuditConfig config = MailFixtures.config("127.0.0.1", SMTP.getSmtp().getPort(), "none", "on-change",
                folder.resolve("history"), true);
        Notifier.Result result;
        try (AuditStore store = AuditStore.open(config.store())) {
            String key = ConfigKeys.of(config);
            String fingerprint = ConfigKeys.fingerprint(config);
            store.save(key, fingerprint, MailFixtures.run(NOV_28.minusDays(7), "a=FAIL", "b=FAIL", "c=PASS"));
            store.save(key, fingerprint, MailFixtures.run(NOV_28.minusDays(6), "a=PASS", "b=STALE", "c=PASS"));
            store.save(key, fingerprint, MailFixtures.run(NOV_28.minusDays(3), "a=PASS", "b=STALE", "c=MISSING"));
            store.save(key, fingerprint, MailFixtures.run(NOV_28, "a=PASS", "b=PASS", "c=MISSING"));

            result = notifier(PASSWORD).weeklyDigest(config, store, NOV_28);

            assertThat(store.deliveries(key, 10)).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo("digest");
                assertThat(d.auditId()).isNull();
                assertThat(d.sent()).isTrue();
            });
        }

        assertThat(result.status()).as(result.detail()).isEqualTo(Notifier.Status.SENT);
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject())
                .isEqualTo("[minhbach] UBND huyện Lý Sơn: tuần 22/11/2026–28/11/2026, 3 lần kiểm tra, 2 mục chưa đạt");
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        String text = (String) alternative.getBodyPart(0).getContent();
        assertThat(text).contains("22/11/2026  Điểm 66,7% · Đạt 2 · Chưa cập nhật 1",
                "25/11/2026  Điểm 33,3% · Đạt 1 · Chưa cập nhật 1 · Không có 1", "28/11/2026  Điểm 66,7%",
                "b — Mục b: chưa đạt 2/3 lần, từ 22/11/2026; lần gần nhất: Đạt",
                "c — Mục c: chưa đạt 2/3 lần, từ 25/11/2026; lần gần nhất: Không có",
                "https://lyson.quangngai.gov.vn/muc/c")
                .doesNotContain("21/11/2026", "a — Mục a");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<table", "66,7%", "Mục c");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("report.html");
        assertThat((String) mixed.getBodyPart(1).getContent()).contains("28/11/2026");
    }

    @Test
    void noDigestUnlessConfigured() {
        AuditConfig config = config("always");
        try (AuditStore store = AuditStore.open(config.store())) {
            Notifier.Result result = notifier(PASSWORD).weeklyDigest(config, store, NOV_28);
            assertThat(result.status()).isEqualTo(Notifier.Status.SKIPPED);
            assertThat(result.detail()).isEqualTo("email.weeklyDigest is false");
        }
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
