package vn.minhbach.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.minhbach.extract.ApiKeys.Role;

/**
 * One JSON object read as a procedure: its fields grouped by what their keys mean (see {@link ApiKeys}).
 *
 * @param fields the object's fields, each with the role of its key
 */
record ProcedureObject(List<Field> fields) {

    private static final Pattern INTEGER = Pattern.compile("\\d{1,2}");
    /** The code of the national procedure database (CSDLQG về TTHC): "1.001234", "2.002154.000.00.00.H49". */
    private static final Pattern NATIONAL_CODE = Pattern.compile("[1-3]\\.\\d{3,6}(?![\\d/])");
    private static final int MAX_NAME = 300;

    /** A field and the role of its key. */
    record Field(String key, Role role, JsonNode value) {
    }

    ProcedureObject {
        fields = List.copyOf(fields);
    }

    static ProcedureObject of(JsonNode object) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            fields.add(new Field(e.getKey(), ApiKeys.role(e.getKey()), e.getValue()));
        }
        return new ProcedureObject(fields);
    }

    /**
     * Whether the object is a procedure: it has a name and a procedure field. A procedure's own name key
     * ("tenThuTuc") needs any procedure field beside it; a generic one ("name", "title") needs a fee, time,
     * dossier or forms field, a level stated in words or a national procedure code ("1.001234"; an agency's
     * "000.00.04.H49" or a document's "125/KH-UBND" is not one), or else a numeric level in an object that is not
     * a menu entry or an agency (they carry a name and a numeric "level" too).
     */
    boolean procedure() {
        boolean specific = false;
        boolean named = false;
        boolean strong = false;
        boolean code = false;
        boolean codeKey = false;
        boolean level = false;
        boolean other = false;
        for (Field f : fields) {
            switch (f.role()) {
                case NAME -> {
                    if (Folded.meaningful(JsonValues.label(f.value()))) {
                        specific |= ApiKeys.procedureName(f.key());
                        named = true;
                    }
                }
                case FEE, TIME, DOSSIER, FORMS -> strong = true;
                case LEVEL -> {
                    strong |= OnlineLevel.of(JsonValues.allText(f.value())) != OnlineLevel.UNSTATED;
                    level = true;
                }
                case CODE -> {
                    code |= NATIONAL_CODE.matcher(JsonValues.label(f.value())).lookingAt();
                    codeKey = true;
                }
                default -> other |= ApiKeys.notProcedure(f.key());
            }
        }
        return specific ? strong || codeKey || level : named && (strong || code || level && !other);
    }

    /** Whether a fee, time, dossier or forms field is there, stated or not. */
    boolean hasDetail() {
        return fields.stream().anyMatch(f -> ApiKeys.detail(f.role()));
    }

    String name() {
        String generic = null;
        for (Field f : fields) {
            String text = JsonValues.label(f.value());
            if (f.role() == Role.NAME && Folded.meaningful(text)) {
                if (ApiKeys.procedureName(f.key())) {
                    return shorten(text);
                }
                generic = generic == null ? text : generic;
            }
        }
        return generic == null ? null : shorten(generic);
    }

    /** The first level stated in words, or by number: 4 full, 3 partial, 2 and 1 offline. */
    OnlineLevel level() {
        for (Field f : of(Role.LEVEL)) {
            OnlineLevel level = level(f.value());
            if (level != OnlineLevel.UNSTATED) {
                return level;
            }
        }
        return OnlineLevel.UNSTATED;
    }

    private static OnlineLevel level(JsonNode v) {
        if (v.isValueNode()) {
            OnlineLevel level = byNumber(v);
            return level != OnlineLevel.UNSTATED ? level : OnlineLevel.of(v.asText());
        }
        OnlineLevel level = OnlineLevel.of(JsonValues.allText(v));
        if (level == OnlineLevel.UNSTATED && v.isObject()) {
            // {"id": 4, "ten": "DVC"}: the number the object stands for
            for (String key : List.of("value", "code", "level", "mucDo", "id")) {
                if (v.has(key) && v.get(key).isValueNode() && byNumber(v.get(key)) != OnlineLevel.UNSTATED) {
                    return byNumber(v.get(key));
                }
            }
        }
        return level;
    }

    private static OnlineLevel byNumber(JsonNode v) {
        String text = v.isNull() ? "" : v.asText().strip();
        if (!(v.isIntegralNumber() || v.isTextual()) || !INTEGER.matcher(text).matches()) {
            return OnlineLevel.UNSTATED;
        }
        return switch (Integer.parseInt(text)) {
            case 4 -> OnlineLevel.FULL;
            case 3 -> OnlineLevel.PARTIAL;
            case 1, 2 -> OnlineLevel.OFFLINE;
            default -> OnlineLevel.UNSTATED;
        };
    }

    /** Its API identifier: id or _id, else its code; or null. */
    String id() {
        for (Role role : List.of(Role.ID, Role.CODE)) {
            for (Field f : of(role)) {
                String text = JsonValues.label(f.value());
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * What it states. A field left out states nothing; "Không" and 0 state a fee. Forms are read from the
     * object's forms fields and from those of its dossier components, which is where iGate attaches them.
     */
    ProcedureFacts facts(URI source) {
        List<JsonNode> forms = new ArrayList<>(of(Role.FORMS).stream().map(Field::value).toList());
        for (Field dossier : of(Role.DOSSIER)) {
            Iterable<JsonNode> components = dossier.value().isArray() ? dossier.value() : List.of(dossier.value());
            for (JsonNode component : components) {
                if (component.isObject()) {
                    ProcedureObject.of(component).of(Role.FORMS).forEach(f -> forms.add(f.value()));
                }
            }
        }
        return new ProcedureFacts(name(), level(), stated(Role.TIME), stated(Role.DOSSIER), stated(Role.FEE),
                ApiForms.named(forms), ApiForms.links(source, forms));
    }

    private boolean stated(Role role) {
        return of(role).stream().anyMatch(f -> JsonValues.stated(f.value()));
    }

    private List<Field> of(Role role) {
        return fields.stream().filter(f -> f.role() == role).toList();
    }

    private static String shorten(String s) {
        String text = Folded.of(s).text();
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME);
    }
}
