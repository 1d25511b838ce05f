package vn.minhbach.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import vn.minhbach.config.StoreConfig;

/** The store on embedded H2, in a file of its own per test. */
class H2AuditStoreTest extends AuditStoreContract {
    @TempDir
    Path folder;

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("history").toAbsolutePath();
    }

    @Override
    StoreConfig config() {
        return new StoreConfig(url(), null, null, folder.resolve("evidence").toString(), 90);
    }

    @Override
    UnaryOperator<String> environment() {
        return name -> null;
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "sa", "");
    }
}
