package vn.minhbach.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of document minhbach reads, told by their first bytes (a server's Content-Type and a link's file
 * name are often wrong: "application/octet-stream", a ".pdf" that is an HTML error page), with the file name
 * to tell apart the kinds that share a container (OLE2: DOC or XLS; ZIP: DOCX, XLSX or ODT).
 */
public enum DocumentType {
    PDF, DOC, DOCX, XLS, XLSX, ODT, UNKNOWN;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    /** A PDF may begin after a little junk (a BOM, whitespace); readers accept it within the first kilobyte. */
    private static final int PDF_SEARCH = 1024;

    /** The name report.json gives it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of {@code body}; {@code name} (the file name or URL path) decides between the kinds that share a
     * container.
     */
    public static DocumentType detect(byte[] body, String name) {
        if (body == null || body.length < 4) {
            return UNKNOWN;
        }
        if (indexOf(body, PDF_MAGIC, PDF_SEARCH) >= 0) {
            return PDF;
        }
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (startsWith(body, OLE2_MAGIC)) {
            return lower.endsWith(".xls") ? XLS : DOC;
        }
        if (startsWith(body, ZIP_MAGIC)) {
            String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
            if (head.contains("application/vnd.oasis.opendocument.text")) {
                return ODT;
            }
            if (head.contains("xl/") || lower.endsWith(".xlsx")) {
                return XLSX;
            }
            if (head.contains("word/") || lower.endsWith(".docx")) {
                return DOCX;
            }
            return lower.endsWith(".odt") ? ODT : UNKNOWN;
        }
        return UNKNOWN;
    }

    private static boolean startsWith(byte[] body, byte[] magic) {
        if (body.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (body[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] magic, int within) {
        int last = Math.min(body.length - magic.length, within);
        for (int i = 0; i <= last; i++) {
            boolean match = true;
            for (int j = 0; j < magic.length && match; j++) {
                match = body[i + j] == magic[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
