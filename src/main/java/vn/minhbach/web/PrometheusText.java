package vn.minhbach.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@link Metrics} in the Prometheus text exposition format 0.0.4: each family's {@code # HELP} and
 * {@code # TYPE} lines, then its samples, label values escaped. A gauge without a value yet (no audit
 * finished) has no sample rather than a made-up zero.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String render(Metrics metrics) {
        Map<String, Metrics.Series> all = new TreeMap<>(metrics.snapshot());
        StringBuilder out = new StringBuilder();
        family(out, "minhbach_audits_total", "counter", "Audits finished, by config and outcome.");
        all.forEach((config, s) -> s.audits().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sample(out, "minhbach_audits_total",
                        "config=\"" + escape(config) + "\",outcome=\"" + e.getKey().label() + "\"", e.getValue())));
        simple(out, all, "minhbach_audit_failures_total", "counter",
                "Audits that ended with an error, could not be saved, or reached no site.", s -> s.failures());
        simple(out, all, "minhbach_pages_fetched_total", "counter", "Pages fetched by audits.",
                s -> s.pagesFetched());
        family(out, "minhbach_audit_duration_seconds", "summary", "Wall-clock time of audits.");
        all.forEach((config, s) -> {
            sample(out, "minhbach_audit_duration_seconds_sum", label(config), s.durationSum());
            sample(out, "minhbach_audit_duration_seconds_count", label(config), s.durationCount());
        });
        simple(out, all, "minhbach_last_audit_score", "gauge",
                "Score of the last finished audit, 0-100.", s -> s.lastScore());
        simple(out, all, "minhbach_last_audit_timestamp_seconds", "gauge",
                "When the last finished audit ended, in seconds since the epoch.",
                s -> s.lastFinished() == null ? null : s.lastFinished().toEpochMilli() / 1000.0);
        return out.toString();
    }

    private static void simple(StringBuilder out, Map<String, Metrics.Series> all, String name, String type,
                               String help, Function<Metrics.Series, Number> value) {
        family(out, name, type, help);
        all.forEach((config, s) -> {
            Number v = value.apply(s);
            if (v != null) {
                sample(out, name, label(config), v);
            }
        });
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n').append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, String labels, Number value) {
        out.append(name).append('{').append(labels).append("} ").append(number(value)).append('\n');
    }

    private static String label(String config) {
        return "config=\"" + escape(config) + "\"";
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(Number value) {
        double d = value.doubleValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
