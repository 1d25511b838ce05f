package vn.minhbach.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ChecklistConfig;
import vn.minhbach.config.ItemOverride;
import vn.minhbach.config.SiteConfig;

/**
 * Names configs in the store. The key says "the same audit" (same organisation, same sites), so tuning
 * crawl settings or item overrides keeps one history; the fingerprint says "exactly this config", so a
 * report can tell when a change in results came with a change in settings.
 */
public final class ConfigKeys {
    private static final int KEY_HEX_DIGITS = 16;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ConfigKeys() {
    }

    /**
     * The history key of a config: 16 hex digits of SHA-256 over the organisation name (NFC, trimmed, spaces
     * collapsed, lower case) and each site's role, host and path. The scheme, a leading {@code www.}, a default
     * port and a trailing slash are left out, so a portal moving to HTTPS keeps its history.
     */
    public static String of(AuditConfig config) {
        StringBuilder identity = new StringBuilder(normalise(config.organisation()).toLowerCase(Locale.ROOT));
        config.sites().values().forEach(site -> identity.append('\n').append(site.role().key()).append('=')
                .append(siteIdentity(site.url())));
        return sha256(identity.toString()).substring(0, KEY_HEX_DIGITS);
    }

    /**
     * SHA-256 (64 hex digits) of everything in the config that can change a verdict: organisation, time zone,
     * sites with their crawl settings, and the checklist section, in a canonical order. Schedule, e-mail,
     * store and dashboard settings do not change results and are left out.
     */
    public static String fingerprint(AuditConfig config) {
        return sha256(canonical(config));
    }

    static String canonical(AuditConfig config) {
        StringBuilder text = new StringBuilder();
        line(text, "organisation", normalise(config.organisation()));
        line(text, "timezone", config.timezone().getId());
        line(text, "crawl", config.crawl());
        for (SiteConfig site : config.sites().values()) {
            line(text, "sites." + site.role().key() + ".url", site.url());
            line(text, "sites." + site.role().key() + ".crawl", site.crawl());
        }
        ChecklistConfig checklist = config.checklist();
        new TreeMap<>(checklist.items()).forEach((id, item) -> item(text, "checklist.items." + id, item));
        line(text, "checklist.extraHolidays", checklist.extraHolidays().stream().sorted().toList());
        line(text, "checklist.extraWorkingDays", checklist.extraWorkingDays().stream().sorted().toList());
        return text.toString();
    }

    private static void item(StringBuilder text, String path, ItemOverride item) {
        line(text, path + ".enabled", item.enabled());
        line(text, path + ".urls", item.urls());
        ItemOverride.Selectors selectors = item.selectors();
        line(text, path + ".selectors", selectors.rows() + " | " + selectors.title() + " | " + selectors.date()
                + " | " + selectors.link());
        line(text, path + ".patterns", item.patterns().stream()
                .map(p -> p.pattern() + "/" + p.flags()).collect(Collectors.joining(" | ")));
        line(text, path + ".parameters", new TreeMap<>(item.parameters()).entrySet().stream()
                .map(Map.Entry::toString).collect(Collectors.joining(", ")));
    }

    private static void line(StringBuilder text, String key, Object value) {
        text.append(key).append('=').append(value).append('\n');
    }

    private static String siteIdentity(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = url.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return host + portPart + path + query;
    }

    private static String normalise(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
