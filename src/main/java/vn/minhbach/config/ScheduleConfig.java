package vn.minhbach.config;

/**
 * When the service audits this config: a Quartz cron expression in the config's time zone, and how many
 * consecutive audits a new failure must hold before it is reported as new.
 */
public record ScheduleConfig(String cron, int confirmAfter) {
    public static final ScheduleConfig DEFAULT = new ScheduleConfig("0 0 2 * * ?", 2);
}
