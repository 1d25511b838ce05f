package vn.minhbach.report;

import vn.minhbach.i18n.Messages;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import vn.minhbach.model.AuditRun;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Finding;

/**
 * Writes report.csv: one row per item in catalogue order, the header's keys in English and the title, reason and
 * expected document in the report's language, RFC 4180 (comma-separated, CRLF line ends,
 * fields quoted when they hold a comma, quote or line break), starting with a UTF-8 byte order mark so
 * Excel reads the Vietnamese text as UTF-8 rather than the ANSI code page.
 */
public final class CsvReport {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("id", "criterion", "site", "title", "status", "reason", "expected",
            "latest", "basis", "version", "evidence_urls");
    private static final String CRLF = "\r\n";

    private CsvReport() {
    }

    /** The whole file in Vietnamese, byte order mark included; encode it as UTF-8. */
    public static String render(AuditRun run) {
        return render(Messages.vi(), run);
    }

    /** The whole file in the language of {@code messages}, byte order mark included; encode it as UTF-8. */
    public static String render(Messages messages, AuditRun run) {
        StringBuilder out = new StringBuilder(BOM);
        appendRow(out, HEADER);
        for (Finding finding : run.items()) {
            appendRow(out, row(messages, finding));
        }
        return out.toString();
    }

    private static List<String> row(Messages messages, Finding f) {
        String evidence = f.evidence().stream().map(Evidence::url).map(URI::toString)
                .collect(Collectors.joining(" "));
        return List.of(f.id(), f.criterion(), f.site().key(), Labels.title(messages, f), f.status().name(),
                messages.format(f.reason()), nullToEmpty(messages.format(f.expected())), f.latest() == null ? "" : f.latest().toString(),
                String.join("; ", f.rule().basis()), f.rule().version(), evidence);
    }

    private static void appendRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    /**
     * Quotes a field when RFC 4180 needs it. A field that a spreadsheet would take for a formula (starting
     * with {@code = + - @}, tab or CR) gets a leading apostrophe: reasons and titles quote crawled text, and
     * opening the file must never run it.
     */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
