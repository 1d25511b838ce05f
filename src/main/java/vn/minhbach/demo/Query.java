package vn.minhbach.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The decoded query parameters of a request (the first value of each name). */
record Query(Map<String, String> params) {

    static final Query EMPTY = new Query(Map.of());

    Query {
        params = Map.copyOf(params);
    }

    static Query parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return new Query(params);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** The 1-based page number asked for, or 0 when the parameter is absent or not a number in range. */
    int page(int pages) {
        String raw = params.getOrDefault("page", "1");
        try {
            int page = Integer.parseInt(raw);
            return page >= 1 && page <= pages ? page : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
