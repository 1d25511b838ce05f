package vn.minhbach.extract;

import java.util.List;

/**
 * How far an administrative procedure is offered online (item {@code onestop.online-rate}; NĐ 42/2022 Đ11):
 * the current "toàn trình / một phần" terms and the earlier "mức độ 1-4" ones.
 */
public enum OnlineLevel {
    /** "toàn trình", "mức độ 4". */
    FULL,
    /** "một phần", "mức độ 3". */
    PARTIAL,
    /** "mức độ 2", "mức độ 1", "dịch vụ cung cấp thông tin", or "trực tiếp" only. */
    OFFLINE,
    /** Nothing said. */
    UNSTATED;

    // Bare "mức 4" is left out: folded, it cannot be told from "Mục 4", a section number.
    private static final List<String> FULL_WORDS = List.of("toan trinh", "muc do 4", "dvc muc 4", "cap do 4");
    private static final List<String> PARTIAL_WORDS = List.of("mot phan", "muc do 3", "dvc muc 3", "cap do 3");
    private static final List<String> OFFLINE_WORDS = List.of("muc do 2", "muc do 1", "dvc muc 2", "dvc muc 1",
            "cap do 2", "cap do 1", "dich vu cung cap thong tin");

    /** The level a text states, "toàn trình" winning over "một phần" when both appear. */
    public static OnlineLevel of(String text) {
        Folded f = Folded.of(text);
        if (f.containsAny(FULL_WORDS)) {
            return FULL;
        }
        if (f.containsAny(PARTIAL_WORDS)) {
            return PARTIAL;
        }
        if (f.containsAny(OFFLINE_WORDS) || (f.contains("truc tiep") && !f.contains("truc tuyen"))) {
            return OFFLINE;
        }
        return UNSTATED;
    }

    /** Whether the level counts as offered online (toàn trình or một phần). */
    public boolean online() {
        return this == FULL || this == PARTIAL;
    }
}
