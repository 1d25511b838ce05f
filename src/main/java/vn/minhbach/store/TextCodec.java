package vn.minhbach.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.minhbach.model.Text;

/**
 * A {@link Text} as the JSON kept in {@code audit_item.reason_text} and {@code expected_text} (V10) and in
 * {@code audit_item_evidence.excerpt_text} (V11):
 * {@code {"key": "check.x", "args": [...]}}, the key left out for plain text and sequences. An argument is a JSON
 * string, a whole number (read back as an {@code Integer}, or a {@code Long} when it does not fit), another
 * number, {@code {"date": "2026-01-05"}} for a day, or an object like the text itself for a nested text.
 */
final class TextCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TextCodec() {
    }

    /** The JSON of {@code text}; null for null and for plain text, which the wording column already says. */
    static String encode(Text text) {
        if (text == null || text.isPlain()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node(text));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a message as JSON", e);
        }
    }

    /** The text of {@code json}, or {@code Text.plain(wording)} when there is no JSON. */
    static Text decode(String json, String wording) {
        if (json == null) {
            return Text.plain(wording);
        }
        try {
            return text(JSON.readTree(json));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new StoreException("a stored message is not valid: " + json, e);
        }
    }

    private static ObjectNode node(Text text) {
        ObjectNode node = JSON.createObjectNode();
        if (text.key() != null) {
            node.put("key", text.key());
        }
        ArrayNode args = node.putArray("args");
        for (Object arg : text.args()) {
            if (arg instanceof Text nested) {
                args.add(node(nested));
            } else if (arg instanceof LocalDate date) {
                args.addObject().put("date", date.toString());
            } else if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
                args.add(((Number) arg).longValue());
            } else if (arg instanceof Number number) {
                args.add(number.doubleValue());
            } else {
                args.add(String.valueOf(arg));
            }
        }
        return node;
    }

    private static Text text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.get("args")) {
            args.add(arg(arg));
        }
        JsonNode key = node.get("key");
        return new Text(key == null ? null : key.asText(), args);
    }

    private static Object arg(JsonNode arg) {
        if (arg.isObject()) {
            return arg.has("date") ? LocalDate.parse(arg.get("date").asText()) : text(arg);
        }
        if (arg.isIntegralNumber()) {
            return arg.canConvertToInt() ? (Object) arg.intValue() : (Object) arg.longValue();
        }
        if (arg.isNumber()) {
            return arg.doubleValue();
        }
        return arg.asText();
    }
}
