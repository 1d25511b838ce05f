package vn.minhbach.check;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.minhbach.model.RuleRef;

/**
 * One version of an item's rule: the legal basis in force between two dates and the default values of
 * the item's numeric parameters under it. An audit applies the version in force on its audit date.
 *
 * @param from     first day in force
 * @param to       last day in force, or null while still in force
 * @param basis    the clauses it rests on
 * @param defaults default parameter values by name, kept in name order
 */
public record RuleVersion(LocalDate from, LocalDate to, List<String> basis, Map<String, Double> defaults) {
    public RuleVersion {
        basis = List.copyOf(basis);
        defaults = Collections.unmodifiableMap(new TreeMap<>(defaults));
    }

    public boolean inForce(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** "2017-01-01..2025-12-31", or "2026-01-01.." while open. */
    public String version() {
        return from + ".." + (to == null ? "" : to.toString());
    }

    public RuleRef ref() {
        return new RuleRef(basis, version());
    }

    /** The version in force on the day; before the first one, the first one. */
    public static RuleVersion inForce(List<RuleVersion> versions, LocalDate day) {
        return versions.stream().filter(v -> v.inForce(day)).findFirst().orElse(versions.get(0));
    }

    @Override
    public String toString() {
        return version() + " " + basis + (defaults.isEmpty() ? "" : " " + defaults);
    }
}
