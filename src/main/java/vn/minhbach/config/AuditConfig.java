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
                          DashboardConfig dashboard, ReportConfig report) {
    public AuditConfig {
        sites = sites.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(sites));
    }

    /** A config with the default {@code report} section. */
    public AuditConfig(String organisation, ZoneId timezone, Map<SiteRole, SiteConfig> sites, CrawlSettings crawl,
                       ChecklistConfig checklist, ScheduleConfig schedule, EmailConfig email, StoreConfig store,
                       DashboardConfig dashboard) {
        this(organisation, timezone, sites, crawl, checklist, schedule, email, store, dashboard,
                ReportConfig.DEFAULT);
    }

    public Optional<SiteConfig> site(SiteRole role) {
        return Optional.ofNullable(sites.get(role));
    }
}
