package vn.minhbach.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import vn.minhbach.history.Changes;
import vn.minhbach.history.Week;
import vn.minhbach.i18n.Lang;
import vn.minhbach.model.AuditRun;

/**
 * The words of the e-mails: a subject, a plain-text body and an HTML body (same content), in the config's
 * language (Vietnamese by default) with the verdict names of the report. The summary of one audit leads with
 * what changed since the previous audit, then lists what is failing and for how long, each with a link; the
 * weekly digest shows the week's scores and the items that failed during it.
 */
public final class MailSummary {
    private static final String PREFIX = "[minhbach] ";

    private MailSummary() {
    }

    /** An e-mail's text: subject, plain-text body and HTML body. */
    public record Rendered(String subject, String text, String html) {
    }

    /** "[minhbach] UBND huyện Lý Sơn 28/11/2026: 11 Đạt, 3 Không đạt, ..." and the bodies, in Vietnamese. */
    public static Rendered audit(AuditRun run, Changes changes) {
        return audit(run, changes, Lang.VI);
    }

    /** The summary of an audit in {@code lang}: "[minhbach] UBND huyện Lý Sơn 28 Nov 2026: 11 Pass, ...". */
    public static Rendered audit(AuditRun run, Changes changes, Lang lang) {
        Wording w = Wording.of(lang);
        MailView view = MailView.of(run, changes, w);
        String subject = PREFIX + w.get("mail.subject.audit", view.organisation(), view.auditDate(), view.counts());
        return new Rendered(subject, text(view, w), page("mail-summary.html", view, w));
    }

    /** "[minhbach] UBND huyện Lý Sơn: tuần 22/11/2026–28/11/2026, 7 lần kiểm tra, 3 mục chưa đạt", in Vietnamese. */
    public static Rendered digest(Week week) {
        return digest(week, Lang.VI);
    }

    /** The weekly digest in {@code lang}. */
    public static Rendered digest(Week week, Lang lang) {
        Wording w = Wording.of(lang);
        DigestView view = DigestView.of(week, w);
        String subject = PREFIX + w.messages().get("mail.subject.digest", view.organisation(), view.from(),
                view.to(), view.days().size(), view.failed().size());
        return new Rendered(subject, text(view, w), page("mail-digest.html", view, w));
    }

    /** The test message in Vietnamese. */
    public static Rendered test(String organisation, String server, ZonedDateTime sentAt) {
        return test(organisation, server, sentAt, Lang.VI);
    }

    /** The test message in {@code lang}: proof that the settings work, naming the server and the time it was sent. */
    public static Rendered test(String organisation, String server, ZonedDateTime sentAt, Lang lang) {
        Wording w = Wording.of(lang);
        String when = w.time(sentAt.toOffsetDateTime(), sentAt.getOffset());
        List<String> lines = List.of(w.get("mail.test.sent", organisation, when), w.get("mail.test.server", server),
                w.get("mail.test.works"));
        return new Rendered(PREFIX + w.get("mail.subject.test", organisation), String.join("\n", lines) + "\n",
                page("mail-test.html", lines, w));
    }

    /** The template {@code name}.peb showing {@code view} as {@code r}, with the words of {@code w} as {@code w}. */
    private static String page(String name, Object view, Wording w) {
        StringWriter out = new StringWriter();
        try {
            HtmlReport.ENGINE.getTemplate(name).evaluate(out, Map.of("r", view, "w", w), w.lang().locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(MailView view, Wording w) {
        StringBuilder out = new StringBuilder();
        out.append(w.get("mail.audit.heading", view.organisation(), view.auditDate())).append('\n');
        out.append(w.get("mail.score", view.score())).append(" · ").append(view.counts()).append("\n\n");
        if (view.compared()) {
            out.append(w.get("mail.audit.changes", view.previousDate())).append(":\n");
            section(out, w.get("mail.audit.newlyFailing"), view.newlyFailing(), w);
            section(out, w.get("mail.audit.fixed"), view.fixed(), w);
        } else {
            out.append(w.get("mail.audit.noPrevious")).append('\n');
        }
        out.append('\n');
        section(out, w.get("mail.audit.failing"), view.failing(), w);
        out.append('\n').append(w.get("mail.audit.fullReport", "report.html")).append('\n')
                .append(view.tool()).append('\n');
        return out.toString();
    }

    private static String text(DigestView view, Wording w) {
        StringBuilder out = new StringBuilder();
        out.append(w.get("mail.digest.heading", view.organisation(), view.from(), view.to())).append("\n\n");
        if (view.days().isEmpty()) {
            out.append(w.get("mail.digest.noAudits")).append('\n');
        } else {
            out.append(w.get("mail.digest.audits")).append(":\n");
            for (DigestView.Day day : view.days()) {
                out.append("  ").append(day.date()).append("  ").append(w.get("mail.score", day.score()));
                for (int i = 0; i < day.counts().size(); i++) {
                    if (day.counts().get(i) > 0) {
                        out.append(" · ").append(view.verdicts().get(i)).append(' ').append(day.counts().get(i));
                    }
                }
                out.append('\n');
            }
        }
        out.append('\n').append(w.get("mail.digest.failed")).append(": ")
                .append(view.failed().isEmpty() ? w.get("mail.none") : view.failed().size()).append('\n');
        for (DigestView.Failed failed : view.failed()) {
            MailView.Entry e = failed.entry();
            out.append("  - ").append(e.id()).append(" — ").append(e.title()).append(": ")
                    .append(w.get("mail.digest.failing", failed.failing(), failed.audits(), failed.firstDay()))
                    .append(' ').append(e.verdict()).append('\n');
            if (e.href() != null) {
                out.append("    ").append(e.href()).append('\n');
            }
        }
        if (view.latestDate() != null) {
            out.append('\n').append(w.get("mail.digest.fullReport", view.latestDate(), "report.html")).append('\n');
        }
        out.append(view.tool()).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<MailView.Entry> entries, Wording w) {
        out.append(heading).append(": ").append(entries.isEmpty() ? w.get("mail.none") : entries.size()).append('\n');
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
