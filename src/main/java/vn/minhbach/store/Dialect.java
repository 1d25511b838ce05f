package vn.minhbach.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The databases the store runs on. The schema and every query are shared; what differs is only how
 * connections are made and released, kept here.
 */
enum Dialect {
    /** Embedded H2 in a file (or in memory for tests): the default, nothing to install. */
    H2 {
        @Override
        DataSource dataSource(String url, String user, String password) {
            // H2 makes whoever creates the database its administrator; "sa" with no password is its convention.
            return JdbcConnectionPool.create(url, user == null ? "sa" : user, password == null ? "" : password);
        }

        @Override
        void release(DataSource dataSource) {
            ((JdbcConnectionPool) dataSource).dispose();
        }

        @Override
        void makeDurable(Connection connection) throws SQLException {
            // H2 writes committed changes to its file in the background, about once a second: a process killed
            // meanwhile loses them. CHECKPOINT writes them now.
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    },
    /** A PostgreSQL server, for installations that already run one or share history between machines. */
    POSTGRESQL {
        @Override
        DataSource dataSource(String url, String user, String password) {
            // A crawl asks the page cache for every page, and a clustered scheduler checks in every few seconds:
            // pooled connections spare each a new login (and its TLS handshake over a network).
            HikariConfig pool = new HikariConfig();
            pool.setPoolName("minhbach-store");
            pool.setJdbcUrl(url);
            // Leave what the URL says alone unless the config names a variable for it.
            if (user != null) {
                pool.setUsername(user);
            }
            if (password != null) {
                pool.setPassword(password);
            }
            pool.setMaximumPoolSize(MAX_CONNECTIONS);
            pool.setMinimumIdle(0);
            pool.setIdleTimeout(Duration.ofMinutes(1).toMillis());
            // Fail at once when the server is down, as a single connection would, rather than wait for it.
            pool.setInitializationFailTimeout(1);
            try {
                return new HikariDataSource(pool);
            } catch (HikariPool.PoolInitializationException e) {
                throw new StoreException("cannot connect to the history store at " + describe(url) + ": "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
            }
        }

        @Override
        void release(DataSource dataSource) {
            ((HikariDataSource) dataSource).close();
        }
    };

    /** Connections one process holds at most on a PostgreSQL store: audits, their page caches and the scheduler. */
    static final int MAX_CONNECTIONS = 16;

    abstract DataSource dataSource(String url, String user, String password);

    abstract void release(DataSource dataSource);

    /**
     * Makes what was committed on {@code connection}'s database survive the process being killed, before the caller
     * does what cannot be undone (deletes files the commit stopped naming) or tells that it is saved. PostgreSQL
     * does so at every commit.
     */
    void makeDurable(Connection connection) throws SQLException {
    }

    /** The dialect a JDBC URL names; a {@link StoreException} when it is neither H2 nor PostgreSQL. */
    static Dialect of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("store.url must be jdbc:h2:... or jdbc:postgresql://...; got " + scheme(url));
    }

    /** The URL without its parameters, which may hold a password: fit for messages. */
    static String describe(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            cut = at < 0 ? cut : Math.min(cut, at);
        }
        // user:password@host is not pgjdbc's syntax, but a URL written so must not show it either.
        return url.substring(0, cut).replaceFirst("//[^/@]*@", "//");
    }

    /** The URL up to its sub-protocol: the rest of a URL of an unknown driver may hold credentials. */
    private static String scheme(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? "a value that is not a JDBC URL" : url.substring(0, second + 1) + "...";
    }
}
