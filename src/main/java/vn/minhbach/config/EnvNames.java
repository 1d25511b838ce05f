package vn.minhbach.config;

import java.util.regex.Pattern;

/** Names of environment variables that hold secrets; the secrets themselves never appear in a config file. */
final class EnvNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvNames() {
    }

    static String read(ConfigNode node) {
        String name = node.text(null);
        if (name != null && !NAME.matcher(name).matches()) {
            node.problem("expected the name of an environment variable (letters, digits, _), got \"" + name + "\"");
            return null;
        }
        return name;
    }
}
