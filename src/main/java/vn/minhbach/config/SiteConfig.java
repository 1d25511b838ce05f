package vn.minhbach.config;

import java.net.URI;
import vn.minhbach.model.SiteRole;

/** One configured site: its home page and the crawl settings in force for it (global merged with its own). */
public record SiteConfig(SiteRole role, URI url, CrawlSettings crawl) {
}
