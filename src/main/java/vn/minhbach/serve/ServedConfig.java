package vn.minhbach.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.minhbach.config.AuditConfig;
import vn.minhbach.config.ConfigException;
import vn.minhbach.config.ConfigLoader;
import vn.minhbach.store.ConfigKeys;

/**
 * One config the service audits: its history key (also the name of its scheduled job), where it came
 * from, its YAML text and what that text loads to. The text travels with the job, so that in cluster mode
 * any node can run any config, including one recovered from a node that died.
 */
public record ServedConfig(String key, String source, String yaml, AuditConfig config) {

    /** Reads and validates a config file; every problem is a {@link ConfigException} naming its key path. */
    public static ServedConfig load(Path file, ConfigLoader loader) throws ConfigException {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), List.of("(file): cannot read: " + e.getMessage()));
        }
        return parse(yaml, file.toString(), loader);
    }

    /** A config from its YAML text, as a job carries it. */
    public static ServedConfig parse(String yaml, String source, ConfigLoader loader) throws ConfigException {
        AuditConfig config = loader.parse(yaml, source);
        return new ServedConfig(ConfigKeys.of(config), source, yaml, config);
    }

    /** The organisation and key, for logs: {@code "UBND huyện Lý Sơn" (3fa2c1d0e4b5a6f7)}. */
    public String label() {
        return "\"" + config.organisation() + "\" (" + key + ")";
    }
}
