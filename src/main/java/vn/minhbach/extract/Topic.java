package vn.minhbach.extract;

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

    @Override
    public String toString() {
        return label + " [tiêu đề: " + titles + "; chuyên mục: " + sections + "]";
    }
}
