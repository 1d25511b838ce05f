package vn.minhbach.serve;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.config.DashboardConfig;
import vn.minhbach.config.StoreConfig;
import vn.minhbach.mail.Notifier;
import vn.minhbach.store.AuditStore;
import vn.minhbach.web.Dashboard;
import vn.minhbach.web.Metrics;
import vn.minhbach.web.Portal;
import vn.minhbach.web.StorePeriodReports;

/**
 * Everything {@code minhbach serve} runs in one process: the scheduler of the configs' audits and weekly
 * digests; after each audit, its count in the metrics and its e-mailed summary; and the dashboard over the
 * configs' stores, whose "Kiểm tra ngay" fires the scheduler's own job.
 */
public final class Service {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);
    /** How long a scheduler that never started is given to stop. */
    private static final Duration UNSTARTED_GRACE = Duration.ofSeconds(5);

    private final AuditScheduler scheduler;
    private final Dashboard dashboard;
    private final List<AuditStore> stores;

    private Service(AuditScheduler scheduler, Dashboard dashboard, List<AuditStore> stores) {
        this.scheduler = scheduler;
        this.dashboard = dashboard;
        this.stores = stores;
    }

    /**
     * Builds and starts the service. The dashboard is bound before the first audit can start, so a port in use
     * stops the service before it has done anything.
     *
     * @param dashboardConfig where the dashboard listens ({@link #dashboardConfig}), or null for none
     * @param environment     where the dashboard's login variables are read
     * @throws ConfigException when two configs audit the same portal, or the dashboard's login variables are
     *                         not set
     * @throws IOException     when the dashboard cannot listen on its address
     */
    public static Service start(List<ServedConfig> served, ServeSettings settings, ConfigLoader loader,
                                DashboardConfig dashboardConfig, UnaryOperator<String> environment)
            throws ConfigException, IOException, SchedulerException {
        Notifier notifier = new Notifier();
        AuditScheduler scheduler = AuditScheduler.create(served, settings, loader, notifier);
        Map<StoreConfig, AuditStore> stores = new LinkedHashMap<>();
        Dashboard dashboard = null;
        try {
            Metrics metrics = new Metrics();
            SchedulerTrigger trigger = new SchedulerTrigger(scheduler);
            scheduler.addListener(ServiceListeners.metrics(metrics));
            scheduler.addListener(trigger);
            scheduler.addListener(ServiceListeners.summaries(notifier));
            if (dashboardConfig != null) {
                List<Portal> portals = new ArrayList<>();
                for (ServedConfig config : served) {
                    portals.add(new Portal(config.key(), config.config(),
                            stores.computeIfAbsent(config.config().store(), AuditStore::open)));
                }
                try {
                    dashboard = Dashboard.start(dashboardConfig, portals, trigger, metrics,
                            new StorePeriodReports(Clock.systemUTC()), environment);
                } catch (IllegalStateException e) {
                    throw new ConfigException(served.get(0).source(), List.of(e.getMessage()));
                }
            }
            scheduler.start();
            return new Service(scheduler, dashboard, List.copyOf(stores.values()));
        } catch (ConfigException | IOException | SchedulerException | RuntimeException e) {
            if (dashboard != null) {
                dashboard.close();
            }
            scheduler.shutdown(UNSTARTED_GRACE);
            stores.values().forEach(AuditStore::close);
            throw e;
        }
    }

    /**
     * The dashboard of the first config: one dashboard shows every config. Another config that sets a
     * different {@code dashboard} section is told of in the log (one that leaves it out is not).
     */
    public static DashboardConfig dashboardConfig(List<ServedConfig> served) {
        ServedConfig first = served.get(0);
        DashboardConfig chosen = first.config().dashboard();
        for (ServedConfig other : served.subList(1, served.size())) {
            DashboardConfig own = other.config().dashboard();
            if (!own.equals(chosen) && !own.equals(DashboardConfig.DEFAULT)) {
                LOG.warn("{}: dashboard section ignored ({}:{}): one dashboard shows every config, as {} sets it ({}:{})",
                        other.source(), own.bind(), own.port(), first.source(), chosen.bind(), chosen.port());
            }
        }
        return chosen;
    }

    public AuditScheduler scheduler() {
        return scheduler;
    }

    /** Where the dashboard is, or empty when it was not started. */
    public Optional<URI> dashboard() {
        return Optional.ofNullable(dashboard).map(Dashboard::uri);
    }

    /**
     * Stops the dashboard, then the scheduler (see {@link AuditScheduler#shutdown}), then closes the stores.
     *
     * @return true when every running audit finished within {@code grace}
     */
    public boolean stop(Duration grace) {
        if (dashboard != null) {
            dashboard.close();
        }
        boolean clean = scheduler.shutdown(grace);
        stores.forEach(AuditStore::close);
        return clean;
    }
}
