package vn.minhbach.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fonts of an ODF document's styles: automatic styles (content.xml) and named ones (styles.xml), each
 * inheriting from its parent, paragraphs falling back to the default paragraph style; font names map to
 * families through the font-face declarations (LibreOffice names them alike, ".VnTime" for ".VnTime").
 */
final class OdtStyles {

    private record Style(String parent, String font) {
    }

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, String> faces = new HashMap<>();
    private String defaultFont;

    OdtStyles(Document content, Document named) {
        // named styles first: an automatic style of the same name (content.xml) overrides it
        for (Document doc : new Document[] {named, content}) {
            if (doc == null) {
                continue;
            }
            for (Element face : doc.select("style|font-face")) {
                faces.put(face.attr("style:name"), unquote(face.attr("svg:font-family")));
            }
            for (Element style : doc.select("style|style")) {
                styles.put(style.attr("style:name"), new Style(style.attr("style:parent-style-name"), font(style)));
            }
            for (Element style : doc.select("style|default-style[style:family=paragraph]")) {
                String font = font(style);
                defaultFont = font != null ? font : defaultFont;
            }
        }
    }

    /** The font family a style names, through its parents, or null. */
    String fontOf(String styleName) {
        Set<String> seen = new HashSet<>();
        String name = styleName;
        while (name != null && !name.isEmpty() && seen.add(name)) {
            Style style = styles.get(name);
            if (style == null) {
                return null;
            }
            if (style.font() != null) {
                return family(style.font());
            }
            name = style.parent();
        }
        return null;
    }

    /** A paragraph style's font, or the default paragraph style's. */
    String fontOfParagraph(String styleName) {
        String font = fontOf(styleName);
        return font != null ? font : defaultFont == null ? null : family(defaultFont);
    }

    private String family(String fontName) {
        String family = faces.get(fontName);
        return family == null || family.isEmpty() ? fontName : family;
    }

    private static String font(Element style) {
        Element properties = style.selectFirst("> style|text-properties");
        if (properties == null) {
            return null;
        }
        String name = properties.attr("style:font-name");
        if (name.isEmpty()) {
            name = unquote(properties.attr("fo:font-family"));
        }
        return name.isEmpty() ? null : name;
    }

    private static String unquote(String family) {
        String f = family.strip();
        return f.length() >= 2 && (f.charAt(0) == '\'' || f.charAt(0) == '"') ? f.substring(1, f.length() - 1) : f;
    }
}
