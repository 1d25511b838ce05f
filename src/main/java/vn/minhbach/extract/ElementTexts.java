package vn.minhbach.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import vn.minhbach.html.ElementText;

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
     * True when {@link Element#text()} is longer than {@code max}. The text is at most as long as the text
     * nodes with a space before and after each element, and keeps every char of them that is neither
     * whitespace, a control char nor invisible: when the first bound is within {@code max}, or the second is
     * over it, the answer is known without the text.
     */
    static boolean textLongerThan(Element element, int max) {
        int[] most = {0};
        NodeTraversor.filter((node, depth) -> {
            most[0] += node instanceof TextNode t ? t.getWholeText().length() : node instanceof Element ? 2 : 0;
            return most[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
        }, element);
        if (most[0] <= max) {
            return false;
        }
        int[] kept = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode t) {
                kept[0] += keptChars(t.getWholeText(), max - kept[0]);
            }
            return kept[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
        }, element);
        return kept[0] > max || element.text().length() > max;
    }

    /**
     * The chars of a text node that {@link Element#text()} keeps wherever the node stands, counted until
     * there are more than {@code enough}: the caller only asks whether a length is passed.
     */
    private static int keptChars(String text, int enough) {
        int kept = 0;
        // over a copy: String.charAt is a call a char
        for (char c : text.toCharArray()) {
            if (!ElementText.spaceOrDropped(c) && ++kept > enough) {
                break;
            }
        }
        return kept;
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
