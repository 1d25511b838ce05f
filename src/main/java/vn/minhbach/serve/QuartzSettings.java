package vn.minhbach.serve;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.quartz.utils.ConnectionProvider;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.store.StoreDatabase;

/**
 * Quartz's properties for a node. Configs kept in H2 (or the default store) get an in-memory job store:
 * one process, no cluster. Configs kept in PostgreSQL get Quartz's JDBC job store there, clustered, so
 * that every node started on the same database shares the schedule: each fire runs on one node, and a
 * node that dies has its running audits recovered by another. System properties starting with
 * {@code org.quartz.} override any setting (e.g. {@code -Dorg.quartz.jobStore.clusterCheckinInterval=5000}).
 */
final class QuartzSettings {
    /** The scheduler name the nodes of one cluster share. */
    static final String CLUSTER_NAME = "minhbach";

    private QuartzSettings() {
    }

    /**
     * The PostgreSQL store the configs share, or empty when they are all kept in H2. Mixing the two, or two
     * PostgreSQL stores, is a config error: one process belongs to at most one cluster.
     */
    static Optional<StoreConfig> clusterStore(List<ServedConfig> configs) throws ConfigException {
        ServedConfig first = null;
        List<String> problems = new ArrayList<>();
        for (ServedConfig served : configs) {
            if (!StoreDatabase.isPostgreSql(served.config().store())) {
                continue;
            }
            if (first == null) {
                first = served;
            } else if (!sameDatabase(first.config().store(), served.config().store())) {
                problems.add(served.source() + ": store.url: every config served by one process must use the same"
                        + " PostgreSQL store (and userEnv, passwordEnv) as " + first.source());
            }
        }
        if (first != null) {
            for (ServedConfig served : configs) {
                if (!StoreDatabase.isPostgreSql(served.config().store())) {
                    problems.add(served.source() + ": store.url: " + first.source() + " is kept in PostgreSQL (cluster"
                            + " mode), so this config must be too; serve H2 configs from another process");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException("serve", problems);
        }
        return first == null ? Optional.empty() : Optional.of(first.config().store());
    }

    private static boolean sameDatabase(StoreConfig a, StoreConfig b) {
        return a.url().equals(b.url()) && Objects.equals(a.userEnv(), b.userEnv())
                && Objects.equals(a.passwordEnv(), b.passwordEnv());
    }

    static Properties inMemory(int workers) {
        Properties p = common(workers);
        p.setProperty("org.quartz.scheduler.instanceName", "minhbach-" + UUID.randomUUID());
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return overridden(p);
    }

    /** The clustered JDBC job store over the connections registered under {@code dataSourceName}. */
    static Properties clustered(int workers, String dataSourceName) {
        Properties p = common(workers);
        p.setProperty("org.quartz.scheduler.instanceName", CLUSTER_NAME);
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "7500");
        // Job data holds only strings (the config's YAML), never serialised Java objects.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return overridden(p);
    }

    private static Properties common(int workers) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(workers));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "minhbach-audit");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    private static Properties overridden(Properties p) {
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("org.quartz."))
                .forEach(name -> p.setProperty(name, System.getProperty(name)));
        return p;
    }

    /** Hands Quartz the connections of the store's database; closing it releases them. */
    static final class StoreConnections implements ConnectionProvider {
        private final StoreDatabase database;

        StoreConnections(StoreDatabase database) {
            this.database = database;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return database.dataSource().getConnection();
        }

        @Override
        public void shutdown() {
            database.close();
        }

        @Override
        public void initialize() {
            // The database was opened and migrated before the scheduler was built.
        }
    }
}
