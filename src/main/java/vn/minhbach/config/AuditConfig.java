package vn.minhbach.config;

import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.minhbach.model.SiteRole;

/** A whole, validated config file: what to audit and how. Built only by {@link ConfigLoader}. */
public record AuditConfig(String organisation, ZoneId timezone, Map<SiteRole, SiteConfig> sites, CrawlSettings crawl,
                          ChecklistConfig checklist, ScheduleConfig schedule, EmailConfig email, StoreConfig store,
                          DashboardConfig dashboard) {
    public AuditConfig {
        sites = sites.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(sites));
    }

    public Optional<SiteConfig> site(SiteRole role) {
        return Optional.ofNullable(sites.get(role));
    }
}
