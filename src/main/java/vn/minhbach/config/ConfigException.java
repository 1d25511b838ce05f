package vn.minhbach.config;

import java.util.List;

/** A config file that cannot be used, with every problem found, each naming its key path. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final transient List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(source + ": " + String.join("; ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file (or other origin) of the config. */
    public String source() {
        return source;
    }

    /** One line per problem, e.g. {@code crawl.maxPages: expected an integer, got "many"}. */
    public List<String> problems() {
        return problems;
    }
}
