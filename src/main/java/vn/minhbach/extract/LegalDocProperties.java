package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.DocumentNumbers;

/** The one document of a property page (thuộc tính): a "Số ký hiệu" label/value layout. */
final class LegalDocProperties {

    private LegalDocProperties() {
    }

    static Optional<LegalDocRow> row(URI url, Document doc) {
        List<Fields.Field> numbered = Fields.all(doc.body(), LegalDocExtractor.NUMBER).stream()
                .filter(f -> DocumentNumbers.first(f.value()).isPresent() && !columnOfList(f.label())).toList();
        if (numbered.isEmpty()) {
            return Optional.empty();
        }
        Fields.Field main = numbered.get(0);
        Element cell = main.label().closest(Css.of("td, th, dt"));
        // A list of items each with "Số ký hiệu: ..." is not a property page; a label/value table is.
        if (cell == null && numbered.size() != 1 || blockPerDocument(numbered)) {
            return Optional.empty();
        }
        String number = DocumentNumbers.first(main.value()).orElseThrow();
        Element scope = cell == null ? doc.body() : cell.closest(Css.of("table, dl"));
        return Optional.of(new LegalDocRow(number, issued(scope, number), summary(scope, doc, number),
                files(url, doc, number), url));
    }

    /**
     * Whether the numbers stand in as many label/value blocks as documents: a list that gives each document
     * its own {@code <dl>} or small table ("Số/Ký hiệu", "Ngày BH", "Trích yếu" in each) is read item by item,
     * never as the one document of a property page. The same number met twice (a heading and a table) is
     * still one document.
     */
    private static boolean blockPerDocument(List<Fields.Field> numbered) {
        Set<Element> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> numbers = new HashSet<>();
        for (Fields.Field f : numbered) {
            Element block = f.label().closest(Css.of("table, dl"));
            if (block != null) {
                blocks.add(block);
                numbers.add(NestedDocs.canonical(DocumentNumbers.first(f.value()).orElseThrow()));
            }
        }
        return blocks.size() > 1 && numbers.size() > 1;
    }

    /**
     * A header cell over two data rows or more: "Số ký hiệu" names a list's column, and the numbers below it
     * are as many documents, not the value of one.
     */
    private static boolean columnOfList(Element label) {
        Element cell = label.closest(Css.of("td, th"));
        Element tr = cell == null ? null : cell.parent();
        if (tr == null || DocumentNumbers.first(Folded.of(tr.text()).text()).isPresent()) {
            return false;
        }
        Element table = tr.closest(Css.of("table"));
        long below = table == null ? 0 : table.select(Css.of("tr")).stream()
                .filter(r -> r.siblingIndex() > tr.siblingIndex() || r.parent() != tr.parent())
                .filter(r -> DocumentNumbers.first(Folded.of(r.text()).text()).isPresent()).limit(2).count();
        return below >= 2;
    }

    private static LocalDate issued(Element scope, String number) {
        return LegalDocExtractor.labelledIssued(scope, number).orElse(null);
    }

    private static String summary(Element scope, Document doc, String number) {
        for (Fields.Field f : Fields.all(scope, LegalDocExtractor.SUMMARY)) {
            if (f.hasValue() && !NestedDocs.foreign(f.label(), number)) {
                return f.value();
            }
        }
        // vbpl.vn and similar tables open with one full-width row holding the document's title.
        for (Element tr : scope.select(Css.of("tr"))) {
            var cells = HeaderTable.cells(tr);
            String text = Folded.of(tr.text()).text();
            if (cells.size() == 1 && Folded.meaningful(text)) {
                return text;
            }
            if (cells.size() > 1) {
                break;
            }
        }
        Element h1 = doc.selectFirst(Css.of("h1"));
        return h1 == null || !Folded.meaningful(h1.text()) ? null : Folded.of(h1.text()).text();
    }

    private static List<URI> files(URI url, Document doc, String number) {
        Set<URI> out = new LinkedHashSet<>();
        for (Element a : doc.body().select(Css.of("a[href]"))) {
            if (!NestedDocs.foreign(a, number)) {
                Links.attachment(url, a).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }
}
