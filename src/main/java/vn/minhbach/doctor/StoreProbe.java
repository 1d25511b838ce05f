package vn.minhbach.doctor;

import vn.minhbach.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.h2.api.ErrorCode;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.store.StoreDatabase;
import vn.minhbach.store.StoreException;

/**
 * The history store of a config, reached the way an audit reaches it (its URL, the user and password from the
 * environment variables it names), asked {@code SELECT 1}, and nothing more: no migration, no table touched. An
 * H2 file that does not exist yet is not created; it is fine when its folder can be written, since the first
 * audit creates it. The URL is shown without its parameters, which may hold a password.
 */
final class StoreProbe {
    static final Text NAME = Text.of("tools.doctor.store.name");
    static final Text COST = Text.of("tools.doctor.store.cost");

    private StoreProbe() {
    }

    static Check probe(StoreConfig config, UnaryOperator<String> environment, Duration timeout) {
        String url = config.url() == null || config.url().isBlank() ? StoreConfig.DEFAULT.url() : config.url();
        String where = StoreDatabase.describe(url);
        String user = null;
        String password = null;
        try {
            user = StoreDatabase.variable(environment, "store.userEnv", config.userEnv());
            password = StoreDatabase.variable(environment, "store.passwordEnv", config.passwordEnv());
        } catch (StoreException unset) {
            return failed(Text.plain(where + ": " + unset.getMessage()), Text.of("tools.doctor.set-variable"));
        }
        boolean h2 = url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
        Properties login = new Properties();
        if (h2) {
            // The same login the store uses: H2's "sa" with no password unless the config names variables.
            login.setProperty("user", user == null ? "sa" : user);
            login.setProperty("password", password == null ? "" : password);
        } else {
            if (user != null) {
                login.setProperty("user", user);
            }
            if (password != null) {
                login.setProperty("password", password);
            }
            String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
            login.setProperty("connectTimeout", seconds);
            login.setProperty("loginTimeout", seconds);
            login.setProperty("socketTimeout", seconds);
        }
        try {
            // Asking H2 only for a file that exists keeps the doctor from creating an empty database.
            String reach = h2 && h2File(url) != null && !url.toUpperCase(Locale.ROOT).contains(";IFEXISTS=")
                    ? url + ";IFEXISTS=TRUE" : url;
            return Check.ok(NAME, Text.of("tools.doctor.store.ok", where, selectOne(reach, login)));
        } catch (SQLException e) {
            if (h2 && e.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                return notCreatedYet(where, h2File(url));
            }
            String message = hide(String.valueOf(e.getMessage()).lines().findFirst().orElse(""), password);
            Text fix = Text.of(h2 && e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? "tools.doctor.store.in-use" : "tools.doctor.store.check");
            return failed(Text.plain(where + ": " + message), fix);
        } catch (RuntimeException e) {
            return failed(Text.plain(where + ": " + hide(String.valueOf(e.getMessage()), password)),
                    Text.of("tools.doctor.store.check-url"));
        }
    }

    /** Connects, runs {@code SELECT 1}, and names the database that answered. */
    private static String selectOne(String url, Properties login) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, login);
             Statement statement = connection.createStatement();
             ResultSet one = statement.executeQuery("SELECT 1")) {
            if (!one.next() || one.getInt(1) != 1) {
                throw new SQLException("SELECT 1 did not answer 1");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    /** An H2 file not created yet is fine when the nearest existing folder on its way can be written. */
    private static Check notCreatedYet(String where, Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder == null || !Files.isWritable(folder)) {
            return failed(Text.of("tools.doctor.store.cannot-create", where, String.valueOf(folder)),
                    Text.of("tools.doctor.store.allow-writing"));
        }
        return Check.ok(NAME, Text.of("tools.doctor.store.not-yet", where, folder.toString()));
    }

    private static Check failed(Text found, Text fix) {
        return new Check(NAME, Check.Status.FAILED, found, COST, fix);
    }

    /** The file of an H2 file URL ({@code jdbc:h2:file:./data/minhbach}, {@code jdbc:h2:./x}), else null. */
    static Path h2File(String url) {
        String rest = url.substring("jdbc:h2:".length());
        int cut = rest.indexOf(';');
        rest = cut < 0 ? rest : rest.substring(0, cut);
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("(?i)(mem|tcp|ssl|zip|nio\\w*|split|async|memFS|memLZF):.*")) {
            return null;
        }
        return rest.startsWith("~") ? Path.of(System.getProperty("user.home") + rest.substring(1)) : Path.of(rest);
    }

    private static String hide(String message, String password) {
        return password == null || password.isEmpty() ? message : message.replace(password, "***");
    }
}
