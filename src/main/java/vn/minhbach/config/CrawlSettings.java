package vn.minhbach.config;

import java.nio.file.Path;

/**
 * How politely and how far one site is crawled. Defaults follow product.md; a site may override
 * any of them under {@code sites.<role>.crawl}.
 *
 * @param maxPages      HTML pages fetched at most per site
 * @param maxDepth      link hops from the home page at most; {@link #UNLIMITED_DEPTH} for no bound
 * @param delayMillis   pause between two requests to the same host (robots.txt Crawl-delay wins when larger)
 * @param concurrency   requests in flight at once per site
 * @param timeoutSeconds connect and read timeout of each request
 * @param maxBodyBytes  bytes of a body read at most; the rest is cut off
 * @param userAgent     the User-Agent header, naming the tool and a contact URL
 * @param respectRobots whether robots.txt is obeyed
 * @param trustCaFile   a PEM file of CA certificates trusted beside the JVM's trust store, or null
 * @param render        when pages are read in a browser, and within what budget
 * @param maxDocumentBytes bytes of a document (PDF, DOC...) read at most; a larger document is not read at all
 */
public record CrawlSettings(int maxPages, int maxDepth, long delayMillis, int concurrency, int timeoutSeconds,
                            long maxBodyBytes, String userAgent, boolean respectRobots, Path trustCaFile,
                            Render render, long maxDocumentBytes) {

    /** {@code crawl.maxDepth: unlimited}: pages are followed however many hops away ({@code maxPages} still bounds). */
    public static final int UNLIMITED_DEPTH = Integer.MAX_VALUE;

    /** 20 MB: a scanned report of a few dozen pages, well past a typical text PDF. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /**
     * When a page is read in a headless browser after its scripts have run ({@code crawl.render}).
     *
     * @param mode        {@code auto}: pages whose HTML is an application shell; {@code always}; {@code never}
     * @param maxPages    pages rendered at most per site ({@code crawl.renderMaxPages})
     * @param pageSeconds time one page may take to render, the states of its paged list included
     *                    ({@code crawl.renderSeconds})
     */
    public record Render(Mode mode, int maxPages, int pageSeconds) {
        public enum Mode { AUTO, ALWAYS, NEVER }

        public static Render defaults() {
            return new Render(Mode.AUTO, 300, 30);
        }
    }

    public CrawlSettings {
        render = render == null ? Render.defaults() : render;
    }

    /** Settings that read documents up to the default size. */
    public CrawlSettings(int maxPages, int maxDepth, long delayMillis, int concurrency, int timeoutSeconds,
                         long maxBodyBytes, String userAgent, boolean respectRobots, Path trustCaFile, Render render) {
        this(maxPages, maxDepth, delayMillis, concurrency, timeoutSeconds, maxBodyBytes, userAgent, respectRobots,
                trustCaFile, render, DEFAULT_MAX_DOCUMENT_BYTES);
    }

    /** Settings that render application shells with the default budget. */
    public CrawlSettings(int maxPages, int maxDepth, long delayMillis, int concurrency, int timeoutSeconds,
                         long maxBodyBytes, String userAgent, boolean respectRobots, Path trustCaFile) {
        this(maxPages, maxDepth, delayMillis, concurrency, timeoutSeconds, maxBodyBytes, userAgent, respectRobots,
                trustCaFile, Render.defaults());
    }

    /** Settings that trust only the JVM's trust store. */
    public CrawlSettings(int maxPages, int maxDepth, long delayMillis, int concurrency, int timeoutSeconds,
                         long maxBodyBytes, String userAgent, boolean respectRobots) {
        this(maxPages, maxDepth, delayMillis, concurrency, timeoutSeconds, maxBodyBytes, userAgent, respectRobots,
                null);
    }

    /** The same settings trusting the CA certificates of {@code file} too. */
    public CrawlSettings withTrustCaFile(Path file) {
        return new CrawlSettings(maxPages, maxDepth, delayMillis, concurrency, timeoutSeconds, maxBodyBytes,
                userAgent, respectRobots, file, render, maxDocumentBytes);
    }

    /** The same settings rendering pages as {@code how} says. */
    public CrawlSettings withRender(Render how) {
        return new CrawlSettings(maxPages, maxDepth, delayMillis, concurrency, timeoutSeconds, maxBodyBytes,
                userAgent, respectRobots, trustCaFile, how, maxDocumentBytes);
    }

    public static final String DEFAULT_USER_AGENT =
            "minhbach/1.0 (+https://github.com/minhbach/minhbach; transparency audit)";

    public static CrawlSettings defaults() {
        return new CrawlSettings(5000, 10, 1000, 4, 20, 10L * 1024 * 1024, DEFAULT_USER_AGENT, true);
    }

    /**
     * The record's text without {@code trustCaFile} when none is set, and without {@code render} or
     * {@code maxDocumentBytes} when they are the defaults: the stored fingerprint of a config (which includes this text) stays what it was before the keys
     * existed.
     */
    @Override
    public String toString() {
        return "CrawlSettings[maxPages=" + maxPages + ", maxDepth=" + maxDepth + ", delayMillis=" + delayMillis
                + ", concurrency=" + concurrency + ", timeoutSeconds=" + timeoutSeconds + ", maxBodyBytes="
                + maxBodyBytes + ", userAgent=" + userAgent + ", respectRobots=" + respectRobots
                + (trustCaFile == null ? "" : ", trustCaFile=" + trustCaFile)
                + (render.equals(Render.defaults()) ? "" : ", render=" + render)
                + (maxDocumentBytes == DEFAULT_MAX_DOCUMENT_BYTES ? "" : ", maxDocumentBytes=" + maxDocumentBytes) + "]";
    }
}
