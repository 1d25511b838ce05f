package vn.minhbach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.report.ReportFormat;
import vn.minhbach.serve.AuditScheduler;
import vn.minhbach.serve.ServeSettings;
import vn.minhbach.serve.ServedConfig;

/** {@code minhbach unschedule}: portals taken out of a cluster's schedule in PostgreSQL, the others kept. */
class UnscheduleIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final ConfigLoader LOADER = new ConfigLoader(Checklist.defaults().parameterNames());

    @TempDir
    Path dir;

    private final String schema = "unschedule_it_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createSchema() throws SQLException {
        execute(SERVER, "CREATE SCHEMA " + schema);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute(SERVER, "DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void removesTheGivenPortalsJobsFromTheClusterAndKeepsTheOthers() throws Exception {
        Path kept = config("kept", "UBND xã Giữ");
        Path dropped = config("dropped", "UBND xã Bỏ");
        List<ServedConfig> served = new ArrayList<>();
        for (Path file : List.of(kept, dropped)) {
            served.add(ServedConfig.load(file, LOADER));
        }
        AuditScheduler node = AuditScheduler.create(served, new ServeSettings(dir.resolve("reports"),
                Set.of(ReportFormat.JSON), 1, Duration.ofSeconds(5)), LOADER);
        node.start();
        node.shutdown(Duration.ofSeconds(5));
        assertThat(jobs()).containsExactlyInAnyOrder(served.get(0).key(), served.get(1).key());

        CliRun run = CliRun.of("unschedule", "-c", dropped.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("unscheduled \"UBND xã Bỏ\" (" + served.get(1).key() + ")");
        assertThat(jobs()).containsExactly(served.get(0).key());

        CliRun again = CliRun.of("unschedule", "-c", dropped.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("was not scheduled: \"UBND xã Bỏ\"");
    }

    @Test
    void aScheduleInMemoryHasNothingToUnschedule() throws Exception {
        Path file = dir.resolve("h2.yaml");
        Files.writeString(file, "organisation: X\nsites:\n  portal: {url: \"http://127.0.0.1:9/\"}\n"
                + "store: {url: \"jdbc:h2:file:" + dir.resolve("db") + "\"}\n");
        CliRun run = CliRun.of("unschedule", "-c", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("config error: " + file + ": store.url: only a cluster's schedule");
    }

    private Path config(String name, String organisation) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, "organisation: \"" + organisation + "\"\n"
                + "sites:\n  portal: {url: \"http://127.0.0.1:9/" + name + "/\"}\n"
                + "schedule: {cron: \"0 0 2 1 1 ? 2099\"}\n"
                + "store: {url: \"" + SERVER + "?currentSchema=" + schema + "&user=postgres\"}\n");
        return file;
    }

    private List<String> jobs() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(SERVER + "?currentSchema=" + schema, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT job_name FROM qrtz_job_details WHERE job_group = 'minhbach'")) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        }
        return names;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
