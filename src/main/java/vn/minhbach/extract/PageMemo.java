package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import vn.minhbach.html.ElementText;

/**
 * What the extractors of one page share, computed once: the list of its elements, the page's text folded, the
 * folded first words of its text nodes and the label searches made. Kept with the document (jsoup's user
 * data), so it lives as long as the page is read and no longer.
 */
final class PageMemo {
    private static final String KEY = PageMemo.class.getName();

    private final Document doc;
    private final Element body;
    private List<Element> elements;
    private List<Element> links;
    private Folded text;
    private LabelAutomaton.Found labels;
    private final Map<TextNode, Fields.Start> starts = new IdentityHashMap<>();
    private final Map<Fields.Search, List<Fields.Field>> searches = new HashMap<>();

    private PageMemo(Document doc) {
        this.doc = doc;
        this.body = doc == null ? null : doc.body();
    }

    /** The memo of the element's document; a detached element gets one of its own. */
    static PageMemo of(Element e) {
        Document doc = e.ownerDocument();
        if (doc == null) {
            return new PageMemo(null);
        }
        if (doc.attributes().userData(KEY) instanceof PageMemo memo) {
            return memo;
        }
        PageMemo memo = new PageMemo(doc);
        doc.attributes().userData(KEY, memo);
        return memo;
    }

    /** The page's body, or null for a detached element. */
    Element body() {
        return body;
    }

    /**
     * Every element of the page, the document first, in document order: the finders that look for a few tags
     * anywhere in the page read this list instead of each walking the tree.
     */
    List<Element> elements() {
        if (elements == null) {
            elements = doc == null ? List.of() : Walk.all(doc, e -> false, e -> true);
        }
        return elements;
    }

    /**
     * The element and the elements in it, in document order: a slice of {@link #elements()} rather than another
     * walk of the tree; an element of another tree is walked.
     */
    List<Element> elementsIn(Element root) {
        List<Element> all = elements();
        int from = all.indexOf(root);
        // the root's elements end where the first element after it in the tree stands
        Element after = null;
        for (Element e = root; e != null && after == null; e = e.parent()) {
            after = e.nextElementSibling();
        }
        int to = after == null ? all.size() : all.indexOf(after);
        if (from < 0 || to < from) {
            return Walk.all(root, e -> false, e -> true);
        }
        return all.subList(from, to);
    }

    /**
     * Whether the page has an element of that tag: most pages have no table nor definition list, and the finders
     * of those ask here before searching the page.
     */
    boolean has(String tag) {
        for (Element e : elements()) {
            if (e.nameIs(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The page's links ({@code a[href]}), in document order, from its element list rather than another walk. */
    List<Element> links() {
        if (links == null) {
            links = elements(e -> e.nameIs("a") && e.hasAttr("href"));
        }
        return links;
    }

    /** The page's elements that pass the test, in document order. */
    List<Element> elements(Predicate<Element> test) {
        List<Element> found = new ArrayList<>();
        for (Element e : elements()) {
            if (test.test(e)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The text of the page's body, normalised and folded. */
    Folded text() {
        if (text == null) {
            text = Folded.of(body == null ? "" : ElementText.unnormalized(body));
        }
        return text;
    }

    /** Which of the extractors' labels the page's folded text holds, found in one pass. */
    LabelAutomaton.Found labels() {
        if (labels == null) {
            labels = LabelAutomaton.scan(text().key());
        }
        return labels;
    }

    /**
     * {@link Folded#containsAny} of the page's text: a label the page does not hold anywhere (known from one
     * pass, {@link #labels()}) is not looked for word by word.
     */
    boolean containsAnyWord(List<String> foldedLabels) {
        Folded page = text();
        LabelAutomaton.Found found = labels();
        for (String label : foldedLabels) {
            if (found.contains(label) && Folded.indexOfWord(page.key(), label, 0) >= 0) {
                return true;
            }
        }
        return false;
    }

    Fields.Start start(TextNode node) {
        return starts.computeIfAbsent(node, Fields.Start::of);
    }

    List<Fields.Field> searches(Fields.Search search, Function<Fields.Search, List<Fields.Field>> run) {
        return searches.computeIfAbsent(search, run);
    }
}
