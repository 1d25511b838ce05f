package vn.minhbach.doctor;

import java.util.Objects;

/**
 * One thing {@code minhbach doctor} looked at: its name, how it stands, what was found (a version, a path, the
 * server's answer or what went wrong), and for a part that is missing or broken what that costs an audit and how
 * to fix it. Human text is Vietnamese, like the reasons in the reports.
 *
 * @param name   what was checked, e.g. {@code Chromium}
 * @param status how it stands
 * @param found  what was found, never null
 * @param cost   what an audit loses while it stays so, or null when nothing is lost
 * @param fix    how to install or repair it, or null
 */
public record Check(String name, Status status, String found, String cost, String fix) {

    /** How a checked part stands. Only {@link #FAILED} makes {@code doctor} exit non-zero. */
    public enum Status {
        /** There and working. */
        OK("OK"),
        /** There, but an audit may suffer (e.g. a driver of another major version than the browser). */
        WARNING("CẢNH BÁO"),
        /** An optional part is not there; audits still run, some items become UNKNOWN. */
        MISSING("THIẾU"),
        /** A part the given config needs does not work (the store, the SMTP server). */
        FAILED("LỖI"),
        /** Not checked: nothing configured, or what it depends on is missing. */
        SKIPPED("BỎ QUA");

        private final String mark;

        Status(String mark) {
            this.mark = mark;
        }

        /** The word printed at the start of the line. */
        public String mark() {
            return mark;
        }
    }

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(found, "found");
    }

    static Check ok(String name, String found) {
        return new Check(name, Status.OK, found, null, null);
    }

    static Check skipped(String name, String why) {
        return new Check(name, Status.SKIPPED, why, null, null);
    }

    /**
     * The line {@code doctor} prints: mark, name, what was found, then "Hậu quả:" (what it costs) and "Cách
     * sửa:" (how to fix it) when there are any, e.g.
     * {@code THIẾU     Chromium                 không có trên PATH. Hậu quả: ... Cách sửa: ...}.
     */
    public String line() {
        StringBuilder out = new StringBuilder(String.format("%-9s %-24s %s", status.mark(), name, found));
        if (cost != null) {
            out.append(sentenceEnd(out)).append("Hậu quả: ").append(cost);
        }
        if (fix != null) {
            out.append(sentenceEnd(out)).append("Cách sửa: ").append(fix);
        }
        return out.toString();
    }

    private static String sentenceEnd(CharSequence text) {
        return text.charAt(text.length() - 1) == '.' ? " " : ". ";
    }
}
