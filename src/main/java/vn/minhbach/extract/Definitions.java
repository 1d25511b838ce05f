package vn.minhbach.extract;

import org.jsoup.nodes.Element;

/**
 * Definition lists that give one entry per term: a {@code <dt>} (a document's or a procedure's link) and the
 * {@code <dd>} descriptions that follow it (number, date, level). The entry is the term with its
 * descriptions, which no single element holds when several terms share one {@code <dl>}.
 */
final class Definitions {

    private Definitions() {
    }

    /**
     * The term read together with the descriptions after it, as a detached copy that leaves the page
     * unchanged; any other element is returned as it is.
     */
    static Element entry(Element element) {
        if (!element.normalName().equals("dt")) {
            return element;
        }
        Element whole = new Element("div");
        whole.appendChild(element.clone());
        for (Element next = element.nextElementSibling(); next != null && next.normalName().equals("dd");
                next = next.nextElementSibling()) {
            whole.appendChild(next.clone());
        }
        return whole;
    }
}
