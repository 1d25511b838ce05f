package vn.minhbach.check;

import vn.minhbach.model.SiteRole;

/**
 * The fixed identity of a checklist item.
 *
 * @param id        the public id from checklist.md ({@code budget.execution})
 * @param criterion the PCI criterion of plan 125/KH-UBND section IV ("3", "III.5", "5, 10")
 * @param role      the site it is checked on
 * @param title     the Vietnamese title shown to users
 */
public record ItemInfo(String id, String criterion, SiteRole role, String title) {
}
