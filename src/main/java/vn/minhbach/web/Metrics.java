package vn.minhbach.web;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import vn.minhbach.crawl.CrawlListener;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.FetchOutcome;
import vn.minhbach.model.SiteSummary;

/**
 * What the service has done, for Prometheus, through the Prometheus Java client: audits per outcome, failures,
 * pages fetched, audit durations and the last score of each portal, labelled by config key; what its crawls
 * fetched (visits by outcome, bytes, fetch times, pages rendered); and the JVM's own metrics (memory, GC,
 * threads). Safe to use from several threads.
 */
public final class Metrics {
    /** The Prometheus text exposition format, version 0.0.4. */
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    /** How an audit ended, as the {@code outcome} label shows it. */
    public enum Outcome {
        /** Every applicable item passed. */
        ALL_PASS,
        /** At least one item did not pass. */
        NOT_ALL_PASS,
        /** No configured site answered: every item is UNKNOWN. */
        CANNOT_RUN,
        /** The audit stopped with an error, or could not be saved. */
        ERROR;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String CONFIG = "config";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter audits = Counter.builder().name("minhbach_audits_total")
            .help("Audits finished, by config and outcome.").labelNames(CONFIG, "outcome").register(registry);
    private final Counter failures = Counter.builder().name("minhbach_audit_failures_total")
            .help("Audits that ended with an error, could not be saved, or reached no site.").labelNames(CONFIG)
            .register(registry);
    private final Counter pagesFetched = Counter.builder().name("minhbach_pages_fetched_total")
            .help("Pages fetched by audits.").labelNames(CONFIG).register(registry);
    private final Summary durations = Summary.builder().name("minhbach_audit_duration_seconds")
            .help("Wall-clock time of audits.").labelNames(CONFIG).register(registry);
    private final Gauge lastScore = Gauge.builder().name("minhbach_last_audit_score")
            .help("Score of the last finished audit, 0-100.").labelNames(CONFIG).register(registry);
    private final Gauge lastFinished = Gauge.builder().name("minhbach_last_audit_timestamp_seconds")
            .help("When the last finished audit ended, in seconds since the epoch.").labelNames(CONFIG)
            .register(registry);
    private final Counter visits = Counter.builder().name("minhbach_crawl_pages_total")
            .help("URLs the crawls visited, by outcome: fetched (pages and files), failed, walled (a success"
                    + " status whose page is not the site's content), disallowed (robots.txt), skipped (limits)"
                    + " and traps).").labelNames(CONFIG, "outcome").register(registry);
    private final Counter bytes = Counter.builder().name("minhbach_crawl_bytes_total")
            .help("Body bytes the crawls read.").labelNames(CONFIG).register(registry);
    private final Histogram fetchTimes = Histogram.builder().name("minhbach_crawl_fetch_duration_seconds")
            .help("Time to fetch a page or file, from the request to the end of its body.").labelNames(CONFIG)
            .classicOnly().classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30).register(registry);
    private final Counter rendered = Counter.builder().name("minhbach_crawl_pages_rendered_total")
            .help("Pages the crawls read in a browser.").labelNames(CONFIG).register(registry);

    /** Metrics of this process, with the JVM's. */
    public Metrics() {
        JvmMetrics.builder().register(registry);
    }

    /** Makes every series of a config appear, at zero, before its first audit. */
    public void register(String configKey) {
        for (Outcome outcome : Outcome.values()) {
            audits.labelValues(configKey, outcome.label());
        }
        failures.labelValues(configKey);
        pagesFetched.labelValues(configKey);
        durations.labelValues(configKey);
    }

    /** Counts an audit that finished, successful or not, and the wall-clock time it took. */
    public void recordAudit(String configKey, AuditRun run, Duration took) {
        long pages = run.sites().stream().mapToLong(SiteSummary::pagesFetched).sum();
        Outcome outcome = pages == 0 ? Outcome.CANNOT_RUN
                : run.summary().allPass() ? Outcome.ALL_PASS : Outcome.NOT_ALL_PASS;
        count(configKey, outcome, took);
        pagesFetched.labelValues(configKey).inc(pages);
        lastScore.labelValues(configKey).set(run.summary().score());
        lastFinished.labelValues(configKey).set(run.finishedAt().toInstant().toEpochMilli() / 1000.0);
    }

    /** Counts an audit that ended with an error or could not be saved. */
    public void recordFailure(String configKey, Duration took) {
        count(configKey, Outcome.ERROR, took);
    }

    /** Counts what the crawls of an audit of {@code configKey} fetch and render, as they go. */
    public CrawlListener crawl(String configKey) {
        return new CrawlListener() {
            @Override
            public void progress(URI seed, int fetched, int queued, URI current) {
                // The totals come from the visits themselves.
            }

            @Override
            public void visited(URI seed, FetchOutcome outcome) {
                visits.labelValues(configKey, label(outcome)).inc();
                if (outcome instanceof FetchOutcome.Fetched fetched) {
                    bytes.labelValues(configKey).inc(fetched.bytes());
                    fetchTimes.labelValues(configKey).observe(fetched.millis() / 1000.0);
                }
            }

            @Override
            public void rendered(URI seed, URI page) {
                rendered.labelValues(configKey).inc();
            }
        };
    }

    /** Every metric in the Prometheus text format ({@link #CONTENT_TYPE}). */
    String exposition() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void count(String configKey, Outcome outcome, Duration took) {
        register(configKey);
        audits.labelValues(configKey, outcome.label()).inc();
        if (outcome == Outcome.CANNOT_RUN || outcome == Outcome.ERROR) {
            failures.labelValues(configKey).inc();
        }
        durations.labelValues(configKey).observe(took.toNanos() / 1e9);
    }

    private static String label(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Fetched) {
            return "fetched";
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            return failed.soft() ? "walled" : "failed";
        }
        return outcome instanceof FetchOutcome.Disallowed ? "disallowed" : "skipped";
    }
}
