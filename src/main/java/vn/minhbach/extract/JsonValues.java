package vn.minhbach.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * What the values of a JSON answer say, whatever their shape: a string, a number, a boolean, an object
 * labelled by one of its fields ({@code {"ten": "Toàn trình"}}, {@code {"name": …, "value": …}}) or an array
 * of those (translations, fee lines, dossier components).
 */
final class JsonValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The fields that label an object, in order of preference. */
    private static final List<String> LABELS = List.of("name", "ten", "title", "label", "text", "value",
            "description", "moTa", "noiDung", "content");
    /** Values are small; anything deeper is not read, so that a hostile answer cannot make us walk forever. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_TEXT = 2000;

    private JsonValues() {
    }

    /** The parsed answer, or empty when it is not JSON. */
    static Optional<JsonNode> parse(String json) {
        if (json == null || json.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(json)).filter(n -> !n.isMissingNode());
        } catch (Exception e) {
            // an answer that is not JSON (an HTML error page, a truncated body) holds no procedures
            return Optional.empty();
        }
    }

    /** The text a value shows: itself, an object's label field, or an array's first meaningful label; or "". */
    static String label(JsonNode v) {
        return label(v, 0);
    }

    private static String label(JsonNode v, int depth) {
        if (v == null || depth > MAX_DEPTH) {
            return "";
        }
        if (v.isValueNode()) {
            return v.isNull() ? "" : v.asText().strip();
        }
        if (v.isObject()) {
            for (String key : LABELS) {
                String text = label(v.get(key), depth + 1);
                if (Folded.meaningful(text)) {
                    return text;
                }
            }
        }
        for (JsonNode child : v) {
            String text = label(child, depth + 1);
            if (Folded.meaningful(text)) {
                return text;
            }
        }
        return "";
    }

    /** Every string and number inside a value, joined by spaces. */
    static String allText(JsonNode v) {
        StringBuilder out = new StringBuilder();
        collect(v, 0, out);
        return out.toString().strip();
    }

    private static void collect(JsonNode v, int depth, StringBuilder out) {
        if (v == null || depth > MAX_DEPTH || out.length() > MAX_TEXT) {
            return;
        }
        if (v.isTextual() || v.isNumber()) {
            out.append(v.asText()).append(' ');
        }
        for (JsonNode child : v) {
            collect(child, depth + 1, out);
        }
    }

    /**
     * Whether a value states something: a meaningful text ("Không" and "0" count), a number, a boolean, or an
     * object or array holding one. Null, "", "Đang cập nhật", [] and {} state nothing.
     */
    static boolean stated(JsonNode v) {
        return stated(v, 0);
    }

    private static boolean stated(JsonNode v, int depth) {
        if (v == null || v.isNull() || v.isMissingNode() || depth > MAX_DEPTH) {
            return false;
        }
        if (v.isTextual()) {
            return Folded.meaningful(v.asText());
        }
        if (v.isValueNode()) {
            return true;
        }
        for (JsonNode child : v) {
            if (stated(child, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text says "none": "Không", "Không có", "Không quy định". */
    static boolean none(String text) {
        return Folded.of(text).labelEnd(List.of("khong")) >= 0;
    }
}
