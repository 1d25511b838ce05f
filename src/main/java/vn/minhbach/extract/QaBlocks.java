package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.minhbach.text.VietDates;

/**
 * Questions laid out as blocks: each block is the largest element around one question marker (an
 * "asked" date label, else a "Câu hỏi:" label), holding the question, its dates and its answer.
 */
final class QaBlocks {

    private static final int MAX_QUESTION = 300;
    /** A date this close after "Câu hỏi" is the date asked: "Câu hỏi (12/03/2024): ...". */
    private static final int DATE_NEAR_LABEL = 25;

    private QaBlocks() {
    }

    static List<QaPair> pairs(URI url, Document doc) {
        List<Fields.Field> markers = labelled(doc.body(), QaExtractor.ASKED);
        boolean dated = !markers.isEmpty();
        if (!dated) {
            markers = labelled(doc.body(), QaExtractor.QUESTION);
        }
        Map<Element, Integer> markersUnder = new IdentityHashMap<>();
        markers.forEach(m -> m.label().parents().forEach(p -> markersUnder.merge(p, 1, Integer::sum)));
        List<QaPair> out = new ArrayList<>();
        for (Fields.Field marker : markers) {
            Element block = marker.label();
            while (block.parent() != null && markersUnder.getOrDefault(block.parent(), 0) == 1) {
                block = block.parent();
            }
            LocalDate asked = dated ? VietDates.first(marker.value()).orElse(null) : dateNear(marker.value());
            pair(url, block, asked, markers.size() == 1).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** True when the page labels the dates questions were asked ("Ngày gửi", "Ngày hỏi"). */
    static boolean dated(Document doc) {
        return doc.body() != null && !labelled(doc.body(), QaExtractor.ASKED).isEmpty();
    }

    private static List<Fields.Field> labelled(Element root, List<String> labels) {
        return Fields.labelLike(root, labels);
    }

    private static LocalDate dateNear(String value) {
        String head = value.length() <= DATE_NEAR_LABEL ? value : value.substring(0, DATE_NEAR_LABEL);
        return VietDates.first(head).orElse(null);
    }

    private static Optional<QaPair> pair(URI url, Element block, LocalDate asked, boolean single) {
        LocalDate answered = labelled(block, QaExtractor.ANSWERED).stream()
                .map(f -> VietDates.first(f.value())).flatMap(Optional::stream).findFirst().orElse(null);
        // a menu link "Giải đáp" names a section, not this question's answer
        List<Fields.Field> answers = labelled(block, QaExtractor.ANSWER).stream()
                .filter(f -> f.label().closest(Css.of("a[href]")) == null && !Chrome.holds(f.label())).toList();
        boolean answerText = answers.stream().anyMatch(Fields.Field::hasValue);
        if (!answers.isEmpty() && (asked == null || answered == null)) {
            // Dates without labels stand where a reader finds them: the asker's line before the answer, the
            // answerer's line "Phòng ... (15/09/2016 15:24)" after it.
            QaLines.Split split = QaLines.split(List.of(block), answers.get(0).label());
            asked = asked != null ? asked : QaLines.asked(split);
            answered = answered != null ? answered : QaLines.answered(split);
        }
        Optional<Title> title = title(url, block, single);
        if ((answered == null && !answerText) || title.isEmpty()) {
            return Optional.empty();
        }
        URI where = title.get().link() != null ? title.get().link()
                : single ? url : Links.firstPage(url, block).orElse(url);
        return Optional.of(new QaPair(title.get().text(), asked, answered, where));
    }

    /** A question's text, and the link it was read from when it is a title link. */
    private record Title(String text, URI link) {
    }

    /**
     * The "Câu hỏi:" value, else the block's title: a heading or its first long link, outside the site's
     * banner, menus and footer ({@link Chrome}) and made of words. When the block is the only pair of the page
     * (a question's own page, where the block reaches the whole page) the title is the first such heading or
     * link whose text the document's title repeats, as a question's page names itself.
     */
    private static Optional<Title> title(URI url, Element block, boolean single) {
        Optional<String> labelled = labelled(block, QaExtractor.QUESTION).stream()
                .map(f -> shorten(f.value())).filter(Folded::meaningful).findFirst();
        if (labelled.isPresent()) {
            return Optional.of(new Title(labelled.get(), null));
        }
        String pageTitle = single && block.ownerDocument() != null ? Folded.of(block.ownerDocument().title()).key() : "";
        Element first = null;
        for (Element e : block.select(Css.of("h1, h2, h3, h4, h5, a[href], strong, b"))) {
            if (QaLines.questionLike(e.text()) && !Chrome.holds(e)) {
                if (pageTitle.isEmpty() || pageTitle.contains(Folded.of(e.text()).key())) {
                    return Optional.of(title(url, e));
                }
                first = first == null ? e : first;
            }
        }
        return Optional.ofNullable(first).map(e -> title(url, e));
    }

    private static Title title(URI url, Element e) {
        Element link = e.normalName().equals("a") ? e : e.selectFirst(Css.of("a[href]"));
        URI target = link == null ? null : Links.resolve(url, link.attr("href")).orElse(null);
        return new Title(shorten(e.text()), target);
    }

    private static String shorten(String s) {
        String text = Folded.of(s).text().replaceFirst("^\\([^)]*\\)\\s*:?\\s*", "");
        return text.length() <= MAX_QUESTION ? text : text.substring(0, MAX_QUESTION);
    }
}
