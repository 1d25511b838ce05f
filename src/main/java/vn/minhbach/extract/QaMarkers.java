package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Questions and answers without question labels (docs/extraction.md "Questions and answers"): each pair is
 * found through its answer marker, an element that says only "Trả lời", "Trả lời:", "Phúc đáp", "Answer"
 * (bold, a heading or a plain line) or begins "Trả lời: ...", or a line with an answered-date label ("... |
 * Ngày trả lời: 15/09/2016"). A pair is the largest element around one marker, so sibling blocks of the same
 * shape each make one pair whatever their class; where the pairs are not wrapped (title, question, asker,
 * marker, answer, answerer as siblings of one parent) the siblings are cut into pairs at each answerer's
 * dated line. Links, buttons and forms never hold a marker (a comment's "Trả lời" reply link is none), and a
 * pair counts only when it has a title, an answer and at least one date.
 */
final class QaMarkers {

    private static final List<String> MARKERS = Fields.labels("trả lời", "phúc đáp", "giải đáp", "đáp",
            "nội dung trả lời", "ý kiến trả lời", "kết quả trả lời", "nội dung giải đáp", "answer", "reply",
            "response", "nội dung phúc đáp");
    /** Words one of which a page with a marker has somewhere: pages without them are not searched. */
    private static final List<String> MARKER_WORDS = Fields.labels("trả lời", "đáp", "answer", "answered",
            "reply", "response");
    private static final Set<String> NEVER_MARKERS = Set.of("a", "button", "label", "option", "input");
    private static final int MAX_MARKER = 40;
    /** Raw chars of a long text node normalised for {@link #marker}: enough for its first {@value #MAX_MARKER}. */
    private static final int HEAD = 2 * MAX_MARKER;
    /** An answerer's dated line that ends a pair in an unwrapped layout is at most this long. */
    private static final int SIGNATURE = 160;

    private QaMarkers() {
    }

    static List<QaPair> pairs(URI url, Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        PageMemo page = PageMemo.of(body);
        if (!page.containsAnyWord(MARKER_WORDS)) {
            return List.of();
        }
        // An answer marker and an answered-date line often stand in the same pair: the dates are read from the
        // whole pair anyway, so the date lines mark pairs only on pages that have no answer marker.
        List<Element> markers = markers(body, false);
        if (markers.isEmpty() && page.containsAnyWord(QaExtractor.ANSWERED)) {
            markers = markers(body, true);
        }
        Map<Element, Integer> under = new IdentityHashMap<>();
        markers.forEach(m -> m.parents().forEach(p -> under.merge(p, 1, Integer::sum)));
        List<QaPair> out = new ArrayList<>();
        Map<Element, List<Element>> unwrapped = new LinkedHashMap<>();
        for (Element marker : markers) {
            Element block = marker;
            while (block.parent() != null && under.getOrDefault(block.parent(), 0) == 1) {
                block = block.parent();
            }
            QaLines.Split split = QaLines.split(List.of(block), marker);
            if (!split.before().isEmpty() || block.parent() == null) {
                read(url, split, markers.size() == 1 ? url : null).ifPresent(out::add);
            } else {
                unwrapped.computeIfAbsent(block.parent(), p -> new ArrayList<>()).add(block);
            }
        }
        unwrapped.forEach((parent, blocks) -> out.addAll(cut(url, parent, blocks)));
        return List.copyOf(out);
    }

    /** The pairs of one parent whose children are the pairs' parts, each marker being one child. */
    private static List<QaPair> cut(URI url, Element parent, List<Element> blocks) {
        List<Node> children = new ArrayList<>();
        for (Node n : parent.childNodes()) {
            if (!(n instanceof TextNode t && t.isBlank())) {
                children.add(n);
            }
        }
        List<QaPair> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < blocks.size(); i++) {
            int at = children.indexOf(blocks.get(i));
            int next = i + 1 < blocks.size() ? children.indexOf(blocks.get(i + 1)) : children.size();
            int from = start < 0 ? Math.max(0, at - QaLines.QUESTION_LINES) : start;
            int end = answerEnd(children, blocks.get(i), at, next);
            QaLines.Split split = QaLines.split(children.subList(from, end), blocks.get(i));
            read(url, split, null).ifPresent(out::add);
            start = end;
        }
        return out;
    }

    /**
     * Where the answer after the marker at {@code at} ends: with the marker's own child when that holds the
     * answer ({@code <tr><td><b>Trả lời:</b> ...</td></tr>}), else after the first short child with a stated date
     * (the answerer's line), else after the one child that follows the marker.
     */
    private static int answerEnd(List<Node> children, Element block, int at, int next) {
        QaLines.Split own = QaLines.split(List.of(block), block);
        if (QaLines.answered(own) != null || QaLines.answerText(own)) {
            return at + 1;
        }
        for (int i = at + 1; i < next; i++) {
            String text = children.get(i) instanceof Element e ? e.text() : ((TextNode) children.get(i)).text();
            if (text.length() <= SIGNATURE && StatedDates.last(text) != null) {
                return i + 1;
            }
        }
        return Math.min(next, at + 2);
    }

    private static java.util.Optional<QaPair> read(URI url, QaLines.Split split, URI single) {
        QaLines.Title title = QaLines.title(url, QaLines.question(split));
        LocalDate asked = QaLines.asked(split);
        LocalDate answered = QaLines.answered(split);
        if (title == null || (asked == null && answered == null)
                || (answered == null && !QaLines.answerText(split))) {
            return java.util.Optional.empty();
        }
        URI where = title.link() != null ? title.link() : single != null ? single : url;
        return java.util.Optional.of(new QaPair(title.text(), asked, answered, where));
    }

    /** The markers of the page, in document order, each the largest element that holds only it. */
    private static List<Element> markers(Element body, boolean dateLines) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && (NEVER_MARKERS.contains(e.normalName())
                        || e.normalName().equals("form") || e.normalName().equals("script")
                        || e.normalName().equals("style") || e.normalName().equals("nav"))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t && !t.isBlank()) {
                    Element marker = dateLines ? dateLine(t) : marker(t);
                    if (marker != null && (found.isEmpty() || found.get(found.size() - 1) != marker)) {
                        found.add(marker);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found;
    }

    private static Element marker(TextNode t) {
        // most texts begin with no marker's first word: known from the raw text, without normalising its head
        if (!Fields.mayBegin(t.getWholeText(), MARKERS)) {
            return null;
        }
        Element parent = (Element) t.parent();
        String raw = head(t);
        // the whole text when it is short, else its beginning: either way a marker begins it
        Folded start = Folded.of(raw.length() <= MAX_MARKER ? raw : raw.substring(0, MAX_MARKER));
        int end = start.labelEnd(MARKERS);
        if (end < 0) {
            return null;
        }
        if (raw.length() <= MAX_MARKER && start.key().substring(end).matches("[\\s:：.\\-]*")) {
            Element e = parent;
            // <p><strong>Trả lời</strong></p>: the marker is the line, not only the bold word
            while (e.parent() != null && e.parent().text().length() <= MAX_MARKER
                    && Folded.of(e.parent().text()).key().equals(Folded.of(e.text()).key())) {
                e = e.parent();
            }
            return e;
        }
        if ((t.siblingIndex() == 0 || parent.childNodeSize() == 1 || parent.textNodes().get(0) == t)
                && start.key().substring(end).matches("\\s*[:：].*")) {
            return parent;
        }
        return null;
    }

    /**
     * {@link TextNode#text()}, or its first {@value #MAX_MARKER} chars and one more when it is longer: all that
     * {@link #marker} reads of it. Whitespace is normalised char by char, so a long text's beginning is
     * normalised alone.
     */
    private static String head(TextNode t) {
        String whole = t.getWholeText();
        if (whole.length() > HEAD) {
            String head = new TextNode(whole.substring(0, HEAD)).text();
            if (head.length() > MAX_MARKER) {
                return head.substring(0, MAX_MARKER + 1);
            }
        }
        return plain(whole) ? whole : t.text();
    }

    /**
     * Whether {@link TextNode#text()} would give the text back as it is: no char that jsoup's whitespace
     * normalisation collapses or drops (control chars, a second space, NBSP, soft hyphen, the spaces and
     * invisible chars of U+2000 to U+206F, U+FEFF), so the text of most nodes is not copied.
     */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' '
                    : c < ' ' || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x2000 && c <= 0x206F) || c == 0xFEFF) {
                return false;
            }
        }
        return true;
    }

    /** The element of a line that gives an answered date after its label, at any place in the line. */
    private static Element dateLine(TextNode t) {
        String raw = t.text();
        if (raw.length() <= SIGNATURE) {
            Element parent = (Element) t.parent();
            Folded f = Folded.of(raw);
            if (f.containsAny(QaExtractor.ANSWERED) && Fields.inline(f, QaExtractor.ANSWERED).stream()
                    .anyMatch(v -> vn.minhbach.text.VietDates.first(v).isPresent())) {
                return parent;
            }
        }
        return null;
    }
}
