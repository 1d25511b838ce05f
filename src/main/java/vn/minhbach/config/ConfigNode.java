package vn.minhbach.config;

import vn.minhbach.i18n.Lang;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A position in the parsed YAML tree with its key path. Reading a value that is absent gives the default;
 * a value of the wrong type is recorded as a problem naming the path, and the default is used so that
 * every problem of a file is found in one pass.
 */
final class ConfigNode {
    private final JsonNode node;
    private final String path;
    private final List<String> problems;

    ConfigNode(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    boolean isMissing() {
        return node == null || node.isMissingNode() || node.isNull();
    }

    boolean has(String key) {
        return !child(key).isMissing();
    }

    ConfigNode child(String key) {
        JsonNode value = node == null || !node.isObject() ? null : node.get(key);
        return new ConfigNode(value, path.isEmpty() ? key : path + "." + key, problems);
    }

    void problem(String message) {
        problems.add((path.isEmpty() ? "(file)" : path) + ": " + message);
    }

    /** Records every key not in {@code allowed} as unknown; also complains when this is not a mapping. */
    boolean expectMapping(Set<String> allowed) {
        if (isMissing()) {
            return false;
        }
        if (!node.isObject()) {
            problem("expected a mapping of keys, got " + describe(node));
            return false;
        }
        if (allowed != null) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    child(key).problem("unknown key (allowed: " + String.join(", ", sorted(allowed)) + ")");
                }
            }
        }
        return true;
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** True when the value is a text. */
    boolean isText() {
        return !isMissing() && node.isTextual();
    }

    /** True when the value is this word, whatever its case and surrounding spaces. */
    boolean isWord(String word) {
        return isText() && node.asText().strip().equalsIgnoreCase(word);
    }

    String text(String def) {
        if (isMissing()) {
            return def;
        }
        if (!node.isValueNode() || node.isBoolean()) {
            problem("expected a text value, got " + describe(node));
            return def;
        }
        return node.asText();
    }

    String requiredText() {
        if (isMissing()) {
            problem("required");
            return null;
        }
        String value = text(null);
        if (value != null && value.isBlank()) {
            problem("must not be empty");
        }
        return value;
    }

    long number(long def, long min, long max) {
        if (isMissing()) {
            return def;
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber()) {
            problem("expected an integer, got " + describe(node));
            return def;
        }
        long value = node.asLong();
        if (value < min || value > max) {
            problem("must be between " + min + " and " + max + ", got " + value);
            return def;
        }
        return value;
    }

    int integer(int def, int min, int max) {
        return (int) number(def, min, max);
    }

    Double decimal() {
        if (isMissing()) {
            return null;
        }
        if (!node.isNumber()) {
            problem("expected a number, got " + describe(node));
            return null;
        }
        return node.asDouble();
    }

    /** A language tag ({@code vi}, {@code en}); {@code def} when absent, and a problem naming the tags when unknown. */
    Lang lang(Lang def) {
        String value = text(null);
        if (value == null) {
            return def;
        }
        try {
            return Lang.parse(value);
        } catch (IllegalArgumentException e) {
            problem("expected a language, one of " + Lang.tags() + ", got \"" + value + "\"");
            return def;
        }
    }

    boolean bool(boolean def) {
        if (isMissing()) {
            return def;
        }
        if (!node.isBoolean()) {
            problem("expected true or false, got " + describe(node));
            return def;
        }
        return node.asBoolean();
    }

    Boolean optionalBool() {
        return isMissing() ? null : bool(true);
    }

    /** An absolute http(s) URL, or null after recording a problem. */
    URI httpUrl() {
        String value = text(null);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problem("expected an absolute http(s) URL, got \"" + value + "\"");
                return null;
            }
            return uri.getPath() == null || uri.getPath().isEmpty() ? uri.resolve("/") : uri;
        } catch (URISyntaxException e) {
            problem("not a valid URL: \"" + value + "\" (" + e.getReason() + ")");
            return null;
        }
    }

    /** A list of values; a single scalar is accepted as a list of one. */
    List<ConfigNode> elements() {
        List<ConfigNode> out = new ArrayList<>();
        if (isMissing()) {
            return out;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new ConfigNode(node.get(i), path + "[" + i + "]", problems));
            }
        } else if (node.isValueNode()) {
            out.add(this);
        } else {
            problem("expected a list, got " + describe(node));
        }
        return out;
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        list.sort(null);
        return list;
    }

    private static String describe(JsonNode value) {
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    }
}
