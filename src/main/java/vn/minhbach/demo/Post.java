package vn.minhbach.demo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A dated post in one of the portal's list sections.
 *
 * @param path        its root-relative path
 * @param title       the title, in NFC
 * @param published   the date and time shown with it
 * @param paragraphs  the body text
 * @param attachments the files it links
 * @param decomposed  true when its page is served in NFD (decomposed) text
 */
record Post(String path, String title, LocalDateTime published, List<String> paragraphs,
            List<Attachment> attachments, boolean decomposed) {
    Post {
        paragraphs = List.copyOf(paragraphs);
        attachments = List.copyOf(attachments);
    }

    static Post of(String sectionPath, int id, String title, LocalDateTime published, List<String> paragraphs,
                   List<Attachment> attachments) {
        return new Post(sectionPath + "/" + id + "-" + DemoText.slug(title), title, published, paragraphs,
                attachments, false);
    }

    Post decomposedText() {
        return new Post(path, title, published, paragraphs, attachments, true);
    }
}
