package vn.minhbach.report;

import java.time.ZonedDateTime;
import java.util.List;
import vn.minhbach.history.Changes;
import vn.minhbach.history.Week;
import vn.minhbach.model.AuditRun;

/**
 * The words of the e-mails: a subject, a plain-text body and an HTML body (same content), in Vietnamese
 * with the verdict names of the report. The summary of one audit leads with what changed since the previous
 * audit, then lists what is failing and for how long, each with a link; the weekly digest shows the week's
 * scores and the items that failed during it.
 */
public final class MailSummary {
    private static final String PREFIX = "[minhbach] ";

    private MailSummary() {
    }

    /** An e-mail's text: subject, plain-text body and HTML body. */
    public record Rendered(String subject, String text, String html) {
    }

    /** "[minhbach] UBND huyện Lý Sơn 28/11/2026: 11 Đạt, 3 Không đạt, ..." and the bodies. */
    public static Rendered audit(AuditRun run, Changes changes) {
        MailView view = MailView.of(run, changes);
        String subject = PREFIX + view.organisation() + " " + view.auditDate() + ": " + view.counts();
        return new Rendered(subject, text(view), HtmlReport.evaluate("mail-summary.html", view));
    }

    /** "[minhbach] UBND huyện Lý Sơn: tuần 22/11/2026–28/11/2026, 7 lần kiểm tra, 3 mục chưa đạt". */
    public static Rendered digest(Week week) {
        DigestView view = DigestView.of(week);
        String subject = PREFIX + view.organisation() + ": tuần " + view.from() + "–" + view.to() + ", "
                + view.days().size() + " lần kiểm tra, " + view.failed().size() + " mục chưa đạt";
        return new Rendered(subject, text(view), HtmlReport.evaluate("mail-digest.html", view));
    }

    /** The test message: proof that the settings work, naming the server and the time it was sent. */
    public static Rendered test(String organisation, String server, ZonedDateTime sentAt) {
        String when = Labels.time(sentAt.toOffsetDateTime(), sentAt.getOffset());
        List<String> lines = List.of("Thư thử nghiệm từ minhbach cho " + organisation + ", gửi lúc " + when + ".",
                "Máy chủ SMTP: " + server + ".", "Nếu bạn nhận được thư này, cấu hình e-mail đã hoạt động.");
        return new Rendered(PREFIX + "Thư thử nghiệm – " + organisation, String.join("\n", lines) + "\n",
                HtmlReport.evaluate("mail-test.html", lines));
    }

    private static String text(MailView view) {
        StringBuilder out = new StringBuilder();
        out.append(view.organisation()).append(" — kiểm tra ngày ").append(view.auditDate()).append('\n');
        out.append("Điểm ").append(view.score()).append(" · ").append(view.counts()).append("\n\n");
        if (view.compared()) {
            out.append("Thay đổi so với lần kiểm tra ").append(view.previousDate()).append(":\n");
            section(out, "Mới không đạt", view.newlyFailing());
            section(out, "Đã khắc phục", view.fixed());
        } else {
            out.append("Chưa có lần kiểm tra trước để so sánh.\n");
        }
        out.append('\n');
        section(out, "Các mục chưa đạt", view.failing());
        out.append("\nBáo cáo đầy đủ: tệp report.html đính kèm.\n").append(view.tool()).append('\n');
        return out.toString();
    }

    private static String text(DigestView view) {
        StringBuilder out = new StringBuilder();
        out.append(view.organisation()).append(" — tổng hợp tuần ").append(view.from()).append("–")
                .append(view.to()).append("\n\n");
        if (view.days().isEmpty()) {
            out.append("Không có lần kiểm tra nào trong tuần.\n");
        } else {
            out.append("Kết quả từng lần kiểm tra:\n");
            for (DigestView.Day day : view.days()) {
                out.append("  ").append(day.date()).append("  Điểm ").append(day.score());
                for (int i = 0; i < day.counts().size(); i++) {
                    if (day.counts().get(i) > 0) {
                        out.append(" · ").append(view.verdicts().get(i)).append(' ').append(day.counts().get(i));
                    }
                }
                out.append('\n');
            }
        }
        out.append("\nCác mục chưa đạt trong tuần: ").append(view.failed().isEmpty() ? "không có" : view.failed().size())
                .append('\n');
        for (DigestView.Failed failed : view.failed()) {
            MailView.Entry e = failed.entry();
            out.append("  - ").append(e.id()).append(" — ").append(e.title()).append(": chưa đạt ")
                    .append(failed.failing()).append('/').append(failed.audits()).append(" lần, từ ")
                    .append(failed.firstDay()).append("; lần gần nhất: ").append(e.verdict()).append('\n');
            if (e.href() != null) {
                out.append("    ").append(e.href()).append('\n');
            }
        }
        if (view.latestDate() != null) {
            out.append("\nBáo cáo đầy đủ của lần kiểm tra ").append(view.latestDate()).append(": tệp report.html đính kèm.\n");
        }
        out.append(view.tool()).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<MailView.Entry> entries) {
        out.append(heading).append(": ").append(entries.isEmpty() ? "không có" : entries.size()).append('\n');
        for (MailView.Entry e : entries) {
            out.append("  - ").append(e.id()).append(" — ").append(e.title()).append(": ").append(e.verdict());
            if (e.since() != null) {
                out.append(", ").append(e.since());
            }
            out.append('\n');
            if (!e.reason().isBlank()) {
                out.append("    ").append(TerminalText.clean(e.reason())).append('\n');
            }
            if (e.href() != null) {
                out.append("    ").append(e.href()).append('\n');
            }
        }
    }
}
