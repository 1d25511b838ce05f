package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Locates a page's footer: &lt;footer&gt;, an id or class naming "footer", else the last text block. */
final class FooterBlock {

    private static final int MIN_TEXT = 20;
    private static final int WRAPPER = 1500;

    private FooterBlock() {
    }

    /**
     * The footer blocks in document order; empty when the page has no text at all. {@code inBody}: the body and
     * its elements, in document order.
     */
    static List<Element> find(Document doc, List<Element> inBody) {
        List<Element> marked = new ArrayList<>();
        for (Element e : inBody) {
            if (marked(e) && hasText(e)) {
                marked.add(e);
            }
        }
        // The outermost marked elements: nested "footer-inner" parts belong to them.
        List<Element> outer = marked.stream().filter(e -> e.parents().stream().noneMatch(marked::contains)).toList();
        return outer.isEmpty() ? lastTextBlock(doc.body()).stream().toList() : outer;
    }

    private static boolean marked(Element e) {
        if (e.normalName().equals("footer")) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        return namesFooter(e.id()) || namesFooter(e.className());
    }

    /** Whether an id or class attribute says "footer" or "chantrang", in any case. */
    private static boolean namesFooter(String names) {
        if (names.isEmpty()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        return lower.contains("footer") || lower.contains("chantrang");
    }

    /**
     * Whether the element's text has at least {@value #MIN_TEXT} chars. Its text holds every letter and digit
     * of its text nodes: these are counted first, as far as needed, and the text is built only when too few.
     */
    private static boolean hasText(Element e) {
        int[] letters = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length() && letters[0] < MIN_TEXT; i++) {
                        letters[0] += Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0;
                    }
                }
                return letters[0] < MIN_TEXT ? FilterResult.CONTINUE : FilterResult.STOP;
            }
        }, e);
        return letters[0] >= MIN_TEXT || e.text().strip().length() >= MIN_TEXT;
    }

    private static Optional<Element> lastTextBlock(Element body) {
        Element current = body;
        while (true) {
            Element last = null;
            for (Element child : current.children()) {
                if (!child.normalName().equals("script") && hasText(child)) {
                    last = child;
                }
            }
            if (last == null) {
                return current == body ? Optional.empty() : Optional.of(current);
            }
            if (last.text().length() <= WRAPPER) {
                return Optional.of(last);
            }
            current = last;
        }
    }
}
