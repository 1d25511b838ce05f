package vn.minhbach.report;

import vn.minhbach.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.history.Changes;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;

/**
 * The short table printed after an audit, in the report's language: one line per item (id, verdict, reason cut to the line
 * width), then one line with the counts per verdict and the score. Columns are measured in code points
 * of NFC text so Vietnamese lines up; colour codes are added after padding so they take no columns.
 */
public final class TerminalSummary {

    static final int DEFAULT_WIDTH = 100;
    private static final String GAP = "  ";
    private static final int MIN_REASON = 20;
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";

    private TerminalSummary() {
    }

    /** The table, lines ending with {@code \n}; ANSI colours only when {@code color} is true. */
    public static String render(AuditRun run, boolean color) {
        return render(run, null, color);
    }

    /** The table followed by the changes since the previous audit, when known. */
    public static String render(AuditRun run, Changes changes, boolean color) {
        return render(Messages.vi(), run, changes, color);
    }

    /** The table in the language of {@code messages}, followed by the changes since the previous audit. */
    public static String render(Messages messages, AuditRun run, Changes changes, boolean color) {
        StringBuilder out = new StringBuilder(render(messages, run, color, DEFAULT_WIDTH));
        ChangesView view = ChangesView.of(changes, run.items(), messages.lang());
        if (view != null) {
            view.lines().forEach(line -> out.append(TerminalText.truncate(line, DEFAULT_WIDTH)).append('\n'));
        }
        return out.toString();
    }

    static String render(AuditRun run, boolean color, int width) {
        return render(Messages.vi(), run, color, width);
    }

    static String render(Messages messages, AuditRun run, boolean color, int width) {
        List<Finding> items = run.items();
        String itemHeading = messages.get("report.terminal.item");
        String verdictHeading = messages.get("report.terminal.verdict");
        int idWidth = Math.max(TerminalText.width(itemHeading),
                items.stream().mapToInt(f -> TerminalText.width(TerminalText.clean(f.id()))).max().orElse(0));
        int verdictWidth = Math.max(TerminalText.width(verdictHeading), items.stream()
                .mapToInt(f -> TerminalText.width(Labels.verdict(messages, f.status()))).max().orElse(0));
        int reasonWidth = Math.max(MIN_REASON, width - idWidth - verdictWidth - 2 * GAP.length());

        StringBuilder out = new StringBuilder();
        String header = TerminalText.pad(itemHeading, idWidth) + GAP + TerminalText.pad(verdictHeading, verdictWidth)
                + GAP + messages.get("report.terminal.reason");
        out.append(color ? BOLD + header + RESET : header).append('\n');
        for (Finding finding : items) {
            String verdict = TerminalText.pad(Labels.verdict(messages, finding.status()), verdictWidth);
            if (color) {
                verdict = Labels.verdictAnsi(finding.status()) + verdict + RESET;
            }
            String reason = TerminalText.truncate(TerminalText.clean(messages.format(finding.reason())), reasonWidth);
            String line = TerminalText.pad(TerminalText.clean(finding.id()), idWidth) + GAP + verdict + GAP + reason;
            out.append(line.stripTrailing()).append('\n');
        }
        out.append(totals(messages, run.summary(), color)).append('\n');
        return out.toString();
    }

    /** Verdicts with no item are left out to keep the line short; the total says how many there are. */
    private static String totals(Messages messages, Summary summary, boolean color) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("report.terminal.total", summary.total()));
        for (Verdict verdict : Verdict.values()) {
            int count = summary.count(verdict);
            if (count > 0) {
                String part = Labels.verdict(messages, verdict) + " " + count;
                parts.add(color ? Labels.verdictAnsi(verdict) + part + RESET : part);
            }
        }
        String score = messages.get("report.terminal.score", Labels.score(messages, summary.score()));
        parts.add(color ? BOLD + score + RESET : score);
        return String.join(" · ", parts);
    }
}
