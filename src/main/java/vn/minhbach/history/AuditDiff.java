package vn.minhbach.history;

import vn.minhbach.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.Summary;
import vn.minhbach.model.Verdict;

/**
 * What changed between two stored audits, item by item, for {@code minhbach history --diff A B}. Unlike
 * {@link ChangeDetector} it compares the two verdicts as they are: no confirmation, UNKNOWN shown as it is.
 *
 * @param from  the earlier side as given
 * @param to    the later side as given
 * @param items the items whose verdict differs, in the catalogue order of {@code to}, then items only in
 *              {@code from}
 */
public record AuditDiff(Side from, Side to, List<ItemChange> items) {
    public AuditDiff {
        items = List.copyOf(items);
    }

    /** Compares two audits; unchanged items are left out. */
    public static AuditDiff between(String fromId, AuditRun from, String toId, AuditRun to) {
        Map<String, Finding> before = byId(from);
        Map<String, Finding> after = byId(to);
        List<ItemChange> changes = new ArrayList<>();
        after.forEach((id, now) -> {
            Finding then = before.get(id);
            Verdict old = then == null ? null : then.status();
            if (old != now.status()) {
                changes.add(new ItemChange(id, now.title(), old, now.status(), now.reason()));
            }
        });
        before.forEach((id, then) -> {
            if (!after.containsKey(id)) {
                changes.add(new ItemChange(id, then.title(), then.status(), null, then.reason()));
            }
        });
        return new AuditDiff(new Side(fromId, from.asOf(), from.summary()), new Side(toId, to.asOf(), to.summary()),
                changes);
    }

    private static Map<String, Finding> byId(AuditRun run) {
        Map<String, Finding> items = new LinkedHashMap<>();
        run.items().forEach(item -> items.putIfAbsent(item.id(), item));
        return items;
    }

    /** One audit of the comparison: its id, date, and counts and score. */
    public record Side(String auditId, LocalDate asOf, Summary summary) {
    }

    /**
     * One item whose verdict differs.
     *
     * @param id     the item id
     * @param title  its title
     * @param before the verdict in {@code from}, or null when the item was not in it
     * @param after  the verdict in {@code to}, or null when the item is not in it
     * @param reason the reason given in {@code to}, or in {@code from} for an item no longer there
     */
    public record ItemChange(String id, String title, Verdict before, Verdict after, Text reason) {
        public Kind kind() {
            if (before == null) {
                return Kind.ADDED;
            }
            if (after == null) {
                return Kind.REMOVED;
            }
            boolean wasFailing = ChangeDetector.isFailing(before);
            boolean isFailing = ChangeDetector.isFailing(after);
            if (!wasFailing && isFailing) {
                return before == Verdict.UNKNOWN ? Kind.CHANGED : Kind.BROKEN;
            }
            if (wasFailing && after == Verdict.PASS) {
                return Kind.FIXED;
            }
            return Kind.CHANGED;
        }
    }

    /** How an item's verdict moved. */
    public enum Kind {
        /** Not failing (PASS or NOT_APPLICABLE) before, failing now. */
        BROKEN,
        /** Failing before, PASS now. */
        FIXED,
        /** Any other change: between two failing verdicts, to or from UNKNOWN, to NOT_APPLICABLE. */
        CHANGED,
        /** Only in the later audit. */
        ADDED,
        /** Only in the earlier audit. */
        REMOVED
    }
}
