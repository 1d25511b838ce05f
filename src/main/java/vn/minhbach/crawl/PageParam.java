package vn.minhbach.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.minhbach.text.KeyWords;

/**
 * The parameter of a list request that carries the page (page, pageIndex, p …) or the offset (offset, start,
 * skip): a query parameter or a field of a JSON body, at its top or one object down
 * ({@code {"paging": {"page": 0}}}).
 *
 * @param name   the parameter's name as the request writes it
 * @param parent the body field holding it, or null at the top of the body
 * @param inBody whether it is a body field (else a query parameter)
 * @param value  its value in the request
 * @param offset whether it counts items (an offset), not pages
 * @param quoted whether the body writes it as a string ("page": "1")
 */
record PageParam(String name, String parent, boolean inBody, long value, boolean offset, boolean quoted) {

    private static final Set<String> PAGES = Set.of("page", "pageindex", "pagenumber", "p", "pageno", "pagenum",
            "currentpage", "curpage");
    private static final Set<String> OFFSETS = Set.of("offset", "start", "skip");

    /** A query parameter as the request writes it; bare when it has no '='. */
    private record QueryPart(String name, String value, boolean bare) {
        String written() {
            return bare ? name : name + "=" + value;
        }
    }

    /** The page parameter of the request, else its offset parameter; null when it has neither. */
    static PageParam of(ApiPaging.ApiCall call) {
        List<PageParam> found = new ArrayList<>();
        for (QueryPart part : query(call.url())) {
            add(found, part.name(), null, false, digits(part.value()), false);
        }
        for (Map.Entry<String, JsonNode> scope : bodyScopes(call)) {
            for (Map.Entry<String, JsonNode> field : scope.getValue().properties()) {
                add(found, field.getKey(), scope.getKey(), true, PagingAnswer.integer(field.getValue()),
                        field.getValue().isTextual());
            }
        }
        return found.stream().filter(p -> !p.offset()).findFirst().orElse(found.isEmpty() ? null : found.get(0));
    }

    /** The value of a size parameter of the request (size, pageSize, limit, length …), or null. */
    static Long size(ApiPaging.ApiCall call) {
        for (QueryPart part : query(call.url())) {
            if (PagingAnswer.SIZE.contains(normal(part.name())) && digits(part.value()) != null) {
                return digits(part.value());
            }
        }
        for (Map.Entry<String, JsonNode> scope : bodyScopes(call)) {
            for (Map.Entry<String, JsonNode> field : scope.getValue().properties()) {
                Long n = PagingAnswer.integer(field.getValue());
                if (n != null && PagingAnswer.SIZE.contains(normal(field.getKey()))) {
                    return n;
                }
            }
        }
        return null;
    }

    /**
     * A parameter the request lacks, to be added: a field of its body when the body is a JSON object, else a
     * query parameter.
     */
    static PageParam added(ApiPaging.ApiCall call, String name, boolean offset) {
        boolean inBody = ApiPaging.json(call.body()).filter(JsonNode::isObject).isPresent();
        return new PageParam(name, null, inBody, 0, offset, false);
    }

    /** The request with this parameter set to a value (added when missing), the rest of it kept as it was. */
    ApiPaging.ApiCall with(ApiPaging.ApiCall call, long to) {
        if (!inBody) {
            return new ApiPaging.ApiCall(call.method(), withQuery(call.url(), Long.toString(to)), call.body());
        }
        ObjectNode body = (ObjectNode) ApiPaging.json(call.body()).orElseThrow().deepCopy();
        ObjectNode scope = parent == null ? body : (ObjectNode) body.get(parent);
        if (quoted) {
            scope.put(name, Long.toString(to));
        } else {
            scope.put(name, to);
        }
        return new ApiPaging.ApiCall(call.method(), call.url(), body.toString());
    }

    private static void add(List<PageParam> found, String name, String parent, boolean inBody, Long value,
                            boolean quoted) {
        String key = normal(name);
        if (value != null && (PAGES.contains(key) || OFFSETS.contains(key))) {
            found.add(new PageParam(name, parent, inBody, value, OFFSETS.contains(key), quoted));
        }
    }

    /** The objects of a JSON body the paging may sit in: the body (under a null key) and its object fields. */
    private static List<Map.Entry<String, JsonNode>> bodyScopes(ApiPaging.ApiCall call) {
        JsonNode body = ApiPaging.json(call.body()).filter(JsonNode::isObject).orElse(null);
        if (body == null) {
            return List.of();
        }
        List<Map.Entry<String, JsonNode>> scopes = new ArrayList<>();
        scopes.add(new AbstractMap.SimpleEntry<>(null, body));
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isObject()) {
                scopes.add(field);
            }
        }
        return scopes;
    }

    private static String normal(String name) {
        return KeyWords.joined(name);
    }

    private static Long digits(String value) {
        return value.matches("\\d{1,12}") ? Long.parseLong(value) : null;
    }

    /** The address with this query parameter set (or added), the others written as the request wrote them. */
    private URI withQuery(URI url, String to) {
        String s = url.toString();
        int hash = s.indexOf('#');
        String fragment = hash >= 0 ? s.substring(hash) : "";
        s = hash >= 0 ? s.substring(0, hash) : s;
        int q = s.indexOf('?');
        List<String> parts = new ArrayList<>();
        boolean set = false;
        for (QueryPart part : query(url)) {
            boolean mine = !set && part.name().equals(name);
            parts.add(mine ? name + "=" + to : part.written());
            set |= mine;
        }
        if (!set) {
            parts.add(name + "=" + to);
        }
        return URI.create((q >= 0 ? s.substring(0, q) : s) + "?" + String.join("&", parts) + fragment);
    }

    private static List<QueryPart> query(URI url) {
        String raw = url.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(raw.split("&", -1)).map(part -> {
            int eq = part.indexOf('=');
            return eq < 0 ? new QueryPart(part, "", true)
                    : new QueryPart(part.substring(0, eq), part.substring(eq + 1), false);
        }).toList();
    }
}
