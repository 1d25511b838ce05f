package vn.minhbach.extract;

import java.util.Objects;

/**
 * What an item looks for, in words: the titles of the documents or posts themselves, and the names of
 * the sections (menu entries, headings, breadcrumbs) where they are published.
 *
 * @param label    how a reason names it, in Vietnamese ("kế hoạch sử dụng đất")
 * @param titles   titles of matching documents or posts
 * @param sections names of the sections that hold them
 */
public record Topic(String label, Synonyms titles, Synonyms sections) {

    /** True when a label names either a matching document or its section. */
    public boolean matches(String key) {
        return titles.matches(key) || sections.matches(key);
    }

    // Written out for the reason PageFacts.Label's are: pages are checked against a topic's family page by page,
    // and the generated method compares every phrase even of the topic itself.
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Topic other && Objects.equals(label, other.label)
                && Objects.equals(titles, other.titles) && Objects.equals(sections, other.sections);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Objects.hashCode(label) + Objects.hashCode(titles)) + Objects.hashCode(sections);
    }

    @Override
    public String toString() {
        return label + " [tiêu đề: " + titles + "; chuyên mục: " + sections + "]";
    }
}
