package vn.minhbach.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict on one checklist item, with everything a report needs to show it and prove it.
 *
 * @param id        the item id from the catalogue (a public contract)
 * @param criterion the PCI criterion of plan 125/KH-UBND it belongs to
 * @param site      the role of the site it was checked on
 * @param title     the item's Vietnamese title
 * @param status    the verdict
 * @param reason    why, in one sentence for people, in any language
 * @param expected  what was due by the audit date, or null
 * @param latest    the date of the newest evidence, or null
 * @param rule      the rule version applied
 * @param figures   measured numbers, in insertion order
 * @param evidence  the pages the verdict rests on (for MISSING: where it looked)
 */
public record Finding(String id, String criterion, SiteRole site, String title, Verdict status, Text reason,
                      Text expected, LocalDate latest, RuleRef rule, Map<String, Double> figures,
                      List<Evidence> evidence) {
    public Finding {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        evidence = List.copyOf(evidence);
    }

    /** A copy with another verdict and reason, keeping the rest. */
    public Finding withStatus(Verdict newStatus, Text newReason) {
        return new Finding(id, criterion, site, title, newStatus, newReason, expected, latest, rule, figures,
                evidence);
    }
}
