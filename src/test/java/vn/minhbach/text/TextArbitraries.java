package vn.minhbach.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Texts for the parsers' properties: any string at all, and "page-like" strings put together from the pieces
 * the parsers look for (digits, separators, the Vietnamese words around dates, periods and numbers, marks,
 * odd spaces and control characters), which reach far more of the patterns' branches than random characters.
 */
public final class TextArbitraries {
    private static final List<String> PIECES = List.of(
            "0", "1", "2", "9", "12", "31", "02", "13", "29", "2026", "2021", "1989", "2101", "0255", "1022", "1900",
            "84", "+84", "0905", "3714507", "/", "/", ".", "-", "–", ":", ",", "(", ")", " ", " ", " ", "\u00A0",
            "\t", "\n", "\u0000", "\u0007", "\u001B", "\u200B", "\uFEFF", "\u0301", "\u0323", "\u0300", "ngày",
            "tháng", "năm", "quý", "Quý", "I", "II", "IV", "6 tháng", "đầu", "cuối", "9 tháng", "giai đoạn", "đến",
            "từ", "số", "Số", "KH", "UBND", "QĐ", "NĐ-CP", "TTg", "QH13", "hòa", "hoà", "Uỷ", "ĐÁP", "đ", "ð", "T",
            "Z", "+07:00", "𝟘", "😀", "\uD800", "\uDC00", "ǅ", "ß", "İ", "ı", "Ⅳ", "٣", "０", "SĐT", "MST", "a", "z");

    private TextArbitraries() {
    }

    /** Strings made of the pieces above, up to {@code maxPieces} of them. */
    public static Arbitrary<String> pageLike(int maxPieces) {
        return Arbitraries.of(PIECES).list().ofMaxSize(maxPieces).map(pieces -> String.join("", pieces));
    }

    /** Any string: every char, including lone surrogates and controls. */
    public static Arbitrary<String> anyString() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    /** Page-like and arbitrary strings, mixed. */
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(pageLike(40), anyString(), Arbitraries.strings().withChars("0123456789/.- ")
                .ofMaxLength(60));
    }

    /**
     * Long texts: up to four pieces, then one to four pieces repeated to 20,000-120,000 chars, as a table of
     * figures, a run of codes ("1/KH" then "-UBND" again and again) or a broken page gives them. A pattern that
     * recurses once a repetition overflows the stack on these.
     */
    public static Arbitrary<String> longRuns() {
        return Combinators.combine(pageLike(4), pageLike(4).filter(s -> !s.isEmpty()),
                Arbitraries.integers().between(20_000, 120_000))
                .as((start, unit, length) -> start + unit.repeat(length / unit.length() + 1));
    }

    /** Short Vietnamese-looking words, as prefixes and suffixes that hold no digit. */
    public static Arbitrary<String> words() {
        return Arbitraries.of("", "Ngày đăng:", "Cập nhật lúc", "Hà Nội,", "Báo cáo", "(", "Kế hoạch", "về việc",
                "ban hành", "Điện thoại:", "Liên hệ", "xem thêm", "»");
    }
}
