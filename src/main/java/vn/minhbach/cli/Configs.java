package vn.minhbach.cli;

import java.nio.file.Path;
import vn.minhbach.check.Checklist;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;

/** Loads configs against the default checklist's item ids and parameters. */
final class Configs {
    private Configs() {
    }

    static ConfigLoader loader() {
        return new ConfigLoader(Checklist.defaults().parameterNames());
    }

    static AuditConfig load(Path file) throws ConfigException {
        return loader().load(file);
    }
}
