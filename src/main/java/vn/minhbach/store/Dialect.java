package vn.minhbach.store;

import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

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
    },
    /** A PostgreSQL server, for installations that already run one or share history between machines. */
    POSTGRESQL {
        @Override
        DataSource dataSource(String url, String user, String password) {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            // Leave what the URL says alone unless the config names a variable for it.
            if (user != null) {
                source.setUser(user);
            }
            if (password != null) {
                source.setPassword(password);
            }
            return source;
        }

        @Override
        void release(DataSource dataSource) {
            // Every connection is closed after use; nothing is held between calls.
        }
    };

    abstract DataSource dataSource(String url, String user, String password);

    abstract void release(DataSource dataSource);

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
        return url.substring(0, cut);
    }

    /** The URL up to its sub-protocol: the rest of a URL of an unknown driver may hold credentials. */
    private static String scheme(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? "a value that is not a JDBC URL" : url.substring(0, second + 1) + "...";
    }
}
