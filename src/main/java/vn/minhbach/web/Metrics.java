package vn.minhbach.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.SiteSummary;

/**
 * What the service has done, for Prometheus: audits per outcome, failures, pages fetched, audit durations and
 * the last score of each portal, labelled by config key. Rendered by {@link PrometheusText}. Safe to use from
 * several threads: audits finish rarely, so every method simply holds the lock.
 */
public final class Metrics {

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

        boolean failure() {
            return this == CANNOT_RUN || this == ERROR;
        }
    }

    /** The totals of one config. */
    record Series(Map<Outcome, Long> audits, long failures, long pagesFetched, double durationSum,
                  long durationCount, Double lastScore, Instant lastFinished) {
    }

    private final Map<String, Series> byConfig = new TreeMap<>();

    /** Makes every series of a config appear, at zero, before its first audit. */
    public synchronized void register(String configKey) {
        byConfig.computeIfAbsent(configKey, k -> empty());
    }

    /** Counts an audit that finished, successful or not, and the wall-clock time it took. */
    public synchronized void recordAudit(String configKey, AuditRun run, Duration took) {
        long pages = run.sites().stream().mapToLong(SiteSummary::pagesFetched).sum();
        Outcome outcome = pages == 0 ? Outcome.CANNOT_RUN
                : run.summary().allPass() ? Outcome.ALL_PASS : Outcome.NOT_ALL_PASS;
        add(configKey, outcome, pages, took, run.summary().score(), run.finishedAt().toInstant());
    }

    /** Counts an audit that ended with an error or could not be saved. */
    public synchronized void recordFailure(String configKey, Duration took) {
        add(configKey, Outcome.ERROR, 0, took, null, null);
    }

    /** A copy of the totals, by config key in order. */
    synchronized Map<String, Series> snapshot() {
        return Map.copyOf(new TreeMap<>(byConfig));
    }

    private void add(String configKey, Outcome outcome, long pages, Duration took, Double score, Instant finished) {
        Series old = byConfig.computeIfAbsent(configKey, k -> empty());
        Map<Outcome, Long> audits = new TreeMap<>(old.audits());
        audits.merge(outcome, 1L, Long::sum);
        byConfig.put(configKey, new Series(Map.copyOf(audits), old.failures() + (outcome.failure() ? 1 : 0),
                old.pagesFetched() + pages, old.durationSum() + took.toNanos() / 1e9, old.durationCount() + 1,
                score != null ? score : old.lastScore(), finished != null ? finished : old.lastFinished()));
    }

    private static Series empty() {
        Map<Outcome, Long> audits = new TreeMap<>();
        for (Outcome outcome : Outcome.values()) {
            audits.put(outcome, 0L);
        }
        return new Series(Map.copyOf(audits), 0, 0, 0, 0, null, null);
    }
}
