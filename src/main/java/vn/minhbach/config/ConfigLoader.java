package vn.minhbach.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartz.CronExpression;
import vn.minhbach.model.SiteRole;

/**
 * Reads a YAML config with Jackson and validates it once: every problem is collected with its key path
 * (unknown keys, wrong types, bad URLs, regexes and selectors) and reported together in a
 * {@link ConfigException}, so a broken file fails at load time, not during a nightly audit.
 */
public final class ConfigLoader {
    private static final Set<String> TOP_KEYS = Set.of("organisation", "timezone", "sites", "crawl", "checklist",
            "schedule", "email", "store", "dashboard", "report");
    private static final Set<String> SITE_KEYS = Set.of("url", "crawl");
    private static final Set<String> SCHEDULE_KEYS = Set.of("cron", "confirmAfter");
    private static final Set<String> STORE_KEYS = Set.of("url", "userEnv", "passwordEnv", "evidenceDir", "retainDays");
    private static final Set<String> DASHBOARD_KEYS = Set.of("bind", "port", "userEnv", "passwordEnv", "lang");

    private static final YAMLMapper YAML = new YAMLMapper();

    private final Map<String, Set<String>> itemParameters;

    /**
     * @param itemParameters the checklist's item ids, each with the names of the numeric parameters it accepts
     */
    public ConfigLoader(Map<String, Set<String>> itemParameters) {
        this.itemParameters = Map.copyOf(itemParameters);
    }

    public AuditConfig load(Path file) throws ConfigException {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), List.of("(file): cannot read: " + e.getMessage()));
        }
        return parse(yaml, file.toString());
    }

    public AuditConfig parse(String yaml, String source) throws ConfigException {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new ConfigException(source, List.of("(file): not valid YAML" + where + ": "
                    + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        ConfigNode root = new ConfigNode(tree, "", problems);
        if (root.isMissing()) {
            throw new ConfigException(source, List.of("(file): empty config"));
        }
        AuditConfig config = read(root);
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return config;
    }

    private AuditConfig read(ConfigNode root) {
        root.expectMapping(TOP_KEYS);
        String organisation = root.child("organisation").requiredText();
        ZoneId zone = zone(root.child("timezone"));
        CrawlSettings crawl = CrawlSettingsReader.read(root.child("crawl"), CrawlSettings.defaults());
        Map<SiteRole, SiteConfig> sites = sites(root.child("sites"), crawl);
        ChecklistConfig checklist = new ChecklistReader(itemParameters).read(root.child("checklist"));
        return new AuditConfig(organisation, zone, sites, crawl, checklist, schedule(root.child("schedule")),
                EmailReader.read(root.child("email")), store(root.child("store")),
                dashboard(root.child("dashboard")), ReportConfig.read(root.child("report")));
    }

    private static ZoneId zone(ConfigNode node) {
        String id = node.text("Asia/Ho_Chi_Minh");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            node.problem("unknown time zone \"" + id + "\"");
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }
    }

    private static Map<SiteRole, SiteConfig> sites(ConfigNode node, CrawlSettings crawl) {
        Map<SiteRole, SiteConfig> sites = new EnumMap<>(SiteRole.class);
        if (node.isMissing()) {
            node.problem("required: at least one of portal, onestop");
            return sites;
        }
        if (!node.expectMapping(Set.of("portal", "onestop"))) {
            return sites;
        }
        for (String key : node.keys()) {
            if (!key.equals("portal") && !key.equals("onestop")) {
                continue;
            }
            ConfigNode site = node.child(key);
            if (!site.expectMapping(SITE_KEYS)) {
                site.problem("expected a mapping with url");
                continue;
            }
            ConfigNode url = site.child("url");
            if (url.isMissing()) {
                url.problem("required");
            }
            var uri = url.httpUrl();
            CrawlSettings own = CrawlSettingsReader.read(site.child("crawl"), crawl);
            if (uri != null) {
                SiteRole role = SiteRole.fromKey(key);
                sites.put(role, new SiteConfig(role, uri, own));
            }
        }
        if (sites.isEmpty() && node.keys().isEmpty()) {
            node.problem("required: at least one of portal, onestop");
        }
        return sites;
    }

    private static ScheduleConfig schedule(ConfigNode node) {
        node.expectMapping(SCHEDULE_KEYS);
        ConfigNode cronNode = node.child("cron");
        String cron = cronNode.text(ScheduleConfig.DEFAULT.cron());
        int fields = cron.trim().split("\\s+").length;
        if (fields < 6 || fields > 7) {
            cronNode.problem("expected a Quartz cron expression of 6 or 7 fields (e.g. \"0 0 2 * * ?\"), got \""
                    + cron + "\"");
        } else {
            cronProblem(cron).ifPresent(problem -> cronNode.problem("expected a Quartz cron expression: "
                    + problem + " in \"" + cron + "\""));
        }
        int confirmAfter = node.child("confirmAfter").integer(ScheduleConfig.DEFAULT.confirmAfter(), 1, 30);
        return new ScheduleConfig(cron, confirmAfter);
    }

    /** Quartz's own parser, so that what loads is exactly what the scheduler accepts (including "never fires"). */
    private static Optional<String> cronProblem(String cron) {
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            return Optional.of(e.getMessage());
        }
        if (expression.getNextValidTimeAfter(new Date()) == null) {
            return Optional.of("it never fires again");
        }
        return Optional.empty();
    }

    private static StoreConfig store(ConfigNode node) {
        node.expectMapping(STORE_KEYS);
        StoreConfig d = StoreConfig.DEFAULT;
        ConfigNode urlNode = node.child("url");
        String url = urlNode.text(d.url());
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            urlNode.problem("expected a jdbc:h2: or jdbc:postgresql: URL, got \"" + url + "\"");
        }
        return new StoreConfig(url, EnvNames.read(node.child("userEnv")), EnvNames.read(node.child("passwordEnv")),
                node.child("evidenceDir").text(d.evidenceDir()),
                node.child("retainDays").integer(d.retainDays(), 1, 36_500));
    }

    private static DashboardConfig dashboard(ConfigNode node) {
        node.expectMapping(DASHBOARD_KEYS);
        DashboardConfig d = DashboardConfig.DEFAULT;
        String bind = node.child("bind").text(d.bind());
        DashboardConfig config = new DashboardConfig(bind, node.child("port").integer(d.port(), 1, 65_535),
                EnvNames.read(node.child("userEnv")), EnvNames.read(node.child("passwordEnv")),
                node.child("lang").lang(null));
        if (!config.loopback()) {
            String reason = "required when dashboard.bind (\"" + bind + "\") is not a loopback address";
            if (config.userEnv() == null) {
                node.child("userEnv").problem(reason);
            }
            if (config.passwordEnv() == null) {
                node.child("passwordEnv").problem(reason);
            }
        }
        return config;
    }
}
