package vn.minhbach.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.minhbach.model.Text;
import vn.minhbach.model.Verdict;

/**
 * One item of a stored audit as period reports read it: its verdict and figures without the evidence, so a
 * year of daily audits stays small in memory.
 *
 * @param id        the item id
 * @param criterion the PCI criterion, or null
 * @param title     the item's title, or null
 * @param status    the verdict
 * @param reason    why in Vietnamese words, or null
 * @param message   why as a message, to say in any language; plain text for items saved before messages were kept
 * @param figures   measured numbers by name, in saved order; a value is null when it was not measured
 */
public record StoredItem(String id, String criterion, String title, Verdict status, String reason,
                         Text message, Map<String, Double> figures) {
    public StoredItem {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** An item whose reason is said the same in every language. */
    public StoredItem(String id, String criterion, String title, Verdict status, String reason,
                      Map<String, Double> figures) {
        this(id, criterion, title, status, reason, Text.plain(reason), figures);
    }
}
