package vn.minhbach.html;

import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * {@link Element#text()} of an element, read without building it when the element holds a single text that
 * has nothing to normalise: no whitespace but single spaces between words, and no char jsoup drops. Most links
 * are such ({@code <a href="/tin-tuc">Tin tức - Sự kiện</a>}), and a page has dozens of them. A text about to be
 * normalised anyway, as a page's whole text is, is joined without jsoup's own normalising ({@link #unnormalized}).
 */
public final class ElementText {

    private ElementText() {
    }

    /** The element's text, exactly as {@link Element#text()} gives it. */
    public static String of(Element element) {
        String text = plainText(element);
        return text != null ? text : element.text();
    }

    /**
     * The element's text when it is a single text with nothing to normalise, as {@link #of} reads it without
     * building it; else null.
     */
    public static String plainText(Element element) {
        if (element.childNodeSize() == 1 && element.childNode(0) instanceof TextNode node
                && !(node instanceof CDataNode)) {
            String text = node.getWholeText();
            if (plain(text)) {
                return text;
            }
        }
        return null;
    }

    /**
     * The element's text joined as {@link Element#text()} joins it, a space where an element parts two texts, but
     * each text node copied as it stands: its whitespace not collapsed and the chars jsoup drops kept. {@code
     * VietText.normalize} gives the same for both, as it collapses whitespace and drops those chars itself; and a
     * copy of each text costs a fraction of reading it char by char, which for a page's whole text, read on every
     * page, is worth it.
     */
    public static String unnormalized(Element element) {
        StringBuilder out = new StringBuilder(256);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && out.length() > 0 && partsBefore(e)) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && partsAfter(e)) {
                    Node next = e.nextSibling();
                    if (next instanceof TextNode || next instanceof Element n && n.tag().isInline()) {
                        out.append(' ');
                    }
                }
            }
        }, element);
        // jsoup trims the chars up to U+0020 from both ends, and normalising keeps the control chars among them:
        // a text with one there is jsoup's own (inside the text, both keep them)
        return controlAtAnEnd(out) ? element.text() : out.toString();
    }

    /** Whether a control char other than whitespace stands among the spaces and dropped chars at either end. */
    private static boolean controlAtAnEnd(CharSequence text) {
        int from = 0;
        for (; from < text.length() && spaceOrDropped(text.charAt(from)); from++) {
            if (control(text.charAt(from))) {
                return true;
            }
        }
        for (int i = text.length() - 1; i > from && spaceOrDropped(text.charAt(i)); i--) {
            if (control(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean control(char c) {
        return c < ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }

    /**
     * Whether {@link Element#text()} puts a space before the element's text (unless one is there): a block, a line
     * break, or a text boundary that holds text. Where jsoup puts none, neither may this, or two words would part.
     */
    private static boolean partsBefore(Element e) {
        return e.isBlock() || e.nameIs("br") || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    /**
     * Whether {@link Element#text()} puts a space after the element when a text or an inline element follows: a
     * block, a text boundary, or an inline element that holds a block.
     */
    private static boolean partsAfter(Element e) {
        if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline()) {
            return true;
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child && child.isBlock()) {
                return true;
            }
        }
        return false;
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
