package vn.minhbach.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.minhbach.model.Verdict;

/**
 * The demo's ground truth: for an audit of {@link DemoServer} at the date it was started with, the
 * verdict each checklist item must get, and why. Read from {@code vn/minhbach/demo/expected.yaml}.
 */
public final class DemoExpectations {

    static final String RESOURCE = "expected.yaml";

    /**
     * One item's intended outcome.
     *
     * @param verdict the verdict the audit must give
     * @param why     a one-line reason, citing the checklist rule
     */
    public record Expected(Verdict verdict, String why) {
    }

    private DemoExpectations() {
    }

    /** Item id to intended outcome, in catalogue order. */
    public static Map<String, Expected> load() {
        try (InputStream in = DemoExpectations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + RESOURCE);
            }
            JsonNode items = new ObjectMapper(new YAMLFactory()).readTree(in).path("items");
            Map<String, Expected> expected = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> item : items.properties()) {
                expected.put(item.getKey(), new Expected(Verdict.valueOf(item.getValue().path("verdict").asText()),
                        item.getValue().path("why").asText()));
            }
            return Collections.unmodifiableMap(expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo resource " + RESOURCE, e);
        }
    }
}
