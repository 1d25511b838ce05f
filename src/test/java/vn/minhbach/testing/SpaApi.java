package vn.minhbach.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The JSON API behind {@link SpaSite}, shaped like VNPT iGate's: Spring Data pages and plain objects. */
final class SpaApi {

    private static final String JSON = "application/json; charset=utf-8";
    private static final String PROCEDURES = "/api/procedures";
    private static final int MAX_SIZE = 100;

    private SpaApi() {
    }

    /** Answers a request under {@code /api/}. */
    static void answer(HttpExchange exchange, String path, SpaProcedures procedures, URI beacon) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (path.equals("/api/config")) {
            send(exchange, 200, Map.of("hotline", SpaSite.HOTLINE, "beacon", beacon.toString(),
                    "name", "Cổng dịch vụ công tỉnh Quảng Ngãi"));
        } else if (path.equals(PROCEDURES)) {
            int page = number(query.get("page"), 0, Integer.MAX_VALUE / MAX_SIZE, 0);
            int size = number(query.get("size"), 1, MAX_SIZE, 10);
            send(exchange, 200, procedures.page(page, size));
        } else if (path.startsWith(PROCEDURES + "/")) {
            Optional<SpaProcedures.Procedure> procedure = procedures.byId(path.substring(PROCEDURES.length() + 1));
            if (procedure.isPresent()) {
                send(exchange, 200, procedure.get());
            } else {
                notFound(exchange, "Không tìm thấy thủ tục");
            }
        } else if (path.startsWith("/api/dossiers/")) {
            // No dossier exists: the lookup form only has to answer something.
            notFound(exchange, "Không tìm thấy hồ sơ");
        } else {
            notFound(exchange, "Không tìm thấy");
        }
    }

    private static void notFound(HttpExchange exchange, String message) throws IOException {
        send(exchange, 404, Map.of("status", 404, "message", message));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        Replies.send(exchange, status, JSON, SpaSite.json(body));
    }

    private static int number(String text, int min, int max, int otherwise) {
        try {
            return text == null ? otherwise : Math.max(min, Math.min(max, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                pairs.putIfAbsent(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return pairs;
    }
}
