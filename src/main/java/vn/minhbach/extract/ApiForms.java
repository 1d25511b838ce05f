package vn.minhbach.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The forms (biểu mẫu, mẫu đơn, tờ khai) a procedure's JSON names, and the files they link to. */
final class ApiForms {

    /** Keys whose string value is where a file lies. */
    private static final Set<String> LINK_KEYS = Set.of("url", "link", "href", "path", "file", "fileurl", "filepath",
            "filelink", "downloadurl", "duongdan", "duongdanfile", "urlfile", "src");
    private static final Pattern DOCUMENT = Pattern.compile("\\.(?:docx?|pdf|xlsx?|odt|ods|rtf)(?:$|[?#])",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_DEPTH = 6;

    private ApiForms() {
    }

    /**
     * Whether the forms values name a form: a non-empty value that does not say "none" ("Không quy định",
     * "Không có", "Không"), a true flag, or a non-zero count.
     */
    static boolean named(Collection<JsonNode> values) {
        return values.stream().anyMatch(ApiForms::names);
    }

    private static boolean names(JsonNode v) {
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            return v.asDouble() != 0;
        }
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (names(item)) {
                    return true;
                }
            }
            return false;
        }
        return JsonValues.stated(v) && !JsonValues.none(JsonValues.label(v));
    }

    /**
     * The files the forms values link to, resolved against the answer's address: a string under a link key
     * (url, path, file, duongDan …) that is a path or names a document, or any path or address of a document
     * (.doc, .docx, .pdf, .xls, .xlsx, .odt). A bare file name ("to-khai.docx") under a name key is not an
     * address.
     */
    static List<URI> links(URI source, Collection<JsonNode> values) {
        Set<URI> out = new LinkedHashSet<>();
        for (JsonNode v : values) {
            collect(source, v, false, 0, out);
        }
        return List.copyOf(out);
    }

    private static void collect(URI source, JsonNode v, boolean underLinkKey, int depth, Set<URI> out) {
        if (v == null || depth > MAX_DEPTH) {
            return;
        }
        if (v.isTextual()) {
            String s = v.asText().strip();
            boolean path = s.contains("/");
            boolean document = DOCUMENT.matcher(s).find();
            if (underLinkKey ? path || document : path && document) {
                Links.resolve(source, s).ifPresent(out::add);
            }
            return;
        }
        if (v.isObject()) {
            for (Map.Entry<String, JsonNode> field : v.properties()) {
                boolean link = LINK_KEYS.contains(String.join("", ApiKeys.words(field.getKey())));
                collect(source, field.getValue(), link, depth + 1, out);
            }
        } else if (v.isArray()) {
            for (JsonNode item : v) {
                collect(source, item, underLinkKey, depth + 1, out);
            }
        }
    }
}
