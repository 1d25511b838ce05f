package vn.minhbach.crawl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how the bytes of an HTML page are decoded. A byte-order mark wins (as in browsers: it cannot be
 * there by accident), then the Content-Type header's charset, then a {@code <meta charset>} or
 * {@code <meta http-equiv="Content-Type">} near the top, then UTF-8. Unknown or unsupported charset names
 * are skipped rather than failing the page.
 */
final class CharsetSniffer {

    /** How far into the body a meta declaration is looked for; HTML requires it in the first 1024 bytes. */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';,\\s]+)");
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([^\"'>;,\\s/]+)");

    private CharsetSniffer() {
    }

    static Charset detect(String contentType, byte[] body) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        Charset header = contentType == null ? null : lookup(HEADER_CHARSET.matcher(contentType));
        if (header != null) {
            return header;
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset meta = lookup(META_CHARSET.matcher(head));
        return meta != null ? meta : StandardCharsets.UTF_8;
    }

    /**
     * Decodes a body with the detected charset, dropping a byte-order mark; bad bytes become U+FFFD.
     * windows-1258 writes most tone marks as combining characters, so its text is composed (NFC) to
     * match what the same words look like on a UTF-8 page.
     */
    static String decode(String contentType, byte[] body) {
        Charset charset = detect(contentType, body);
        String text = new String(body, charset);
        if (charset.name().equalsIgnoreCase("windows-1258")) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The charset of a name, or null when the name is unknown or unsupported by this JVM. */
    static Charset forName(String name) {
        String clean = name.strip().toLowerCase(Locale.ROOT);
        if (clean.equals("utf8")) {
            clean = "utf-8";
        }
        try {
            return Charset.isSupported(clean) ? Charset.forName(clean) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset lookup(Matcher m) {
        while (m.find()) {
            Charset charset = forName(m.group(1));
            if (charset != null) {
                return charset;
            }
        }
        return null;
    }
}
