package vn.minhbach.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.minhbach.text.VietText;

/** Small text helpers: cleaning extracted text and formatting dates and numbers for Vietnamese reasons. */
public final class Texts {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    /** NFC, single spaces, trimmed, cut to at most {@code max} characters. */
    public static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        // normalize already gives single spaces, trimmed
        String clean = VietText.normalize(text);
        return clean.length() <= max ? clean : clean.substring(0, max - 1).strip() + "…";
    }

    /** dd/MM/yyyy, as Vietnamese readers expect. */
    public static String date(LocalDate date) {
        return date == null ? "" : DAY_FIRST.format(date);
    }

    /** A number with a decimal comma and no trailing ",0": 3.5 → "3,5", 80.0 → "80". */
    public static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return Double.toString(rounded).replace('.', ',');
    }

    /** The percentage {@code part / whole}, one decimal; 0 when whole is 0. */
    public static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
    }
}
