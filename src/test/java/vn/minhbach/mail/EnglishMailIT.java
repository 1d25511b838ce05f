package vn.minhbach.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.mail.MailFixtures.NOV_28;
import static vn.minhbach.mail.MailFixtures.PASSWORD;
import static vn.minhbach.mail.MailFixtures.USER;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.audit.AuditJob;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/** E-mails of a config whose {@code report.lang} is English, as a real SMTP server (GreenMail) receives them. */
class EnglishMailIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("minhbach@lyson.gov.vn", USER, PASSWORD));
    /** Vietnamese words of the e-mails; the organisation and the items' titles are what the config and the audit said. */
    private static final Pattern VIETNAMESE = Pattern.compile("Điểm|Đạt|Không đạt|kiểm tra|Mới không đạt|"
            + "Đã khắc phục|Các mục chưa đạt|Thư thử nghiệm|đính kèm|tuần");

    @TempDir
    Path folder;

    private AuditConfig config(boolean digest) {
        return MailFixtures.config("127.0.0.1", SMTP.getSmtp().getPort(), "none", "always", folder.resolve("history"),
                digest, "en");
    }

    private Notifier notifier() {
        return MailFixtures.notifier(MailFixtures.environment(PASSWORD), new Properties(), new ArrayList<>());
    }

    @Test
    void theSummaryOfAnAuditIsInEnglish() throws Exception {
        AuditConfig config = config(false);
        AuditRun earlier = MailFixtures.run(NOV_28.minusDays(1), "a=PASS", "b=FAIL", "c=FAIL");
        AuditRun run = MailFixtures.run(NOV_28, "a=MISSING", "b=PASS", "c=FAIL", "d=NOT_APPLICABLE");
        Changes changes = new Changes("1", NOV_28.minusDays(1), List.of("a"), List.of("b"),
                List.of(new Changes.StillFailing("c", NOV_28.minusDays(9), 9)));
        AuditJob.Outcome outcome;
        try (AuditStore store = AuditStore.open(config.store())) {
            String key = ConfigKeys.of(config);
            store.save(key, ConfigKeys.fingerprint(config), earlier);
            outcome = new AuditJob.Outcome(run, store.save(key, ConfigKeys.fingerprint(config), run), changes,
                    List.of(), null);
        }

        Notifier.Result result = notifier().afterAudit(config, outcome);

        assertThat(result.status()).as(result.detail()).isEqualTo(Notifier.Status.SENT);
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getSubject())
                .isEqualTo("[minhbach] UBND huyện Lý Sơn 28 Nov 2026: 1 Pass, 1 Missing, 1 Fail, 1 Not applicable");
        Multipart alternative = (Multipart) ((Multipart) message.getContent()).getBodyPart(0).getContent();
        String text = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) alternative.getBodyPart(1).getContent();
        assertThat(text).startsWith("UBND huyện Lý Sơn — audit of 28 Nov 2026\nScore ")
                .contains("Changes since the audit of 27 Nov 2026:", "Newly failing: 1", "Fixed: 1",
                        "c — Mục c: Fail, since 19 Nov 2026 (9 days)", "Items not passing: 2",
                        "Full report: the attached file report.html.", "https://lyson.quangngai.gov.vn/muc/c");
        assertThat(html).contains("<html lang=\"en\">", "Newly failing: 1", "since 19 Nov 2026 (9 days)",
                "Full report: the attached file <strong>report.html</strong>.");
        assertThat(text.replace("UBND huyện Lý Sơn", "")).doesNotContainPattern(VIETNAMESE);
    }

    @Test
    void theTestMessageAndTheDigestAreInEnglish() throws Exception {
        AuditConfig config = config(true);
        assertThat(notifier().test(config).status()).isEqualTo(Notifier.Status.SENT);
        try (AuditStore store = AuditStore.open(config.store())) {
            String key = ConfigKeys.of(config);
            String fingerprint = ConfigKeys.fingerprint(config);
            store.save(key, fingerprint, MailFixtures.run(NOV_28.minusDays(3), "a=PASS", "b=STALE", "c=MISSING"));
            store.save(key, fingerprint, MailFixtures.run(NOV_28, "a=PASS", "b=PASS", "c=MISSING"));
            assertThat(notifier().weeklyDigest(config, store, NOV_28).status()).isEqualTo(Notifier.Status.SENT);
        }

        MimeMessage[] received = SMTP.getReceivedMessages();
        MimeMessage test = received[0];
        assertThat(test.getSubject()).isEqualTo("[minhbach] Test message – UBND huyện Lý Sơn");
        assertThat((String) ((Multipart) test.getContent()).getBodyPart(0).getContent())
                .contains("Test message from minhbach for UBND huyện Lý Sơn, sent at 28 Nov 2026 02:05:00 (UTC+07:00).",
                        "SMTP server: 127.0.0.1:", "If you received this message, the e-mail settings work.");

        MimeMessage digest = received[received.length - 1];
        assertThat(digest.getSubject())
                .isEqualTo("[minhbach] UBND huyện Lý Sơn: week 22 Nov 2026–28 Nov 2026, 2 audits, 2 items not passing");
        Multipart alternative = (Multipart) ((Multipart) digest.getContent()).getBodyPart(0).getContent();
        String text = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        assertThat(text).contains("Result of each audit:", "25 Nov 2026  Score 33.3% · Pass 1 · Stale 1 · Missing 1",
                "c — Mục c: not passing in 2 of 2 audits, since 25 Nov 2026; latest: Missing",
                "Full report of the audit of 28 Nov 2026: the attached file report.html.");
        assertThat(text.replace("UBND huyện Lý Sơn", "")).doesNotContainPattern(VIETNAMESE);
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<html lang=\"en\">", "<th", "Score",
                "Items not passing during the week: 2");
    }
}
