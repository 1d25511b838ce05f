package vn.minhbach.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the administrative procedures in one JSON answer of a one-stop site's API (VNPT iGate, DVCQG and the
 * like, whose pages are scripts that load their lists), for items {@code onestop.online-rate} and
 * {@code onestop.procedure-details} (NĐ 42/2022 Đ11; NĐ 63/2010 Đ8). Network-free: the answer is given.
 */
public final class ApiProcedures {

    private static final int MAX_DEPTH = 8;
    private static final int MAX_OBJECTS = 5000;

    private ApiProcedures() {
    }

    /**
     * The procedures in the answer, whatever its envelope: a top-level array, an array under any key at any
     * depth ({@code data}, {@code content}, {@code data.items} …), or a single procedure object (a detail
     * answer, possibly under {@code data}). An array counts only when most of its objects are procedures, so a
     * menu or a list of news gives nothing. A detail field left out of an object means "not stated"; but when
     * no procedure of the answer has any detail field (a list-only API), every facts is null, so that the
     * caller looks for the details elsewhere. Rows have no link. Empty when the text is not JSON.
     *
     * @param source the answer's address, against which form links are resolved
     * @param json   the answer's text
     */
    public static List<ApiProcedure> read(URI source, String json) {
        Optional<JsonNode> root = JsonValues.parse(json);
        if (root.isEmpty()) {
            return List.of();
        }
        Walk walk = new Walk();
        walk.visit(root.get(), 0, true);
        boolean detailed = walk.found.stream().anyMatch(ProcedureObject::hasDetail);
        Map<String, ApiProcedure> out = new LinkedHashMap<>();
        for (ProcedureObject p : walk.found) {
            String id = p.id();
            String name = p.name();
            ApiProcedure procedure = new ApiProcedure(new ProcedureRow(name, null, p.level()),
                    detailed ? p.facts(source) : null, id);
            // the same procedure may come twice (a list and its "featured" copy)
            out.putIfAbsent(id != null ? "id " + id : "name " + Folded.fold(name), procedure);
        }
        return List.copyOf(out.values());
    }

    /** One bounded walk of an answer's tree, collecting the procedures it finds. */
    private static final class Walk {
        private final List<ProcedureObject> found = new ArrayList<>();
        private int objects;

        /**
         * @param byKeys whether the node is reached from the root through object keys only: a lone
         *               procedure inside an array that is not a procedure list does not count
         */
        void visit(JsonNode node, int depth, boolean byKeys) {
            if (depth > MAX_DEPTH || objects >= MAX_OBJECTS) {
                return;
            }
            if (node.isObject()) {
                objects++;
                ProcedureObject p = ProcedureObject.of(node);
                // an agency's page ({"name": …, "code": "000.00.H49", "content": [procedures]}) holds, not is, one
                if (p.procedure() && (p.hasDetail() || !holdsList(node))) {
                    if (byKeys) {
                        found.add(p);
                    }
                    return;
                }
                for (JsonNode child : node) {
                    visit(child, depth + 1, byKeys);
                }
            } else if (node.isArray()) {
                List<ProcedureObject> list = list(node);
                if (list != null) {
                    found.addAll(list);
                    return;
                }
                // groups of procedures (by sector, by agency) hold the lists one level down
                for (JsonNode item : node) {
                    visit(item, depth + 1, false);
                }
            }
        }

        private boolean holdsList(JsonNode object) {
            for (JsonNode child : object) {
                if (child.isArray() && list(child) != null) {
                    return true;
                }
            }
            return false;
        }

        /** The procedures of an array when most of its objects are procedures, else null. */
        private List<ProcedureObject> list(JsonNode array) {
            List<ProcedureObject> procedures = new ArrayList<>();
            int seen = 0;
            for (JsonNode item : array) {
                if (objects >= MAX_OBJECTS) {
                    break;
                }
                if (item.isObject()) {
                    objects++;
                    seen++;
                    ProcedureObject p = ProcedureObject.of(item);
                    if (p.procedure()) {
                        procedures.add(p);
                    }
                }
            }
            return seen > 0 && procedures.size() * 2 > seen ? procedures : null;
        }
    }
}
