package vn.minhbach.store;

import java.util.List;
import vn.minhbach.model.AuditRecord;

/**
 * One stored audit with the verdict and figures of each of its items: what a period report walks through.
 *
 * @param audit the listing entry of the audit
 * @param items its items in catalogue order
 */
public record AuditItems(AuditRecord audit, List<StoredItem> items) {
    public AuditItems {
        items = List.copyOf(items);
    }
}
