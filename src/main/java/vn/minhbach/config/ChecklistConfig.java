package vn.minhbach.config;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The {@code checklist} section: per-item overrides, and changes to the working-day calendar
 * (extra days off, and make-up working days that fall on a weekend).
 */
public record ChecklistConfig(Map<String, ItemOverride> items, Set<LocalDate> extraHolidays,
                              Set<LocalDate> extraWorkingDays) {
    public ChecklistConfig {
        items = Map.copyOf(items);
        extraHolidays = Set.copyOf(extraHolidays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    public static final ChecklistConfig DEFAULT = new ChecklistConfig(Map.of(), Set.of(), Set.of());

    public ItemOverride item(String id) {
        return items.getOrDefault(id, ItemOverride.NONE);
    }
}
