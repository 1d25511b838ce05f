package vn.minhbach.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

/**
 * OpenDocument text (.odt): a ZIP whose content.xml holds the body, styles.xml the named styles and meta.xml the
 * statistics. Read with the JDK's ZIP reader and jsoup's XML parser, which builds each part whole: a part may
 * inflate to {@link #MAX_PART_BYTES} at most (a ZIP bomb stops there). Fonts resolve through the ODF styles
 * ({@link OdtStyles}).
 */
final class OdtReader implements NodeFilter {

    /** The most an XML part may inflate to: the content.xml of a book-length document is a few megabytes. */
    static final int MAX_PART_BYTES = 16 * 1024 * 1024;

    private final RunText out;
    private final OdtStyles styles;
    /** The font of each open paragraph or span, innermost first; "" where none is named. */
    private final Deque<String> fonts = new ArrayDeque<>();

    private OdtReader(RunText out, OdtStyles styles) {
        this.out = out;
        this.styles = styles;
    }

    static Integer read(byte[] body, RunText out) throws IOException {
        return read(body, out, MAX_PART_BYTES);
    }

    static Integer read(byte[] body, RunText out, int maxPartBytes) throws IOException {
        Map<String, Document> parts = parts(body, maxPartBytes);
        Document content = parts.get("content.xml");
        if (content == null) {
            throw new IOException("no content.xml");
        }
        OdtStyles styles = new OdtStyles(content, parts.get("styles.xml"));
        Element text = content.selectFirst("office|text");
        if (text != null) {
            text.filter(new OdtReader(out, styles));
        }
        return pages(parts.get("meta.xml"));
    }

    private static Map<String, Document> parts(byte[] body, int maxPartBytes) throws IOException {
        Map<String, Document> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("content.xml") || name.equals("styles.xml") || name.equals("meta.xml")) {
                    parts.put(name, Jsoup.parse(bounded(zip, name, maxPartBytes), "", Parser.xmlParser()));
                }
            }
        }
        return parts;
    }

    /** The entry's bytes as UTF-8, refusing one that inflates past the bound. */
    private static String bounded(InputStream entry, String name, int maxPartBytes) throws IOException {
        byte[] bytes = entry.readNBytes(maxPartBytes + 1);
        if (bytes.length > maxPartBytes) {
            throw new IOException(name + " inflates past " + maxPartBytes + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Integer pages(Document meta) {
        Element statistic = meta == null ? null : meta.selectFirst("meta|document-statistic");
        String count = statistic == null ? "" : statistic.attr("meta:page-count");
        try {
            int pages = Integer.parseInt(count);
            return pages > 0 ? pages : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (out.full()) {
            return FilterResult.STOP;
        }
        if (node instanceof TextNode text) {
            out.append(text.getWholeText(), current());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        switch (element.tagName()) {
            // comments, deleted text kept for change tracking, footnotes: not the document's running text
            case "office:annotation", "text:tracked-changes", "text:note", "text:sequence-decls" -> {
                return FilterResult.SKIP_ENTIRELY;
            }
            case "text:p", "text:h" -> fonts.push(font(styles.fontOfParagraph(element.attr("text:style-name"))));
            case "text:span" -> fonts.push(font(styles.fontOf(element.attr("text:style-name"))));
            case "text:s" -> out.append(" ".repeat(spaces(element.attr("text:c"))), null);
            case "text:tab" -> out.append("\t", null);
            case "text:line-break" -> out.newline();
            default -> {
                // containers (sections, lists, tables, frames): their paragraphs are read
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            switch (element.tagName()) {
                case "text:p", "text:h" -> {
                    fonts.poll();
                    out.newline();
                }
                case "text:span" -> fonts.poll();
                case "table:table-cell" -> out.cell();
                case "table:table-row" -> out.newline();
                default -> {
                    // nothing ends with the other elements
                }
            }
        }
        return out.full() ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    /** A span's own font, else the font of what it sits in. */
    private String font(String own) {
        return own != null ? own : fonts.isEmpty() ? "" : fonts.peek();
    }

    private String current() {
        String font = fonts.peek();
        return font == null || font.isEmpty() ? null : font;
    }

    private static int spaces(String count) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(count), 64));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
