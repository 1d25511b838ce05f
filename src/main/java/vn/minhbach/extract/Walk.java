package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a subtree that pass a test, found by one plain walk of it. jsoup's {@code select} hands every
 * element through a stream, which costs more than most tests; a walk can also leave out whole subtrees (a menu,
 * a footer) instead of asking every element whether it sits in one. Tests that call an
 * {@link org.jsoup.select.Evaluator} directly must use one that keeps no state between elements (tags,
 * attributes, and their combinations, not descendant or sibling selectors).
 */
final class Walk {

    private Walk() {
    }

    /**
     * The elements of the subtree (the root included) in document order that pass the test, leaving out every
     * element that passes {@code skip} and all that it holds.
     */
    static List<Element> all(Element root, Predicate<Element> skip, Predicate<Element> test) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (!(node instanceof Element e) || skip.test(e)) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            if (test.test(e)) {
                found.add(e);
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        return found;
    }
}
