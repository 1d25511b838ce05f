package vn.minhbach.extract;

import java.util.List;
import java.util.Set;
import vn.minhbach.text.KeyWords;

/**
 * What a key of a procedure JSON object stands for, read by meaning: the key is cut into words at camelCase
 * humps, underscores and dashes, folded (case, diacritics), so {@code tenThuTuc}, {@code TEN_THU_TUC} and
 * {@code tên thủ tục} all read "ten thu tuc".
 */
final class ApiKeys {

    /** The part of a procedure a key holds. */
    enum Role { NAME, ID, CODE, LEVEL, FEE, TIME, DOSSIER, FORMS, OTHER }


    /** Keys that name a procedure whatever else the object holds. */
    private static final Set<String> PROCEDURE_NAMES = Set.of("tenthutuc", "tenthutuchanhchinh", "tentthc",
            "procedurename", "formalityname", "tthcname");
    /** Keys that name anything: a procedure only when a procedure field stands beside them. */
    private static final Set<String> GENERIC_NAMES = Set.of("ten", "name", "title", "tieude", "translate",
            "translation", "translations", "i18n");
    private static final Set<String> IDS = Set.of("id", "oid", "objectid", "uuid");
    private static final Set<String> CODES = Set.of("code", "ma", "mathutuc", "matthc", "mathutuchanhchinh",
            "procedurecode", "formalitycode", "codetthc");
    private static final Set<String> LEVELS = Set.of("level", "onlinelevel", "capdo", "hinhthuc", "levelname",
            "procedurelevel", "servicelevel", "dvclevel");
    private static final Set<String> FEE_WORDS = Set.of("phi", "lephi", "philephi", "fee", "fees", "charge", "charges");
    private static final List<String> TIME_PARTS = List.of("thoihan", "processingtime", "processtime", "duration",
            "handlingtime", "resolutiontime", "timelimit");
    private static final List<String> TIME_ACTS = List.of("giaiquyet", "xuly", "thuchien");
    private static final Set<String> DOSSIERS = Set.of("hoso", "hosogom", "thanhphan", "giayto", "documents",
            "requireddocuments", "document");
    private static final Set<String> FORM_WORDS = Set.of("form", "forms", "template", "templates");
    private static final List<String> FORM_PARTS = List.of("bieumau", "maudon", "tokhai");
    /** Keys of menu entries and of agencies, which also carry a name and a number called level. */
    private static final Set<String> NOT_PROCEDURE = Set.of("children", "submenu", "submenus", "icon", "iconclass",
            "route", "routerlink", "menuid", "parent", "parentid", "menu", "url", "link", "href", "path", "target",
            "address", "diachi", "phone", "dienthoai", "sodienthoai", "email", "fax");

    private ApiKeys() {
    }

    /** The folded words of a key. */
    static List<String> words(String key) {
        return KeyWords.of(key);
    }

    static Role role(String key) {
        List<String> words = words(key);
        String joined = String.join("", words);
        if (joined.isEmpty()) {
            return Role.OTHER;
        }
        if (IDS.contains(joined)) {
            return Role.ID;
        }
        if (procedureName(key) || GENERIC_NAMES.contains(joined)) {
            return Role.NAME;
        }
        // a key ending in "id" points to another record: "feeId" states no fee
        String last = words.get(words.size() - 1);
        if (last.equals("id") || last.equals("ids")) {
            return Role.OTHER;
        }
        if (CODES.contains(joined) || joined.startsWith("mathutuc") || joined.startsWith("matthc")) {
            return Role.CODE;
        }
        if (LEVELS.contains(joined) || joined.contains("mucdo") || joined.contains("dvctt")) {
            return Role.LEVEL;
        }
        if (words.stream().anyMatch(FEE_WORDS::contains) || joined.contains("lephi") || joined.equals("mucphi")) {
            return Role.FEE;
        }
        if (TIME_PARTS.stream().anyMatch(joined::contains)
                || joined.contains("thoigian") && TIME_ACTS.stream().anyMatch(joined::contains)) {
            return Role.TIME;
        }
        if (DOSSIERS.contains(joined) || joined.contains("thanhphanhoso") || joined.contains("dossier")) {
            return Role.DOSSIER;
        }
        if (words.stream().anyMatch(FORM_WORDS::contains) || FORM_PARTS.stream().anyMatch(joined::contains)) {
            return Role.FORMS;
        }
        return Role.OTHER;
    }

    /** A key that names a procedure as such ("tenThuTuc"), not anything at all ("name"). */
    static boolean procedureName(String key) {
        String joined = String.join("", words(key));
        return PROCEDURE_NAMES.contains(joined) || joined.startsWith("ten") && joined.contains("thutuc");
    }

    /** A key the detail of a procedure hangs on: fee, time, dossier or forms. */
    static boolean detail(Role role) {
        return role == Role.FEE || role == Role.TIME || role == Role.DOSSIER || role == Role.FORMS;
    }

    /** A key of a menu entry or an agency ("children", "url", "diaChi"), never of a procedure's own fields. */
    static boolean notProcedure(String key) {
        return NOT_PROCEDURE.contains(String.join("", words(key)));
    }
}
