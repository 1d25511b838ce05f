package vn.minhbach.history;

import vn.minhbach.model.Text;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Finding;
import vn.minhbach.model.RuleRef;
import vn.minhbach.model.SiteRole;
import vn.minhbach.model.Verdict;

/** Small audits for the history tests, items given as {@code "id=STATUS"}. */
final class Runs {
    private Runs() {
    }

    static AuditRun run(LocalDate asOf, String... items) {
        OffsetDateTime started = OffsetDateTime.of(asOf, LocalTime.of(2, 0), ZoneOffset.ofHours(7));
        List<Finding> findings = new ArrayList<>();
        for (String item : items) {
            String[] parts = item.split("=");
            findings.add(new Finding(parts[0], "1", SiteRole.PORTAL, "Mục " + parts[0], Verdict.valueOf(parts[1]),
                    Text.plain("lý do " + parts[0]), null, null, new RuleRef(List.of(), "v1"), Map.of(), List.of()));
        }
        return new AuditRun("UBND huyện Lý Sơn", asOf, started, started.plusMinutes(3), List.of(), findings, List.of(),
                List.of());
    }

    /** The verdict of a one-letter code: P S M F U N. */
    static Verdict verdict(String code) {
        return switch (code) {
            case "P" -> Verdict.PASS;
            case "S" -> Verdict.STALE;
            case "M" -> Verdict.MISSING;
            case "F" -> Verdict.FAIL;
            case "U" -> Verdict.UNKNOWN;
            case "N" -> Verdict.NOT_APPLICABLE;
            default -> throw new IllegalArgumentException("no verdict code " + code);
        };
    }
}
