package vn.minhbach.html;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * {@link Element#text()} of an element, read without building it when the element holds a single text that
 * has nothing to normalise: no whitespace but single spaces between words, and no char jsoup drops. Most links
 * are such ({@code <a href="/tin-tuc">Tin tức - Sự kiện</a>}), and a page has dozens of them.
 */
public final class ElementText {

    private ElementText() {
    }

    /** The element's text, exactly as {@link Element#text()} gives it. */
    public static String of(Element element) {
        if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode node
                && !(node instanceof CDataNode)) {
            String text = node.getWholeText();
            if (plain(text)) {
                return text;
            }
        }
        return element.text();
    }

    /**
     * True when jsoup gives the text back as it is, whether it normalises the whitespace or keeps it (in a
     * {@code <pre>}): no leading, trailing or doubled space, no other whitespace or control char, and neither
     * of the chars it drops (zero-width space, soft hyphen).
     */
    static boolean plain(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (spaceOrDropped(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True for a char that {@link Element#text()} may not keep as it is: whitespace, the no-break space and
     * control chars (collapsed to one space or dropped) and the invisible chars it drops (zero-width space, soft
     * hyphen). Every other char of a text node is in the element's text.
     */
    public static boolean spaceOrDropped(char c) {
        return c <= ' ' || c == '\u00a0' || c == '\u200b' || c == '\u00ad';
    }
}
