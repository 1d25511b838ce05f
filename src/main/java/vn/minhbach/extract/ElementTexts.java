package vn.minhbach.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cheap questions about an element's text, answered from its text nodes as they are, without building the
 * text: {@link Element#text()} and {@link Element#ownText()} copy every char, and the finders ask of most
 * elements only whether a date or a separator could be in it, or whether it is long.
 */
final class ElementTexts {

    private ElementTexts() {
    }

    /**
     * True when {@link Element#ownText()} holds a char of {@code chars}, other than whitespace: the own text is
     * the element's child text nodes with their whitespace collapsed, so it holds such a char exactly when one
     * of them does.
     */
    static boolean ownTextHasAny(Element element, String chars) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof TextNode t && hasAny(t.getWholeText(), chars)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@link Element#ownText()} holds a digit ({@link Character#isDigit(char)}). */
    static boolean ownTextHasDigit(Element element) {
        for (int i = 0; i < element.childNodeSize(); i++) {
            if (element.childNode(i) instanceof TextNode t && hasDigit(t.getWholeText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@link Element#text()} is longer than {@code max}. The text keeps every char of the text nodes
     * that is neither whitespace, a control char nor invisible, and adds at most a space before and after each
     * element: when the first count is over {@code max}, or the text nodes' length with those spaces is not,
     * the answer is known without the text.
     */
    static boolean textLongerThan(Element element, int max) {
        Bounds bounds = new Bounds(max);
        NodeTraversor.filter(bounds, element);
        if (bounds.kept > max) {
            return true;
        }
        return bounds.most > max && element.text().length() > max;
    }

    private static final class Bounds implements NodeFilter {
        private final int max;
        /** Chars the text keeps whatever its whitespace. */
        private int kept;
        /** The text nodes' length and two spaces an element: at least the text's length. */
        private int most;

        Bounds(int max) {
            this.max = max;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String text = t.getWholeText();
                most += text.length();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD') {
                        kept++;
                    }
                }
            } else if (node instanceof Element) {
                most += 2;
            }
            return kept > max ? FilterResult.STOP : FilterResult.CONTINUE;
        }
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // U+0660 (Arabic-Indic zero) is the first digit after the ASCII ones
            if (c >= '0' && c <= '9' || c >= '\u0660' && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
