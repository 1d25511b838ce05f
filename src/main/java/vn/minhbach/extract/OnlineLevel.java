package vn.minhbach.extract;

import java.util.List;
import java.util.stream.Stream;

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
    /** Words of a phrase kept for {@link #mayBeStatedIn}: three tell a level, and each gap doubles the forms. */
    private static final int JOINED_WORDS = 3;
    /**
     * Each phrase {@link #of} looks for, cut to its first words, written with every choice of a space or none
     * between two words ("muc do 4", "mucdo 4", "muc do4", "mucdo4"): the page's labels pass finds them.
     */
    private static final List<String> JOINED = Stream.of(FULL_WORDS, PARTIAL_WORDS, OFFLINE_WORDS,
            List.of("truc tiep")).flatMap(List::stream).flatMap(OnlineLevel::joinings).distinct().toList();

    static {
        LabelAutomaton.register(JOINED);
    }

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

    /**
     * False when no text made of an element's text nodes can state a level: {@code labels} are those found in
     * the folded key of the element's {@link org.jsoup.nodes.Element#text()}, and the text is a run of its
     * text nodes put together in order with a space after each (as {@link Lines#spaced} does). Such a text
     * differs from the element's text only where two text nodes meet, where the element's text may have no
     * space: so the words of a phrase {@link #of} finds in it are in the key in the same order, with one space
     * or none between two of them.
     */
    static boolean mayBeStatedIn(LabelAutomaton.Found labels) {
        for (String joined : JOINED) {
            if (labels.contains(joined)) {
                return true;
            }
        }
        return false;
    }

    /** The phrase's first words with each gap between them a space or none. */
    private static Stream<String> joinings(String phrase) {
        List<String> words = List.of(phrase.split(" "));
        Stream<String> forms = Stream.of(words.get(0));
        for (String word : words.subList(1, Math.min(words.size(), JOINED_WORDS))) {
            forms = forms.flatMap(form -> Stream.of(form + " " + word, form + word));
        }
        return forms;
    }

    /** Whether the level counts as offered online (toàn trình or một phần). */
    public boolean online() {
        return this == FULL || this == PARTIAL;
    }
}
