package vn.minhbach.config;

import java.util.Locale;
import java.util.Set;

/** Reads a {@code crawl} mapping over a base (the defaults, or the global settings for a site's own). */
final class CrawlSettingsReader {
    private static final Set<String> KEYS = Set.of("maxPages", "maxDepth", "delayMillis", "concurrency",
            "timeoutSeconds", "maxBodyBytes", "userAgent", "respectRobots", "trustCaFile",
            "render", "renderMaxPages", "renderSeconds", "maxDocumentBytes");

    private static final String UNLIMITED = "unlimited";

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
                depth(node.child("maxDepth"), base.maxDepth()),
                node.child("delayMillis").number(base.delayMillis(), 0, 600_000),
                node.child("concurrency").integer(base.concurrency(), 1, 64),
                node.child("timeoutSeconds").integer(base.timeoutSeconds(), 1, 600),
                node.child("maxBodyBytes").number(base.maxBodyBytes(), 1024, 1L << 31),
                userAgent,
                node.child("respectRobots").bool(base.respectRobots()),
                CaFile.path(node.child("trustCaFile"), base.trustCaFile()),
                new CrawlSettings.Render(mode(node.child("render"), base.render().mode()),
                        node.child("renderMaxPages").integer(base.render().maxPages(), 0, 1_000_000),
                        node.child("renderSeconds").integer(base.render().pageSeconds(), 1, 600)),
                node.child("maxDocumentBytes").number(base.maxDocumentBytes(), 1024, 1L << 31));
    }

    /** Any number of hops from 0, or {@code unlimited}. */
    private static int depth(ConfigNode node, int base) {
        if (node.isWord(UNLIMITED)) {
            return CrawlSettings.UNLIMITED_DEPTH;
        }
        if (node.isText()) {
            node.problem("expected a number of link hops or \"" + UNLIMITED + "\", got \"" + node.text("") + "\"");
            return base;
        }
        return node.integer(base, 0, CrawlSettings.UNLIMITED_DEPTH);
    }

    private static CrawlSettings.Render.Mode mode(ConfigNode node, CrawlSettings.Render.Mode base) {
        String text = node.text(base.name().toLowerCase(Locale.ROOT));
        try {
            return CrawlSettings.Render.Mode.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            node.problem("must be auto, always or never, not \"" + text + "\"");
            return base;
        }
    }
}
