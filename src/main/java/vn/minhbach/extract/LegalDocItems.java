package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.html.ElementText;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/**
 * Legal documents listed as items (vbpl.vn's {@code ul.listLaw > li}, Liferay asset lists, NukeViet rows):
 * each item is the largest block around one document number, named by a title link or by a "Số ký hiệu:"
 * field.
 */
final class LegalDocItems {

    private static final int MIN_SUMMARY = 10;
    private static final int DATE_LINE = 40;

    private LegalDocItems() {
    }

    static List<LegalDocRow> rows(URI url, Document doc) {
        Map<Element, String> seeds = new LinkedHashMap<>();
        for (Element a : doc.body().select(Css.of("a[href]"))) {
            String text = ElementText.of(a);
            // every number has a slash: the text of a link without one is not folded to look for a number
            Optional<String> number = text.indexOf('/') < 0 ? Optional.empty()
                    : DocumentNumbers.first(Folded.of(text).text());
            if (number.isPresent() && !Links.isAttachment(url, a) && Links.resolve(url, a.attr("href")).isPresent()) {
                seeds.put(a, number.get());
            }
        }
        if (seeds.isEmpty()) {
            for (Fields.Field f : Fields.all(doc.body(), LegalDocExtractor.NUMBER)) {
                DocumentNumbers.first(f.value()).ifPresent(n -> seeds.put(f.label(), n));
            }
        }
        Map<Element, Set<String>> numbersUnder = new IdentityHashMap<>();
        seeds.forEach((a, n) -> a.parents().forEach(p -> numbersUnder.computeIfAbsent(p, k -> new HashSet<>())
                .add(NestedDocs.canonical(n))));
        Map<Element, Element> itemToSeed = new LinkedHashMap<>();
        for (Element a : seeds.keySet()) {
            Element item = a;
            while (item.parent() != null && numbersUnder.getOrDefault(item.parent(), Set.of()).size() == 1
                    && !item.parent().normalName().equals("body")) {
                item = item.parent();
            }
            itemToSeed.putIfAbsent(item, a);
        }
        List<LegalDocRow> out = new ArrayList<>();
        boolean list = itemToSeed.size() > 1;
        itemToSeed.forEach((item, seed) -> row(url, Definitions.entry(item), seed, seeds.get(seed), list).ifPresent(out::add));
        return List.copyOf(out);
    }

    /** The seed is the title link, or the number's label when the title is a heading without a link. */
    private static Optional<LegalDocRow> row(URI url, Element item, Element seed, String number, boolean list) {
        LocalDate labelled = labelledDate(item);
        LocalDate issued = labelled != null ? labelled : RowDates.issued(item.text(), number);
        List<URI> files = Links.attachments(url, item);
        // A lone link naming a document in running text, next to the article's date, is not a list item.
        boolean evidence = labelled != null || !files.isEmpty() || (list && issued != null);
        if (!evidence) {
            return Optional.empty();
        }
        boolean linked = seed.normalName().equals("a");
        Element title = linked ? seed : Optional.ofNullable(item.selectFirst(Css.of("h1, h2, h3, h4, h5, h6"))).orElse(seed);
        URI page = linked ? Links.resolve(url, seed.attr("href")).orElse(null) : Links.firstPage(url, item).orElse(null);
        return Optional.of(new LegalDocRow(number, issued, summary(item, title), files, page));
    }

    private static LocalDate labelledDate(Element item) {
        return LegalDocExtractor.labelledIssued(item, null).orElse(null);
    }

    private static String summary(Element item, Element title) {
        Optional<Fields.Field> labelled = Fields.best(item, LegalDocExtractor.SUMMARY);
        if (labelled.isPresent() && labelled.get().hasValue()) {
            return labelled.get().value();
        }
        for (Element e : item.getAllElements()) {
            if (e == item || e.closest(Css.of("a")) != null || !e.select(Css.of("a")).isEmpty()) {
                continue;
            }
            String own = Folded.of(e.ownText()).text();
            // A date line ("Ngày ban hành: 03/02/2026") is no abstract; an abstract may cite dates.
            boolean dateLine = own.length() < DATE_LINE && VietDates.first(own).isPresent();
            if (own.length() >= MIN_SUMMARY && !own.endsWith(":") && !dateLine) {
                return own;
            }
        }
        return Folded.of(title.text()).text();
    }
}
