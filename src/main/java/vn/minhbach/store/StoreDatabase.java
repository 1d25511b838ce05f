package vn.minhbach.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import vn.minhbach.config.StoreConfig;

/**
 * The database behind a store, opened and migrated to the current schema, for the code that keeps its own
 * tables beside the audit history: the scheduler's job store and its run log. Connections come from
 * {@link #dataSource()}; {@link #close()} releases them.
 */
public final class StoreDatabase implements AutoCloseable {
    /** The version of the newest script in {@code db/migration} ({@code V11__...}); a test holds the two together. */
    static final int NEWEST_MIGRATION = 11;

    private final Dialect dialect;
    private final DataSource dataSource;
    private final String description;

    private StoreDatabase(Dialect dialect, DataSource dataSource, String description) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.description = description;
    }

    /**
     * Opens the database at {@code config.url()} (the default H2 file when absent), with the user and password
     * read through {@code environment} from the variables named by {@code store.userEnv} and
     * {@code store.passwordEnv}, and migrates it with Flyway from {@code db/migration} unless its history says
     * that is done ({@link #migrated(Connection)}).
     */
    public static StoreDatabase open(StoreConfig config, UnaryOperator<String> environment) {
        String url = url(config);
        Dialect dialect = Dialect.of(url);
        DataSource source = dialect.dataSource(url, variable(environment, "store.userEnv", config.userEnv()),
                variable(environment, "store.passwordEnv", config.passwordEnv()));
        try {
            if (!migrated(source)) {
                // Flyway would write the database user into every row of its history table; the user is a secret.
                Flyway.configure().dataSource(source).locations("classpath:db/migration").installedBy("minhbach")
                        .load().migrate();
            }
        } catch (FlywayException e) {
            dialect.release(source);
            throw new StoreException("could not migrate the history store at " + Dialect.describe(url)
                    + ": " + e.getMessage(), e);
        }
        return new StoreDatabase(dialect, source, Dialect.describe(url));
    }

    private static boolean migrated(DataSource source) {
        try (Connection connection = source.getConnection()) {
            return migrated(connection);
        } catch (SQLException e) {
            // No history yet, or a database that cannot be opened: Flyway creates the one and names the problem.
            return false;
        }
    }

    /**
     * Whether Flyway's history table says it applied the newest migration ({@link #NEWEST_MIGRATION}), and none
     * newer, and that nothing failed: so on every audit but the first after an upgrade. Flyway itself would lock
     * the table, scan the class path and check each script again, which costs most of a second at start-up; any
     * other history is left to it.
     *
     * @throws SQLException when the database has no history table
     */
    static boolean migrated(Connection connection) throws SQLException {
        boolean newest = false;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                // Rows without a version mark the schema Flyway created.
                String version = rows.getString(1);
                boolean known = version == null
                        || version.matches("\\d{1,9}") && Integer.parseInt(version) <= NEWEST_MIGRATION;
                if (!known || !rows.getBoolean(2)) {
                    return false;
                }
                newest |= String.valueOf(NEWEST_MIGRATION).equals(version);
            }
        }
        return newest;
    }

    /** Whether a store is a PostgreSQL server, which several machines can share, rather than an H2 file. */
    public static boolean isPostgreSql(StoreConfig config) {
        return Dialect.of(url(config)) == Dialect.POSTGRESQL;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The URL without its parameters, which may hold a password: fit for logs. */
    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        dialect.release(dataSource);
    }

    private static String url(StoreConfig config) {
        return config.url() == null || config.url().isBlank() ? StoreConfig.DEFAULT.url() : config.url();
    }

    /** The store's URL without its parameters, which may hold a password: fit for messages. */
    public static String describe(String url) {
        return Dialect.describe(url);
    }

    /**
     * The value of the environment variable a store key names ({@code store.userEnv}), or null when the key names
     * none.
     *
     * @throws StoreException when the variable is not set
     */
    public static String variable(UnaryOperator<String> environment, String key, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String value = environment.apply(name);
        if (value == null) {
            throw new StoreException(key + " names the environment variable " + name + ", which is not set");
        }
        return value;
    }
}
