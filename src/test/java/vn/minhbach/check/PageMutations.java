package vn.minhbach.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Random damage to a parsed page, as broken templates, truncated transfers and hostile markup do it: elements
 * deleted, duplicated or nested a thousand deep, attributes garbled, text replaced by control characters, and
 * unrelated elements added. Each mutation touches only the elements it is allowed to (all of them, or those
 * outside an item's list), and the same seed always gives the same damage.
 */
final class PageMutations {
    static final int DEEP = 1000;

    /** What a mutation does. The first four can only add noise; the last two may remove what a list needs. */
    enum Kind { GARBLE_ATTRIBUTES, CONTROL_TEXT, ADD_UNRELATED, NEST_DEEP, DELETE, DUPLICATE }

    static final Set<Kind> KEEPING_LISTS = Set.of(Kind.GARBLE_ATTRIBUTES, Kind.CONTROL_TEXT, Kind.ADD_UNRELATED,
            Kind.NEST_DEEP);

    private static final String CONTROLS = "\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\u200B\u202E\uFEFF\uFFFE";
    private static final String GARBAGE = CONTROLS + "<>\"'&=/\\%{}[]()#;:javascript:" + "\uD800ǅẞ0123456789";

    private final Random random;

    PageMutations(long seed) {
        this.random = new Random(seed);
    }

    /**
     * Applies one mutation of the given kind to a random element among {@code allowed} (elements of
     * {@code doc}); returns a short description of what it did, or null when no element was allowed.
     */
    String apply(Kind kind, Document doc, List<Element> allowed) {
        List<Element> candidates = allowed.stream().filter(e -> e != doc && e.parent() != null).toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Element target = candidates.get(random.nextInt(candidates.size()));
        switch (kind) {
            case GARBLE_ATTRIBUTES -> {
                List<Attribute> attributes = new ArrayList<>(target.attributes().asList());
                for (Attribute a : attributes) {
                    target.attr(a.getKey(), garbage(1 + random.nextInt(30)));
                }
                target.attr("data-" + random.nextInt(1000), garbage(20));
                if (random.nextBoolean()) {
                    target.attr("class", garbage(12));
                }
            }
            case CONTROL_TEXT -> {
                for (TextNode text : target.textNodes()) {
                    text.text(controls(1 + text.text().length() / 4));
                }
                if (target.textNodes().isEmpty()) {
                    target.appendText(controls(8));
                }
            }
            case ADD_UNRELATED -> {
                Element added = new Element(random.nextBoolean() ? "div" : "span")
                        .attr("class", garbage(8)).appendText(controls(6) + " " + garbage(10));
                if (random.nextBoolean()) {
                    target.before(added);
                } else {
                    target.after(added);
                }
            }
            case NEST_DEEP -> {
                Element outer = new Element("div");
                Element inner = outer;
                for (int i = 1; i < DEEP; i++) {
                    inner = inner.appendElement(i % 2 == 0 ? "div" : "span");
                }
                target.before(outer);
                inner.appendChild(target);
            }
            case DELETE -> target.remove();
            case DUPLICATE -> target.after(target.clone());
        }
        return kind + " " + target.tagName();
    }

    Kind anyKind() {
        return Kind.values()[random.nextInt(Kind.values().length)];
    }

    Kind keepingKind() {
        List<Kind> kinds = List.copyOf(KEEPING_LISTS);
        return kinds.stream().sorted().toList().get(random.nextInt(kinds.size()));
    }

    private String garbage(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(GARBAGE.charAt(random.nextInt(GARBAGE.length())));
        }
        return out.toString();
    }

    private String controls(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(CONTROLS.charAt(random.nextInt(CONTROLS.length())));
        }
        return out.toString();
    }
}
