package vn.minhbach.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.minhbach.history.ChangeDetector;
import vn.minhbach.history.ScoreTrend;
import vn.minhbach.i18n.Lang;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.AuditRun;
import vn.minhbach.report.HtmlReport;
import vn.minhbach.store.AuditStatuses;

/**
 * A stored audit as report.html, with the changes since the audits before it, as it was reported when
 * it ran. Only audits of the portal asked for are shown: another config's id gives nothing.
 */
final class StoredReports {
    private StoredReports() {
    }

    /** @param lang the dashboard page's language, which report.html is written in */
    static Optional<String> render(Portal portal, String auditId, Lang lang) {
        boolean ours = portal.store().record(auditId).filter(r -> r.configKey().equals(portal.key())).isPresent();
        if (!ours) {
            return Optional.empty();
        }
        return portal.store().load(auditId).map(run -> {
            List<AuditStatuses> earlier = earlier(portal, auditId, run);
            return HtmlReport.render(Messages.of(lang), run, ChangeDetector.detect(earlier, run,
                    portal.config().schedule().confirmAfter()).orElse(null), ScoreTrend.of(earlier, run));
        });
    }

    /** The audits stored before {@code auditId}, oldest first. */
    private static List<AuditStatuses> earlier(Portal portal, String auditId, AuditRun run) {
        List<AuditStatuses> earlier = new ArrayList<>();
        for (AuditStatuses audit : portal.store().itemHistory(portal.key(), LocalDate.EPOCH, run.asOf())) {
            if (audit.auditId().equals(auditId)) {
                break;
            }
            earlier.add(audit);
        }
        return earlier;
    }
}
