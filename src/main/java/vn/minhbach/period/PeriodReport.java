package vn.minhbach.period;

import java.time.LocalDate;
import java.util.List;
import vn.minhbach.model.AuditRecord;

/**
 * What the period report says, worked out by {@link PeriodAnalysis}; the JSON and HTML writers only present it.
 *
 * @param organisation    the audited organisation
 * @param period          the period reported on
 * @param asOf            the report date: days after it are not yet due
 * @param coverage        which days have an audit
 * @param overall         compliance of all applicable items together
 * @param criteria        compliance per PCI criterion, in the order of the items
 * @param items           each item, in the catalogue order of the latest audit, then items only in earlier ones
 * @param audits          every stored audit of the period up to the report date, oldest first
 * @param settingsChanges counted audits that ran with other settings than the counted audit before them
 */
public record PeriodReport(String organisation, ReportPeriod period, LocalDate asOf, Coverage coverage,
                           Compliance overall, List<CriterionCompliance> criteria, List<ItemPeriod> items,
                           List<AuditUse> audits, List<AuditUse> settingsChanges) {
    public PeriodReport {
        criteria = List.copyOf(criteria);
        items = List.copyOf(items);
        audits = List.copyOf(audits);
        settingsChanges = List.copyOf(settingsChanges);
    }

    /**
     * Compliance of the items of one criterion added up; items never assessed in the period (switched off, or
     * UNKNOWN throughout) are left out.
     *
     * @param criterion the criterion, or null for items that name none
     * @param items     the ids of the items counted
     */
    public record CriterionCompliance(String criterion, List<String> items, Compliance compliance) {
        public CriterionCompliance {
            items = List.copyOf(items);
        }
    }

    /**
     * A stored audit of the period.
     *
     * @param audit   its listing entry
     * @param counted true when it is the last audit of its day, the one the figures rest on
     */
    public record AuditUse(AuditRecord audit, boolean counted) {
    }
}
