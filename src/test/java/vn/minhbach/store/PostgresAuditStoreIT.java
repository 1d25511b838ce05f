package vn.minhbach.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.minhbach.config.StoreConfig;

/**
 * The store on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}, user {@code postgres}, trust
 * auth), each test in a schema of its own that it creates and drops, so runs never collide.
 */
class PostgresAuditStoreIT extends AuditStoreContract {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER_ENV = "MINHBACH_TEST_DB_USER";

    private final String schema = "minhbach_it_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    void createSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    StoreConfig config() {
        return new StoreConfig(SERVER + "?currentSchema=" + schema, USER_ENV, null, "./data/evidence", 90);
    }

    @Override
    UnaryOperator<String> environment() {
        return name -> name.equals(USER_ENV) ? "postgres" : null;
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER + "?currentSchema=" + schema, "postgres", "");
    }
}
