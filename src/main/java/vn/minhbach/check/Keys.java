package vn.minhbach.check;

import java.util.Locale;
import vn.minhbach.text.VietText;

/**
 * Match keys: text folded (no diacritics, đ→d, lower case) with every run of punctuation, dashes and
 * spaces turned into one space, padded with a space at both ends. So "Hỏi – Đáp" and "HỎI-ĐÁP" share the
 * key {@code " hoi dap "}, and a phrase key matches on word boundaries by plain {@code contains}.
 */
final class Keys {
    static final String EMPTY = " ";

    private Keys() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String folded = VietText.fold(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
                space = false;
            } else if (!space) {
                key.append(' ');
                space = true;
            }
        }
        if (!space) {
            key.append(' ');
        }
        return key.toString();
    }
}
