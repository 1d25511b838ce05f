package vn.minhbach.doctor;

import vn.minhbach.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SMTP reply: its code and its lines without the code ({@code 250-STARTTLS} gives {@code STARTTLS}).
 *
 * @param code  the three-digit code
 * @param lines the text of each line
 */
record SmtpReply(int code, List<String> lines) {
    private static final int MAX_LINES = 100;
    private static final int MAX_LINE = 1000;

    SmtpReply {
        lines = List.copyOf(lines);
    }

    /** The first line as the server sent it, e.g. {@code 220 mail.example.vn ESMTP}. */
    String first() {
        return code + (lines.isEmpty() ? "" : " " + lines.get(0));
    }

    /** Whether an EHLO reply names an extension, e.g. {@code STARTTLS} or {@code AUTH}. */
    boolean offers(String extension) {
        String wanted = extension.toUpperCase(Locale.ROOT);
        return lines.stream().skip(1).map(l -> l.toUpperCase(Locale.ROOT))
                .anyMatch(l -> l.equals(wanted) || l.startsWith(wanted + " ") || l.startsWith(wanted + "="));
    }

    /**
     * Reads one reply: lines {@code 250-...} go on, {@code 250 ...} ends it. Unbuffered, so nothing after the
     * reply is taken from a stream TLS may take over next. Bounded in lines and length against a server that
     * never stops talking.
     */
    static SmtpReply read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        while (lines.size() < MAX_LINES) {
            String line = line(in);
            if (line.length() < 3 || !line.substring(0, 3).chars().allMatch(Character::isDigit)) {
                throw new SmtpFailure(Text.of("tools.doctor.smtp.not-smtp", line));
            }
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) != '-') {
                return new SmtpReply(Integer.parseInt(line.substring(0, 3)), lines);
            }
        }
        throw new SmtpFailure(Text.of("tools.doctor.smtp.too-long", MAX_LINES));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new SmtpFailure(line.length() == 0 ? Text.of("tools.doctor.smtp.closed")
                        : Text.of("tools.doctor.smtp.closed-after", line.toString()));
            }
            if (b != '\r' && line.length() < MAX_LINE) {
                line.append((char) b);
            }
        }
        return new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
