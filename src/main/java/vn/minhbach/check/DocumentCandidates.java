package vn.minhbach.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.minhbach.extract.Keys;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Attachment;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Uris;
import vn.minhbach.text.DocumentNumbers;

/**
 * The documents of a site worth opening (checklist "Documents behind the links": only the candidate listings of
 * items, not every file of the site): document links whose own text or row names the topic of an item published
 * as documents, and document links with a generic text ("Tải về", "Xem", a file icon, a bare số ký hiệu) on pages
 * whose own title, h1 or breadcrumb names such a topic. In page order, each address once, at most {@link #MAX}.
 */
final class DocumentCandidates {
    static final int MAX = 150;
    /** Link texts that say nothing of the file (on their match key, see {@link Keys}). */
    private static final Pattern GENERIC = Pattern.compile("^ (?:(?:tai ve|tai xuong|tai file|tai tep|xem|xem chi tiet"
            + "|chi tiet|download|tep dinh kem|file dinh kem|dinh kem|toan van|van ban|tep tin|file|pdf|docx?|xlsx?)"
            + " )?$");

    private DocumentCandidates() {
    }

    /** The addresses to open on {@code site} for the items of its role that {@code topics} name. */
    static List<URI> of(SiteView site, List<Topic> topics) {
        Map<String, URI> chosen = new LinkedHashMap<>();
        for (PageFacts page : site.pages()) {
            for (Attachment attachment : onPage(page, topics)) {
                if (chosen.size() >= MAX) {
                    return new ArrayList<>(chosen.values());
                }
                chosen.putIfAbsent(Uris.key(attachment.href()), attachment.href());
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /**
     * The page's document links that may hold what {@code topics} name: their own text or row names a topic, or
     * their text is generic and the page's own title, h1 or breadcrumb names one. In page order.
     */
    static List<Attachment> onPage(PageFacts page, List<Topic> topics) {
        if (page.documents().isEmpty()) {
            return List.of();
        }
        List<Attachment> found = new ArrayList<>();
        // the page's own labels are read only for a link whose text says nothing of its file
        Boolean topical = null;
        for (Attachment attachment : page.documents()) {
            boolean candidate = names(attachment.text(), topics)
                    || (attachment.row() != null && names(attachment.row(), topics));
            if (!candidate && generic(attachment.text())) {
                if (topical == null) {
                    topical = page.ownLabels().stream().anyMatch(l -> topics.stream().anyMatch(t -> t.matches(l.key())));
                }
                candidate = topical;
            }
            if (candidate) {
                found.add(attachment);
            }
        }
        return found;
    }

    private static boolean names(Label label, List<Topic> topics) {
        return topics.stream().anyMatch(t -> t.titles().matches(label.key()));
    }

    /** True for an empty text, a download word, or a bare document number ("210/KH-UBND"). */
    static boolean generic(Label text) {
        if (GENERIC.matcher(text.key()).matches()) {
            return true;
        }
        return DocumentNumbers.first(text.text()).map(n -> Keys.of(n).equals(text.key())).orElse(false);
    }
}
