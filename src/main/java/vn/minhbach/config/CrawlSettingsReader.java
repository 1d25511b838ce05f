package vn.minhbach.config;

import java.util.Set;

/** Reads a {@code crawl} mapping over a base (the defaults, or the global settings for a site's own). */
final class CrawlSettingsReader {
    private static final Set<String> KEYS = Set.of("maxPages", "maxDepth", "delayMillis", "concurrency",
            "timeoutSeconds", "maxBodyBytes", "userAgent", "respectRobots", "trustCaFile");

    private CrawlSettingsReader() {
    }

    static CrawlSettings read(ConfigNode node, CrawlSettings base) {
        if (!node.expectMapping(KEYS)) {
            return base;
        }
        String userAgent = node.child("userAgent").text(base.userAgent());
        if (userAgent.isBlank()) {
            node.child("userAgent").problem("must not be empty: it identifies the audit to the site's operators");
        }
        return new CrawlSettings(
                node.child("maxPages").integer(base.maxPages(), 1, 1_000_000),
                node.child("maxDepth").integer(base.maxDepth(), 0, 100),
                node.child("delayMillis").number(base.delayMillis(), 0, 600_000),
                node.child("concurrency").integer(base.concurrency(), 1, 64),
                node.child("timeoutSeconds").integer(base.timeoutSeconds(), 1, 600),
                node.child("maxBodyBytes").number(base.maxBodyBytes(), 1024, 1L << 31),
                userAgent,
                node.child("respectRobots").bool(base.respectRobots()),
                CaFile.path(node.child("trustCaFile"), base.trustCaFile()));
    }
}
