package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.minhbach.extract.PageFacts.Entry;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.html.LinkNames;
import vn.minhbach.text.DocumentNumbers;
import vn.minhbach.text.VietDates;

/**
 * Finds dated list rows by their shape, whatever the CMS: a link with a substantial text and a date in the
 * same row (a list item, a table row, a card, a Liferay asset entry, a SharePoint row). The row is the
 * largest ancestor of the link that holds no other post link; the date is one shown in the row outside the
 * link text. Each row also remembers the heading of the block it sits in, so a home-page block titled
 * "Thuế và cuộc sống" keeps its posts.
 */
final class EntryFinder {
    private static final int MAX_LEVELS = 6;
    private static final int MAX_ROW_TEXT = 1200;
    private static final Pattern ROW_CLASS = Pattern.compile(
            "(?i)(^|[-_ ])(item|row|news|post|card|entry|media|story|asset|article|result|tin|list-group-item)"
                    + "($|[-_ ])");
    private static final Pattern HEADING_CLASS = Pattern.compile(
            "(?i)(title|heading|header|caption|tieude|tieu-de|tieu_de)$|^(title|heading|header|tieude)");

    private static final Element NONE = new Element("none");
    private static final Evaluator NAV = QueryParser.parse("nav");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");

    private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]|header|caption|legend");
    /** A text that is only a date, perhaps with a time or in brackets: "(13/7/2026)", "20-03-2026 08:15". */
    private static final Pattern DATE_ONLY = Pattern.compile("[\\s(\\[]*\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}"
            + "(?:\\s*[-,]?\\s*\\d{1,2}[:h]\\d{2}(?::\\d{2})?)?[\\s)\\]]*");
    private static final int MAX_DATE_CELL = 24;
    /** Text a heading's wrapper may add to it: a "Xem thêm" link, an arrow, a count. */
    private static final int MAX_HEADING_EXTRA = 20;

    private final Map<Element, Element> headings = new IdentityHashMap<>();
    /** Each heading's key, made once: every row of a list asks for the same heading. */
    private final Map<Element, String> headingKeys = new IdentityHashMap<>();
    /** Each link's text, read once: a link is looked at again for every ancestor tried as its row. */
    private final Map<Element, String> linkTexts = new IdentityHashMap<>();
    private final Map<Element, String> absoluteHrefs = new IdentityHashMap<>();
    /**
     * Per ancestor, whether it is too big to be one row: it holds two post links or a long text. The
     * ancestors of a list's links are the same for every link, so each is measured once.
     */
    private final Map<Element, Boolean> tooBig = new IdentityHashMap<>();

    private EntryFinder() {
    }

    static List<Entry> find(Document doc, int max) {
        return new EntryFinder().rows(doc, max);
    }

    /** True for a link text long enough to be a post or document title, not "Xem thêm" or a menu word. */
    static boolean substantial(String text) {
        return text.length() >= 15 && words(text.strip()) >= 3;
    }

    /** How many words a stripped text has, counted up to 3: runs of ASCII whitespace ({@code \s}) part them. */
    private static int words(String stripped) {
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < stripped.length() && words < 3; i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    private List<Entry> rows(Document doc, int max) {
        List<Entry> entries = new ArrayList<>();
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a : linksOutsideNav(doc.body())) {
            if (entries.size() >= max) {
                break;
            }
            String text = cachedLinkText(a);
            if (!substantial(text)) {
                continue;
            }
            URI href = Uris.parse(absoluteHref(a));
            if (href == null) {
                continue;
            }
            Element row = rowOf(a);
            if (row == null || !seen.add(row)) {
                continue;
            }
            LocalDate date = dateOutside(row, text);
            if (date != null) {
                entries.add(new Entry(Label.of(text), href, date, context(row)));
            }
        }
        return entries;
    }

    /**
     * The links of the body in document order, those of its menus ({@code nav}) left out: a menu link is never
     * a row, and a menu's subtree is not walked at all.
     */
    private static List<Element> linksOutsideNav(Element body) {
        return Walk.all(body, e -> NAV.matches(body, e), e -> LINKS.matches(body, e));
    }

    /**
     * What the link says ({@link LinkNames#of}): its text, else its attributes' or image's name, else the words
     * of its address, so that a banner whose {@code alt} is empty still names the section it opens.
     */
    static String linkText(Element a) {
        return Texts.clean(LinkNames.of(a), 300);
    }

    /**
     * A row's title is the link's accessible name without the address fallback: a thumbnail's file name is
     * not a post's title, and a row keeps the title its text link shows.
     */
    private String cachedLinkText(Element a) {
        return linkTexts.computeIfAbsent(a, link -> Texts.clean(LinkNames.accessible(link), 300));
    }

    /** A link is looked at again for every ancestor tried as its row: its address is resolved once. */
    private String absoluteHref(Element a) {
        return absoluteHrefs.computeIfAbsent(a, Uris::absoluteHref);
    }

    /** The largest ancestor of the link (preferring row-like ones) that holds no other post link. */
    private Element rowOf(Element a) {
        Element best = null;
        Element rowLike = null;
        Element current = a.parent();
        for (int level = 0; current != null && level < MAX_LEVELS; level++) {
            String tag = current.tagName();
            if (tag.equals("body") || tag.equals("html") || tooBig.computeIfAbsent(current, this::tooBigForRow)) {
                break;
            }
            best = current;
            if (isRowLike(current)) {
                rowLike = current;
            }
            current = current.parent();
        }
        return rowLike != null ? rowLike : best;
    }

    private boolean tooBigForRow(Element element) {
        return postTargets(element) > 1 || ElementTexts.textLongerThan(element, MAX_ROW_TEXT);
    }

    private static boolean isRowLike(Element element) {
        String tag = element.tagName();
        return tag.equals("li") || tag.equals("tr") || tag.equals("article") || tag.equals("dd")
                || ROW_CLASS.matcher(element.className()).find();
    }

    private int postTargets(Element element) {
        Set<String> targets = new HashSet<>();
        for (Element link : Walk.all(element, e -> false, e -> LINKS.matches(element, e))) {
            if (substantial(cachedLinkText(link))) {
                targets.add(absoluteHref(link));
                if (targets.size() > 1) {
                    break;
                }
            }
        }
        return targets.size();
    }

    /**
     * The row's date: one standing alone in a cell or element of its own (a date column, a date badge), else
     * the first date shown outside the given title text that no cited document claims ("bãi bỏ Quyết định số
     * 90/2025/QĐ-UBND ngày 24/8/2025" dates the repealed decision, not the row); null when there is none.
     */
    static LocalDate dateOutside(Element row, String linkText) {
        LocalDate own = ownDateCell(row);
        if (own != null) {
            return own;
        }
        String text = Texts.clean(row.text(), MAX_ROW_TEXT);
        int at = text.indexOf(linkText);
        String rest = at < 0 ? text : text.substring(0, at) + " " + text.substring(at + linkText.length());
        if (DocumentNumbers.first(rest).isPresent()) {
            LocalDate uncited = RowDates.issued(rest, null);
            return uncited == null || uncited.getYear() < 1990 ? null : uncited;
        }
        return VietDates.findAll(rest).stream().filter(d -> d.getYear() >= 1990).findFirst().orElse(null);
    }

    /** A date that is the whole text of an element of the row, outside any link. */
    private static LocalDate ownDateCell(Element row) {
        for (Element e : row.getAllElements()) {
            // a date cell's text has a digit: that is known before its ancestors are looked at
            // (childrenSize would build and keep the list of the children of every element asked)
            if (e == row || e.firstElementChild() != null || !ElementTexts.ownTextHasDigit(e)
                    || e.closest(LINKS) != null) {
                continue;
            }
            String text = e.ownText();
            if (text.length() <= MAX_DATE_CELL && DATE_ONLY.matcher(text).matches()) {
                LocalDate date = VietDates.first(text).orElse(null);
                if (date != null && date.getYear() >= 1990) {
                    return date;
                }
            }
        }
        return null;
    }

    /** The key of the nearest heading that precedes the row or one of its ancestors, or null. */
    private String context(Element row) {
        Element current = row;
        for (int level = 0; level < MAX_LEVELS && current.parent() != null; level++) {
            Element parent = current.parent();
            if (parent.tagName().equals("body")) {
                return null;
            }
            String heading = headingBefore(parent, current);
            if (heading != null) {
                return heading;
            }
            current = parent;
        }
        return null;
    }

    private String headingBefore(Element parent, Element child) {
        Element heading = headings.computeIfAbsent(parent, EntryFinder::firstHeadingChild);
        if (heading == NONE || heading.siblingIndex() >= child.siblingIndex()) {
            return null;
        }
        return headingKeys.computeIfAbsent(heading, h -> Keys.of(h.text()));
    }

    private static Element firstHeadingChild(Element parent) {
        for (Element child : parent.children()) {
            if (isHeading(child)) {
                return child;
            }
        }
        return NONE;
    }

    private static boolean isHeading(Element element) {
        // a row is asked first, without its text: a list's parent holds dozens of rows, each with a date
        if (isRowLike(element)) {
            return false;
        }
        String text = element.text();
        if (text.isBlank() || text.length() > 100 || !VietDates.findAll(text).isEmpty()) {
            return false;
        }
        String tag = element.tagName();
        if (HEADING_TAG.matcher(tag).matches()
                || element.classNames().stream().anyMatch(c -> HEADING_CLASS.matcher(c).find())) {
            return true;
        }
        // A wrapper around a heading is one ("<div><h3>Thuế và cuộc sống</h3> Xem thêm</div>"); a module that
        // holds a heading and a menu under it ("Chuyên mục" over links to each section) is a block of its own:
        // its links' words do not name the rows of the blocks after it.
        Element inner = element.selectFirst(HEADINGS);
        return inner != null && text.length() - inner.text().length() <= MAX_HEADING_EXTRA;
    }
}
