package vn.minhbach.text;

import java.util.Objects;

/**
 * A Vietnamese phone number found in text.
 *
 * @param raw    the text as written (after {@link VietText#normalize}), e.g. "(0255) 3 714 507"
 * @param digits the number with a leading 0 instead of +84 and no separators, e.g. "02553714507";
 *               "1022" alone, or "02551022" with its area code
 */
public record PhoneNumber(String raw, String digits, Kind kind) {

    /** Landline (02x), mobile, the 1022 public-service line, toll-free 1800 and premium-rate 1900 numbers. */
    public enum Kind { LANDLINE, MOBILE, HOTLINE_1022, TOLL_FREE_1800, PREMIUM_1900 }

    public PhoneNumber {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(digits, "digits");
        Objects.requireNonNull(kind, "kind");
    }
}
