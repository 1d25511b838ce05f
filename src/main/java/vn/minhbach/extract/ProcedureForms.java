package vn.minhbach.extract;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Mentions of forms (mẫu đơn, tờ khai) on a procedure page and the attachments near them. */
final class ProcedureForms {

    private static final List<String> WORDS = List.of("mau don", "to khai", "mau so", "bieu mau", "mau to khai");
    private static final int CLIMB = 4;
    private static final int MAX_SCOPE = 4000;

    private ProcedureForms() {
    }

    static boolean named(Element body) {
        return Folded.of(body.text()).containsAny(WORDS);
    }

    /** Attachment links inside the nearest block (up to a table) around each mention of a form. */
    static List<URI> links(URI url, Element body) {
        Set<URI> out = new LinkedHashSet<>();
        for (Element e : body.getAllElements()) {
            if (mentions(e) && e.children().stream().noneMatch(ProcedureForms::mentions)) {
                Element scope = e;
                for (int i = 0; i <= CLIMB && scope != null && scope != body; i++, scope = scope.parent()) {
                    if (scope.text().length() > MAX_SCOPE) {
                        break;
                    }
                    List<URI> found = Links.attachments(url, scope);
                    if (!found.isEmpty()) {
                        out.addAll(found);
                        break;
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean mentions(Element e) {
        return !e.normalName().equals("script") && Folded.of(e.text()).containsAny(WORDS);
    }
}
