package vn.minhbach.web;

import java.util.Objects;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.store.AuditStore;
import vn.minhbach.store.ConfigKeys;

/**
 * One config the dashboard shows: its history key (the path segment of its pages), the config itself and
 * the open store holding its audits. The dashboard reads the store; whoever opened it closes it.
 *
 * @param key    {@link ConfigKeys#of} of the config
 * @param config the validated config
 * @param store  the store of {@code config.store()}, open
 */
public record Portal(String key, AuditConfig config, AuditStore store) {
    public Portal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
    }

    public static Portal of(AuditConfig config, AuditStore store) {
        return new Portal(ConfigKeys.of(config), config, store);
    }
}
