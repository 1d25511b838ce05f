package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import vn.minhbach.history.Week;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;

/**
 * What the weekly digest shows, worded in the config's language: one row per audit of the week (date, score, counts per
 * verdict) and the items that failed during it, each with how often and a link.
 */
record DigestView(String organisation, String from, String to, List<String> verdicts, List<Day> days,
                  List<Failed> failed, String latestDate, String tool) {

    /** One audit: its date, score and the number of items per verdict, in {@link Verdict} order. */
    record Day(String date, String score, List<Integer> counts) {
    }

    /** An item that failed during the week; {@code entry.since} says on how many audits. */
    record Failed(MailView.Entry entry, int failing, int audits, String firstDay) {
    }

    static DigestView of(Week week, Wording w) {
        List<String> verdicts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            verdicts.add(w.verdict(verdict));
        }
        List<Day> days = new ArrayList<>();
        for (AuditRecord record : week.audits()) {
            List<Integer> counts = new ArrayList<>();
            for (Verdict verdict : Verdict.values()) {
                counts.add(record.count(verdict));
            }
            days.add(new Day(w.day(record.asOf()), w.score(record.score()), counts));
        }
        List<Failed> failed = new ArrayList<>();
        for (Week.Failed item : week.failed()) {
            MailView.Entry entry = item.finding() == null
                    ? new MailView.Entry(item.id(), item.id(), w.get("mail.digest.gone"), "", "", null, null)
                    : MailView.entry(item.finding(), week.latest(), null, w);
            failed.add(new Failed(entry, item.failing(), item.audits(), w.day(item.since())));
        }
        return new DigestView(week.organisation(), w.day(week.from()), w.day(week.to()), verdicts, days,
                failed, week.latest() == null ? null : w.day(week.latest().asOf()),
                JsonReport.TOOL_NAME + " " + JsonReport.toolVersion());
    }
}
