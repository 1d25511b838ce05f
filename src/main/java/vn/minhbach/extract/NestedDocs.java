package vn.minhbach.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import vn.minhbach.text.DocumentNumbers;

/** Tells the parts of a document's page that describe other documents (amended, related, consolidated ones). */
final class NestedDocs {

    private NestedDocs() {
    }

    /** Whether a list item or table row around the element names document numbers but not this one. */
    static boolean foreign(Element e, String number) {
        String own = canonical(number);
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("li") || p.normalName().equals("tr")) {
                List<String> named = DocumentNumbers.findAll(Folded.of(p.text()).text()).stream()
                        .filter(n -> n.chars().anyMatch(Character::isLetter)).toList();
                if (!named.isEmpty() && named.stream().map(NestedDocs::canonical).noneMatch(own::equals)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String canonical(String number) {
        return Folded.fold(number).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
