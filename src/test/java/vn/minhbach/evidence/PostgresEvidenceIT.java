package vn.minhbach.evidence;

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
 * Page cache, evidence and retention on the PostgreSQL server at 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}), each test in a schema of its own that it creates and drops.
 */
class PostgresEvidenceIT extends EvidenceContract {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "minhbach_ev_" + UUID.randomUUID().toString().replace("-", "");

    @BeforeEach
    @Override
    void open() {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema, e);
        }
        super.open();
    }

    @AfterEach
    @Override
    void close() {
        super.close();
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema, e);
        }
    }

    @Override
    StoreConfig config() {
        return new StoreConfig(SERVER + "?currentSchema=" + schema + "&user=postgres", null, null,
                evidenceDir().toString(), 90);
    }

    @Override
    UnaryOperator<String> environment() {
        return name -> null;
    }
}
