package vn.minhbach.extract;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible lines of an element: block elements and &lt;br&gt; break lines, as a browser shows them. */
final class Lines {

    private Lines() {
    }

    /** All text of the element with a space between text nodes, so "<a>Tên</a><span>Toàn trình</span>" keeps two words. */
    static String spaced(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.append(t.text()).append(' ');
            }
        }, root);
        return Folded.of(out.toString()).text();
    }

    static List<Folded> of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append('\n');
                }
            }
        }, root);
        return Arrays.stream(out.toString().split("\n")).map(Folded::of).filter(f -> !f.text().isEmpty()).toList();
    }
}
