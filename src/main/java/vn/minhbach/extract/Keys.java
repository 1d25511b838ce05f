package vn.minhbach.extract;

import vn.minhbach.text.VietText;

/**
 * Match keys: {@link VietText#key} (folded, every run of punctuation, dashes and spaces one space) padded
 * with a space at both ends, so "Hỏi – Đáp" and "HỎI-ĐÁP" share {@code " hoi dap "} and a phrase key
 * matches on word boundaries by plain {@code contains}.
 */
public final class Keys {
    static final String EMPTY = " ";

    private Keys() {
    }

    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String key = VietText.key(text);
        return key.isEmpty() ? EMPTY : " " + key + " ";
    }
}
