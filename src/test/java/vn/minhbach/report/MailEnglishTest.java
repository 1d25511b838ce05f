package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.minhbach.history.Changes;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.AuditRun;

/** The e-mails and the list of changes in English; Vietnamese stays the default. */
class MailEnglishTest {
    private final AuditRun run = ReportFixture.run();
    private final Changes changes = new Changes("41", LocalDate.of(2026, 11, 27), List.of("qa.response-time"),
            List.of("contact.hotline"), List.of(new Changes.StillFailing("budget.execution", LocalDate.of(2026, 10, 16), 43)));

    @Test
    void theSummaryIsInEnglish() {
        MailSummary.Rendered mail = MailSummary.audit(run, changes, Lang.EN);
        assertThat(mail.subject()).isEqualTo("[minhbach] UBND đặc khu Lý Sơn 28 Nov 2026: "
                + "3 Pass, 1 Stale, 1 Missing, 3 Fail, 1 Unknown, 1 Not applicable");
        assertThat(mail.text()).startsWith("UBND đặc khu Lý Sơn — audit of 28 Nov 2026\nScore ")
                .contains("Changes since the audit of 27 Nov 2026:", "Newly failing: 1", "Fixed: 1",
                        ": Stale, since 16 Oct 2026 (43 days)", "Full report: the attached file report.html.")
                .doesNotContain("Điểm", "kiểm tra ngày", "Mới không đạt", "đính kèm");
        Document html = Jsoup.parse(mail.html());
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h2").eachText()).containsExactly("Changes since the audit of 27 Nov 2026",
                "Items not passing: 6");
        assertThat(html.select("p strong").eachText()).contains("report.html");
        assertThat(MailSummary.audit(run, null, Lang.EN).text()).contains("No earlier audit to compare with.");
    }

    @Test
    void theTestMessageIsInEnglish() {
        MailSummary.Rendered mail = MailSummary.test("UBND X", "smtp.x:587 (starttls)",
                ZonedDateTime.of(2026, 11, 28, 9, 5, 0, 0, ZoneOffset.ofHours(7)), Lang.EN);
        assertThat(mail.subject()).isEqualTo("[minhbach] Test message – UBND X");
        assertThat(mail.text()).isEqualTo("Test message from minhbach for UBND X, sent at 28 Nov 2026 09:05:00 "
                + "(UTC+07:00).\nSMTP server: smtp.x:587 (starttls).\n"
                + "If you received this message, the e-mail settings work.\n");
        assertThat(mail.html()).contains("<html lang=\"en\">");
    }

    @Test
    void theChangesAreListedInEnglish() {
        assertThat(ChangesView.of(changes, run.items(), Lang.EN).lines()).contains(
                "Changes since the audit of 27 Nov 2026:", "  Newly failing: 1", "  Fixed: 1", "  Still failing: 1")
                .anySatisfy(line -> assertThat(line).startsWith("    - budget.execution — ")
                        .endsWith(": since 16 Oct 2026 (43 days)"));
        assertThat(ChangesView.of(changes, run.items()).lines()).startsWith("Thay đổi so với lần kiểm tra 27/11/2026:");
    }
}
