package vn.minhbach.doctor;

import java.util.Objects;
import vn.minhbach.i18n.Messages;
import vn.minhbach.model.Text;

/**
 * One thing {@code minhbach doctor} looked at: its name, how it stands, what was found (a version, a path, the
 * server's answer or what went wrong), and for a part that is missing or broken what that costs an audit and how
 * to fix it. Human text is kept as messages, said in the language of the output ({@link #line(Messages)}).
 *
 * @param label   what was checked, e.g. {@code Chromium}
 * @param status  how it stands
 * @param finding what was found, never null
 * @param loss    what an audit loses while it stays so, or null when nothing is lost
 * @param remedy  how to install or repair it, or null
 */
public record Check(Text label, Status status, Text finding, Text loss, Text remedy) {

    /** How a checked part stands. Only {@link #FAILED} makes {@code doctor} exit non-zero. */
    public enum Status {
        /** There and working. */
        OK,
        /** There, but an audit may suffer (e.g. a driver of another major version than the browser). */
        WARNING,
        /** An optional part is not there; audits still run, some items become UNKNOWN. */
        MISSING,
        /** A part the given config needs does not work (the store, the SMTP server). */
        FAILED,
        /** Not checked: nothing configured, or what it depends on is missing. */
        SKIPPED;

        /** The word printed at the start of the line, in Vietnamese. */
        public String mark() {
            return mark(Messages.vi());
        }

        /** The word printed at the start of the line: "THIẾU", "MISSING". */
        public String mark(Messages messages) {
            return messages.get("tools.doctor.status." + name());
        }
    }

    public Check {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finding, "finding");
    }

    /** A check whose texts are said the same in every language (a version, a path, a server's answer). */
    public Check(String name, Status status, String found, String cost, String fix) {
        this(Text.plain(name), status, Text.plain(found), Text.plain(cost), Text.plain(fix));
    }

    static Check ok(Text name, Text found) {
        return new Check(name, Status.OK, found, null, null);
    }

    static Check ok(Text name, String found) {
        return ok(name, Text.plain(found));
    }

    static Check skipped(Text name, Text why) {
        return new Check(name, Status.SKIPPED, why, null, null);
    }

    /** The name in Vietnamese. */
    public String name() {
        return Messages.vi().format(label);
    }

    /** What was found, in Vietnamese. */
    public String found() {
        return Messages.vi().format(finding);
    }

    /** What it costs, in Vietnamese, or null. */
    public String cost() {
        return Messages.vi().format(loss);
    }

    /** How to fix it, in Vietnamese, or null. */
    public String fix() {
        return Messages.vi().format(remedy);
    }

    /** The line in Vietnamese. */
    public String line() {
        return line(Messages.vi());
    }

    /**
     * The line {@code doctor} prints: mark, name, what was found, then "Hậu quả:" (what it costs) and "Cách
     * sửa:" (how to fix it) when there are any, e.g.
     * {@code THIẾU     Chromium                 không có trên PATH. Hậu quả: ... Cách sửa: ...}.
     */
    public String line(Messages messages) {
        StringBuilder out = new StringBuilder(String.format("%-9s %-24s %s", status.mark(messages),
                messages.format(label), messages.format(finding)));
        if (loss != null) {
            out.append(sentenceEnd(out)).append(messages.get("tools.doctor.cost", loss));
        }
        if (remedy != null) {
            out.append(sentenceEnd(out)).append(messages.get("tools.doctor.fix", remedy));
        }
        return out.toString();
    }

    private static String sentenceEnd(CharSequence text) {
        return text.charAt(text.length() - 1) == '.' ? " " : ". ";
    }
}
