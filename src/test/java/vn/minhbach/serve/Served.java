package vn.minhbach.serve;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.demo.DemoServer;

/** Configs of the demo sites for the service's tests, and the run log they leave in their store. */
final class Served {
    static final ConfigLoader LOADER = new ConfigLoader(Checklist.defaults().parameterNames());

    private Served() {
    }

    /**
     * The demo config under another organisation name (so each is its own job), with a schedule and a
     * store; {@code delayMillis} slows the crawl down to make an audit last.
     */
    static String yaml(DemoServer demo, String organisation, String cron, String storeUrl, int delayMillis) {
        return demo.configYaml()
                .replace("UBND huyện Lý Sơn (bản trình diễn)", organisation)
                .replace("delayMillis: 0", "delayMillis: " + delayMillis)
                + "schedule:\n  cron: \"" + cron + "\"\n"
                + "store:\n  url: \"" + storeUrl + "\"\n" + evidenceDir(storeUrl);
    }

    /** Evidence beside an H2 file, so that no test writes into the default folder of the working directory. */
    private static String evidenceDir(String storeUrl) {
        String h2 = "jdbc:h2:file:";
        return storeUrl.startsWith(h2)
                ? "  evidenceDir: \"" + Path.of(storeUrl.substring(h2.length())).resolveSibling("evidence") + "\"\n"
                : "";
    }

    /** The same config crawling at most 40 pages a site: a short audit, for tests that run many. */
    static String small(String yaml) {
        return yaml.replace("  concurrency: 4\n", "  concurrency: 4\n  maxPages: 40\n");
    }

    static ServedConfig config(String yaml, String source) throws ConfigException {
        return ServedConfig.parse(yaml, source, LOADER);
    }

    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("history").toAbsolutePath();
    }

    /** One row of scheduled_run. */
    record Row(String configKey, Instant scheduledAt, Instant startedAt, Instant finishedAt, String node, String cause,
               String outcome) {
    }

    static List<Row> runs(String jdbcUrl, String user) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT config_key, scheduled_at, started_at, finished_at, node,"
                     + " cause, outcome FROM scheduled_run ORDER BY started_at, id")) {
            while (row.next()) {
                rows.add(new Row(row.getString(1), instant(row, 2), instant(row, 3), instant(row, 4), row.getString(5),
                        row.getString(6), row.getString(7)));
            }
        }
        return rows;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        var value = row.getObject(column, java.time.OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
