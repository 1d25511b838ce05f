package vn.minhbach.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds "label → value" facts whatever the layout: label/value table cells (th/td, td/td), definition lists,
 * key/value divs, "Label: value" inside one block, and headings followed by text.
 */
final class Fields {

    /**
     * A label element and the value next to it ("" when empty). {@code labelLike} is false when the label
     * words merely open a sentence ("Thời hạn giải quyết được rút ngắn...") rather than name a field.
     */
    record Field(Element label, String value, boolean labelLike) {
        boolean hasValue() {
            return Folded.meaningful(value);
        }
    }

    private static final Set<String> CELLS = Set.of("td", "th", "dt");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "option", "select");
    private static final Evaluator IN_FORM_CONTROL = QueryParser.parse("select, option, textarea");
    private static final int MAX_LABEL_BLOCK = 600;
    /** What may follow a label word: a colon, possibly after a short parenthesis ("Câu hỏi (12/03/2024):"). */
    private static final Pattern LABEL_END = Pattern.compile("(?:\\([^)]{0,40}\\)\\s*)?[:：]");
    private static final int MAX_VALUE = 2000;
    /** Where an inline value ends: a separator, or the next "Label:" of one to four words. */
    private static final Pattern VALUE_END = Pattern.compile(
            "\\s*[|;·•]|\\s[-–]\\s(?=\\p{L})|\\s\\p{L}+(?:\\s\\p{L}+){0,3}\\s?[:：]");
    /** Punctuation and an item number ("1.", "iv)", "b.") before a label's first word. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^[^\\p{L}]*(?:(?:\\d{1,2}|[ivx]{1,4}|[a-h])[.)]\\s*)?");
    /**
     * Chars after {@link #LEADING_NUMBER}'s first letter that its item number may take ("viii) "): a match
     * ending this far before the end of a text's beginning is the match of the whole text.
     */
    private static final int NUMBER_SPAN = 8;
    /** Chars of a long text node read for its start ({@link Start#of(TextNode)}). */
    private static final int START_CHARS = 96;

    private Fields() {
    }

    /** The labels folded and ordered longest first, so "phí, lệ phí" is tried before "phí". */
    static List<String> labels(String... labels) {
        List<String> folded = new ArrayList<>();
        for (String label : labels) {
            folded.add(Folded.fold(label));
        }
        folded.sort(Comparator.comparingInt(String::length).reversed());
        LabelAutomaton.register(folded);
        return List.copyOf(folded);
    }

    /** The first field with a meaningful value, else the first field found (whose value is then empty). */
    static Optional<Field> best(Element root, List<String> labels) {
        List<Field> found = all(root, labels);
        return found.stream().filter(Field::hasValue).findFirst().or(() -> found.stream().findFirst());
    }

    /** Every deepest element that begins with one of the labels, in document order, with its value. */
    static List<Field> all(Element root, List<String> labels) {
        return find(root, labels, false);
    }

    /** The same, keeping only the elements that read as a field's name ({@link Field#labelLike}). */
    static List<Field> labelLike(Element root, List<String> labels) {
        return find(root, labels, true);
    }

    private static List<Field> find(Element root, List<String> labels, boolean onlyLabelLike) {
        PageMemo page = PageMemo.of(root);
        return page.searches(new Search(root, labels, onlyLabelLike),
                s -> search(root, labels, onlyLabelLike, page));
    }

    /** One search of a document, whose result extractors share (several look for document numbers). */
    record Search(Element root, List<String> labels, boolean onlyLabelLike) {
    }

    private static List<Field> search(Element root, List<String> labels, boolean onlyLabelLike, PageMemo page) {
        // A label stands in its element's text, so in the page's: a page with none of them is not searched.
        if (root == page.body() && labels.stream().noneMatch(page.labels()::contains)) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        LabelTest test = new LabelTest(labels, page);
        for (Element e : test.candidates(root)) {
            if (onlyLabelLike && test.namesNoField(e)) {
                // a menu's "Hỏi đáp" for "hỏi": no child is tested nor its text read to leave it out
                continue;
            }
            // Children first: an element around a label is none (a menu's list around its item), and is then
            // known without reading its own text.
            if (!test.holdsLabel(e) && test.isLabel(e)) {
                Folded f = test.text(e);
                int end = f.labelEnd(labels);
                String after = f.text().substring(end).strip();
                boolean labelLike = after.isEmpty() || LABEL_END.matcher(after).lookingAt()
                        || Character.isDigit(after.charAt(0));
                if (onlyLabelLike && !labelLike) {
                    continue;
                }
                String rest = f.restAfter(end);
                // "Câu hỏi (12/03/2024):" keeps its parenthesis and takes the text that follows as well.
                String value = LABEL_END.matcher(after).matches() ? rest + " " + valueOf(e, "") : valueOf(e, rest);
                out.add(new Field(e, value.strip(), labelLike));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The values that follow the labels anywhere in one line, not only at its start: "Người hỏi: A - Ngày
     * hỏi: 04/08/2016 | Ngày trả lời: 15/09/2016" gives "04/08/2016" for "ngày hỏi". A value runs to the next
     * separator ("|", ";", " - ", " · ") or the next "Label:" and is empty when nothing follows the label.
     */
    static List<String> inline(Folded line, List<String> labels) {
        List<String> values = new ArrayList<>();
        String key = line.key();
        for (String label : labels) {
            for (int at = Folded.indexOfWord(key, label, 0); at >= 0; at = Folded.indexOfWord(key, label, at + 1)) {
                if (coveredByLonger(key, at, label, labels)) {
                    continue;
                }
                String rest = line.restAfter(at + label.length());
                var end = VALUE_END.matcher(rest);
                values.add(end.find() ? rest.substring(0, end.start()).strip() : rest);
            }
        }
        return values;
    }

    /** Whether a longer label of the list covers this occurrence ("ngày trả lời" holds "trả lời"). */
    private static boolean coveredByLonger(String key, int at, String label, List<String> labels) {
        for (String other : labels) {
            if (other.length() > label.length() && other.contains(label)) {
                int start = at - other.indexOf(label);
                if (start >= 0 && key.startsWith(other, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isLabel(Element e, List<String> labels) {
        return new LabelTest(labels, PageMemo.of(e)).isLabel(e);
    }

    /**
     * {@link #isLabel} over one document: each element is tested once though it is met again as a child of
     * the element before it, and the first text node that an element shares with its ancestors is read once.
     */
    private static final class LabelTest {
        private static final Folded NOT_A_LABEL = new Folded("", "");
        private final List<String> labels;
        private final PageMemo page;
        private final int longest;
        /** The folded text of each element tested, {@link #NOT_A_LABEL} for those that are not labels. */
        private final Map<Element, Folded> elements = new IdentityHashMap<>();

        LabelTest(List<String> labels, PageMemo page) {
            this.labels = labels;
            this.page = page;
            this.longest = labels.stream().mapToInt(String::length).max().orElse(0);
        }

        boolean isLabel(Element e) {
            return text(e) != NOT_A_LABEL;
        }

        /** Whether a child of the element is a label (its nodes read in place: no list of children is made). */
        boolean holdsLabel(Element e) {
            for (int i = 0; i < e.childNodeSize(); i++) {
                if (e.childNode(i) instanceof Element child && isLabel(child)) {
                    return true;
                }
            }
            return false;
        }

        /** The folded text of a label element, read once; {@link #NOT_A_LABEL} for another element. */
        Folded text(Element e) {
            return elements.computeIfAbsent(e, this::test);
        }

        /**
         * The elements of the root that may be labels, in document order: those whose first text starts like a
         * label, found from the texts, each the first text of its parent and of the ancestors that begin with
         * it. Every element when a text stands in an element that {@link #firstText} passes over (a template,
         * a noscript), where the order of the texts would not be that of their elements.
         */
        List<Element> candidates(Element root) {
            List<Element> out = new ArrayList<>();
            boolean[] hidden = {false};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t && !t.isBlank() && mayStartLike(t.getWholeText())
                            && page.start(t).startsLike(labels)) {
                        addStartingWith(t, root, out);
                    } else if (node != root && node instanceof Element e && SKIPPED.contains(e.normalName())) {
                        // nothing in a form control is a label; elsewhere a text passed over breaks the order
                        hidden[0] = e.closest(IN_FORM_CONTROL) == null && holdsText(e);
                        return hidden[0] ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            return hidden[0] ? root.getAllElements() : out;
        }

        /**
         * False only when {@link Start#startsLike} is false for a text, told from its raw chars without folding
         * its beginning ({@link #mayBegin}); a long text, whose start is read cut ({@link Start#of(TextNode)}),
         * must also keep a label's length once normalised, as a cut start shorter than a label starts like it.
         */
        private boolean mayStartLike(String whole) {
            return mayBegin(whole, labels) || (whole.length() > START_CHARS && !keepsAtLeast(whole, longest));
        }

        /**
         * True when the element, were it a label, would not read as a field's name: a label begins its first
         * text and neither a colon nor a figure follows ("Hỏi đáp" for "hỏi", a menu's item). Told from that
         * text alone, without reading the element's text or testing its children, when the element's text
         * begins with it (no element that {@link #firstText} passes over comes first) and when the label and
         * the char after it stand clear of the text's last two chars: there the text that follows in the
         * element may compose with it or move a tone mark, and everything before is folded the same.
         */
        boolean namesNoField(Element e) {
            TextNode first = firstText(e, false);
            if (first == null || first.getWholeText().length() > MAX_LABEL_BLOCK) {
                return false;
            }
            Folded f = Folded.of(first.getWholeText());
            String key = f.key();
            int clear = key.length() - 2;
            // the numbering Folded.labelEnd passes over is read from the first six chars: none here
            if (clear < 6 || Folded.mayBeNumbered(key)) {
                return false;
            }
            for (String label : labels) {
                if (!key.regionMatches(0, label, 0, Math.min(label.length(), clear))) {
                    continue;
                }
                if (label.length() >= clear) {
                    return false;
                }
                if (Character.isLetterOrDigit(key.charAt(label.length()))) {
                    continue;
                }
                String text = f.text();
                int next = label.length();
                while (next < clear && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next == clear) {
                    return false;
                }
                char c = text.charAt(next);
                return c != '(' && c != ':' && c != '：' && !Character.isDigit(c);
            }
            return false;
        }

        /** Adds the elements whose first text is {@code t}, up to the root, outermost first. */
        private static void addStartingWith(TextNode t, Element root, List<Element> out) {
            int at = out.size();
            for (Element e = (Element) t.parent(); e != null && firstText(e) == t; e = e.parent()) {
                out.add(at, e);
                if (e == root) {
                    break;
                }
            }
        }

        private static boolean holdsText(Node node) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode || holdsText(child)) {
                    return true;
                }
            }
            return false;
        }

        private Folded test(Element e) {
            if (SKIPPED.contains(e.normalName())) {
                return NOT_A_LABEL;
            }
            // Cheap test first: a label block's first words are those of its first text node.
            TextNode first = firstText(e);
            if (first == null || !page.start(first).startsLike(labels) || e.closest(IN_FORM_CONTROL) != null) {
                return NOT_A_LABEL;
            }
            String text = e.text();
            if (text.length() > MAX_LABEL_BLOCK) {
                return NOT_A_LABEL;
            }
            Folded folded = Folded.of(text);
            return folded.labelEnd(labels) >= 0 ? folded : NOT_A_LABEL;
        }
    }

    /**
     * A text's folded key after any item number, and its first word. {@code cut} when the key is that of the
     * text's first words only: a label longer than it may still begin the text.
     */
    record Start(String key, String word, boolean cut) {
        /**
         * The start of a text node, read from its first {@value #START_CHARS} chars up to a space when it is
         * longer: normalising and folding stop at a space, so the key read is the beginning of the whole one.
         * A start whose item number may run past that beginning is read from the whole text. The raw text is
         * folded as it is: {@link Folded} drops the invisible chars and collapses the spaces that
         * {@link TextNode#text()} would.
         */
        static Start of(TextNode node) {
            String whole = node.getWholeText();
            int space = whole.indexOf(' ', START_CHARS);
            if (space > 0) {
                Folded first = Folded.of(whole.substring(0, space));
                int number = leadingNumberEnd(first.key());
                if (number + NUMBER_SPAN <= first.key().length()) {
                    String key = first.key().substring(number);
                    return new Start(key, key.substring(0, firstWordEnd(key)), true);
                }
            }
            return of(Folded.of(whole));
        }

        static Start of(Folded first) {
            String key = first.key().substring(leadingNumberEnd(first.key()));
            return new Start(key, key.substring(0, firstWordEnd(key)), false);
        }

        /**
         * Where {@link #LEADING_NUMBER} ends in a key: at once 0 when the key begins with a letter and no '.' or
         * ')' follows it closely enough to end an item number ("iv)"), as in most texts.
         */
        private static int leadingNumberEnd(String key) {
            if (!key.isEmpty() && Character.isLetter(key.charAt(0)) && !closesNumber(key)) {
                return 0;
            }
            var number = LEADING_NUMBER.matcher(key);
            return number.lookingAt() ? number.end() : 0;
        }

        /** Whether a '.' or ')' stands in the key's second to fifth char, where an item number's letters end. */
        private static boolean closesNumber(String key) {
            for (int i = 1; i < Math.min(5, key.length()); i++) {
                if (key.charAt(i) == '.' || key.charAt(i) == ')') {
                    return true;
                }
            }
            return false;
        }

        boolean startsLike(List<String> labels) {
            if (word.isEmpty()) {
                return true;
            }
            for (String label : labels) {
                if (label.startsWith(word) || key.startsWith(label) || (cut && label.length() > key.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * False only when no label can begin the folded key of a raw text, once its leading non-letters and item
     * number are passed over ({@link Start}; {@link Folded#labelEnd} for labels that begin with a letter, as a
     * label found after a non-letter its numbering does not take is none): its first word, read from the raw chars,
     * neither begins a label nor begins with one. Most texts of a page (a menu's items, paragraphs) are so
     * rejected without being normalised and folded. True whenever the raw chars might not give the key's first
     * word as they are: a char before the word that is not ASCII, a char of the word that does not fold to an
     * ASCII letter or digit (a combining mark, an invisible char), a word not ended by an ASCII char, or one
     * that may be an item number ("iv.", "b)"). The word's chars are starters that fold to ASCII, and the char
     * after it an ASCII one: normalising keeps each of them, and composes none of them with another.
     */
    static boolean mayBegin(String raw, List<String> labels) {
        int n = raw.length();
        int from = firstLetter(raw);
        if (from == n || !asciiLetter(Folded.key(raw.charAt(from)))) {
            return true;
        }
        int end = from;
        while (end < n && asciiLetterOrDigit(Folded.key(raw.charAt(end)))) {
            end++;
        }
        if (end < n && (raw.charAt(end) >= 0x80
                || ((raw.charAt(end) == '.' || raw.charAt(end) == ')') && itemLike(raw, from, end)))) {
            return true;
        }
        for (String label : labels) {
            int common = Math.min(label.length(), end - from);
            int i = 0;
            while (i < common && label.charAt(i) == Folded.key(raw.charAt(from + i))) {
                i++;
            }
            if (i == common) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first char that is not an ASCII non-letter (the raw text's length if none). */
    private static int firstLetter(String raw) {
        int i = 0;
        while (i < raw.length() && raw.charAt(i) < 0x80 && !asciiLetter(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the word may be an item number of {@link #LEADING_NUMBER} and {@link Folded#labelEnd}: "b", "iv". */
    private static boolean itemLike(String raw, int from, int to) {
        char first = Folded.key(raw.charAt(from));
        if (to - from == 1 && first >= 'a' && first <= 'h') {
            return true;
        }
        for (int i = from; i < to; i++) {
            if ("ivx".indexOf(Folded.key(raw.charAt(i))) < 0) {
                return false;
            }
        }
        return to - from <= 4;
    }

    /**
     * Whether the text's first {@value #START_CHARS} chars, the least that a cut start reads, keep at least
     * {@code length} chars from the first letter on once normalised: visible ASCII chars and chars folding to
     * ASCII letters are each kept as one char of the key.
     */
    private static boolean keepsAtLeast(String raw, int length) {
        int kept = 0;
        for (int i = firstLetter(raw); i < Math.min(raw.length(), START_CHARS) && kept < length; i++) {
            char c = raw.charAt(i);
            if ((c > ' ' && c < 0x7F) || asciiLetter(Folded.key(c))) {
                kept++;
            }
        }
        return kept >= length;
    }

    private static boolean asciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** For folded chars, which are lower case. */
    private static boolean asciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static TextNode firstText(Element e) {
        return firstText(e, true);
    }

    /**
     * The element's first text that is not blank, else null; null too when an element whose texts are passed
     * over comes before it and {@code passSkipped} is false.
     */
    private static TextNode firstText(Element e, boolean passSkipped) {
        for (Node n = e.childNodeSize() > 0 ? e.childNode(0) : null; n != null; ) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return t;
            }
            boolean skipped = n instanceof Element el && SKIPPED.contains(el.normalName());
            if (skipped && !passSkipped) {
                return null;
            }
            if (n.childNodeSize() > 0 && !skipped) {
                n = n.childNode(0);
                continue;
            }
            while (n != null && n != e && n.nextSibling() == null) {
                n = n.parent();
            }
            n = n == null || n == e ? null : n.nextSibling();
        }
        return null;
    }

    /** The end of the first word: the first char that is neither a letter nor an ASCII digit. */
    private static int firstWordEnd(String key) {
        int i = 0;
        while (i < key.length()) {
            int c = key.codePointAt(i);
            if (!Character.isLetter(c) && (c < '0' || c > '9')) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static String valueOf(Element label, String rest) {
        if (!rest.isEmpty()) {
            return cap(rest);
        }
        Element e = label;
        for (int depth = 0; depth < 4 && e != null; depth++) {
            String next = following(e);
            if (!next.isBlank()) {
                return cap(Folded.of(next).text());
            }
            if (CELLS.contains(e.normalName())) {
                // an empty value cell is an empty value: the next row's label is not this field's value
                return "";
            }
            Element parent = e.parent();
            if (parent == null || !Folded.of(parent.text()).text().equals(Folded.of(e.text()).text())) {
                break;
            }
            e = parent;
        }
        return "";
    }

    /** Text after the element: the next cell of a row, the dd of a dt, or the following siblings of a block. */
    private static String following(Element e) {
        String tag = e.normalName();
        if (tag.equals("td") || tag.equals("th") || tag.equals("dt")) {
            Element next = e.nextElementSibling();
            if (tag.equals("th") && (next == null || next.normalName().equals("th"))) {
                return column(e);
            }
            return next == null ? "" : next.text();
        }
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (Node n = e.nextSibling(); n != null && taken < 8; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                out.append(t.text());
            } else if (n instanceof Element sibling) {
                if (HEADINGS.contains(sibling.normalName()) || (HEADINGS.contains(tag) && sibling.normalName().equals(tag))) {
                    break;
                }
                out.append(' ').append(sibling.text()).append(' ');
                taken++;
            }
        }
        return out.toString();
    }

    /** The cells below a header cell: its column in the following rows of the same table. */
    private static String column(Element th) {
        Element row = th.parent();
        int index = th.elementSiblingIndex();
        StringBuilder out = new StringBuilder();
        Element table = th.closest(Css.of("table"));
        if (row == null || table == null) {
            return "";
        }
        boolean below = false;
        for (Element tr : table.select(Css.of("tr"))) {
            if (tr == row) {
                below = true;
            } else if (below && tr.closest(Css.of("table")) == table) {
                Element cell = HeaderTable.cell(tr, index);
                if (cell != null) {
                    out.append(cell.text()).append(' ');
                }
            }
        }
        return out.toString();
    }

    private static String cap(String s) {
        return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE);
    }
}
