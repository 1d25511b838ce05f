package vn.minhbach.report;

import java.util.ArrayList;
import java.util.List;
import vn.minhbach.history.Week;
import vn.minhbach.model.AuditRecord;
import vn.minhbach.model.Verdict;

/**
 * What the weekly digest shows, worded in Vietnamese: one row per audit of the week (date, score, counts per
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

    static DigestView of(Week week) {
        List<String> verdicts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            verdicts.add(Labels.verdict(verdict));
        }
        List<Day> days = new ArrayList<>();
        for (AuditRecord record : week.audits()) {
            List<Integer> counts = new ArrayList<>();
            for (Verdict verdict : Verdict.values()) {
                counts.add(record.count(verdict));
            }
            days.add(new Day(Labels.day(record.asOf()), Labels.score(record.score()), counts));
        }
        List<Failed> failed = new ArrayList<>();
        for (Week.Failed item : week.failed()) {
            MailView.Entry entry = item.finding() == null
                    ? new MailView.Entry(item.id(), item.id(), "Không còn kiểm tra", "", "", null, null)
                    : MailView.entry(item.finding(), week.latest(), null);
            failed.add(new Failed(entry, item.failing(), item.audits(), Labels.day(item.since())));
        }
        return new DigestView(week.organisation(), Labels.day(week.from()), Labels.day(week.to()), verdicts, days,
                failed, week.latest() == null ? null : Labels.day(week.latest().asOf()),
                JsonReport.TOOL_NAME + " " + JsonReport.toolVersion());
    }
}
