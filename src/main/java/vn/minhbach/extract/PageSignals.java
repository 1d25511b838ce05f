package vn.minhbach.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.text.VietDates;

/** Page-level facts read from a document: its own date, breadcrumb, forms, viewport, app-shell state. */
public final class PageSignals {
    /** A form label cell is a few words ("Ngày ban hành:"); a longer cell is text beside the form. */
    private static final int MAX_LABEL_CELL = 60;
    /** Forms nest layout tables a level or two deep around a control. */
    private static final int MAX_NESTED_CELLS = 3;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|ngay|publish|created|posted|thoigian|thoi-gian");
    private static final Synonyms DATE_LABELS = Synonyms.of("ngày đăng", "ngày đăng bài", "ngày xuất bản",
            "đăng lúc", "đăng ngày", "thời gian đăng", "ngày ban hành", "ngày gửi", "publish date", "published",
            "posted on", "date posted", "ngày tạo");
    /** Many portals print only when a post was last saved: "Cập nhật lúc 08:30, Thứ Hai, 24/12/2022". */
    private static final Synonyms UPDATED_LABELS = Synonyms.of("cập nhật", "ngày cập nhật", "updated",
            "last modified", "modified");
    /** A banner's or header's date outside the page's article is the day's date, not the page's. */
    private static final Evaluator ARTICLE = QueryParser.parse("article, main, [role=main]");
    private static final Synonyms SEARCH_WORDS = Synonyms.of("tìm kiếm", "search", "từ khóa", "từ khoá");
    private static final Pattern SEARCH_NAME = Pattern.compile(
            "(?i)^(q|s|k|query|keyword|keywords|tukhoa|searchtext|search|txtsearch|key|searchkeyword)$");
    private static final Evaluator PUBLISHED_META = QueryParser.parse("meta[property=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], "
            + "meta[name=DC.date.issued], meta[name=date]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator TRAIL = QueryParser.parse("[class~=(?i)breadcrumb], [id~=(?i)breadcrumb], "
            + "[aria-label~=(?i)breadcrumb], [itemtype~=BreadcrumbList], "
            + "[class~=(?i)(duong-?dan|duongdan|path-?bar|navigation-path|^path$|^pathway$)]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");
    private static final Set<String> FIELD_TAGS = Set.of("input", "button", "label", "select", "textarea");
    private static final Evaluator FIELDS = QueryParser.parse("form input:not([type=hidden]), form button, "
            + "form label, form select, form textarea, input[placeholder]");
    private static final Evaluator INPUT = QueryParser.parse("input");
    private static final Evaluator FORM = QueryParser.parse("form");
    private static final Evaluator SEARCH_BOX = QueryParser.parse("input[type=search], form[role=search], "
            + "[role=search] input");
    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[»›>/|\\s]+");
    private static final String[] TRAIL_ATTRIBUTES = {"class", "id", "aria-label", "itemtype"};
    private static final Evaluator NAV_OR_FOOTER = QueryParser.parse("nav, footer");
    private static final int MAX_TRAIL_LINKS = 8;
    private static final int MAX_TRAIL_TEXT = 300;
    private static final String TRAIL_SEPARATORS = ">»›";
    /** A trail's own text: short steps, each followed by a separator ("Trang chủ &gt; Tin tức &gt;"). */
    private static final Pattern STEPS = Pattern.compile("([^<>»›|]{1,40}\\s*[>»›]\\s*){1,12}");
    private static final Evaluator SITE_CHROME = QueryParser.parse("header, nav, footer, [role=banner], [role=navigation]");

    private PageSignals() {
    }

    /**
     * The page's own heading, by its place rather than its markup: the first h1 outside the site's banner,
     * navigation and footer ({@link Chrome}); else the first h1-h3 outside them whose text the document title
     * repeats (Liferay's portlet title, DNN's module title, SharePoint's title area); else the first h1-h3 of
     * the main content region ({@code main}, {@code [role=main]}, {@code article}); else the first h1. Null
     * when the page has no heading. A banner h1 that names the site on every page is left out of the page's
     * name at the site's level ({@code check.PageNames}).
     */
    public static Element heading(Document doc) {
        // one pass over the page's elements for both lists: the h1s are among the headings
        List<Element> headings = PageMemo.of(doc).elements(e -> HEADINGS.matches(doc, e));
        List<Element> h1s = headings.stream().filter(h -> H1.matches(doc, h)).toList();
        for (Element h : h1s) {
            if (!h.text().isBlank() && !Chrome.holds(h)) {
                return h;
            }
        }
        String title = Label.of(doc.title()).key();
        if (!title.isBlank()) {
            for (Element h : headings) {
                String key = Label.of(h.text()).key();
                if (key.strip().length() > 3 && !Chrome.holds(h) && title.contains(key)) {
                    return h;
                }
            }
        }
        for (Element h : headings) {
            if (!h.text().isBlank() && h.closest(ARTICLE) != null && !Chrome.holds(h)) {
                return h;
            }
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /**
     * The date shown with the page itself, in order of trust: publishing metadata, a {@code <time datetime>},
     * a date after a publication label ("Ngày đăng", "Đăng lúc", "Publish date"), a date in an element styled as
     * a date (not the banner's date of the day), and only then a date after "Cập nhật lúc" / "Updated", which
     * many portals print as their only date. A date introduced by "cập nhật", "hiệu lực" or "hôm nay" is never
     * taken as a publication label's date (checklist "Small rules"). Never the HTTP Last-Modified header.
     */
    static LocalDate date(Document doc) {
        // one pass finds both kinds of stamp; the publishing metadata is trusted before any <time>
        List<Element> stamps = PageMemo.of(doc).elements(e -> (e.nameIs("meta") || e.nameIs("time"))
                && (PUBLISHED_META.matches(doc, e) || TIME.matches(doc, e)));
        for (Element meta : stamps) {
            LocalDate date = PUBLISHED_META.matches(doc, meta) ? iso(meta.attr("content")) : null;
            if (date != null) {
                return date;
            }
        }
        for (Element time : stamps) {
            LocalDate date = TIME.matches(doc, time) ? iso(time.attr("datetime")) : null;
            if (date != null) {
                return date;
            }
        }
        LocalDate labelled = null;
        LocalDate styled = null;
        LocalDate updated = null;
        // menus and footers are left out whole; a date has a digit, so an element whose own text has none is
        // passed without building that text
        for (Element element : Walk.all(doc.body(), e -> NAV_OR_FOOTER.matches(doc, e),
                ElementTexts::ownTextHasDigit)) {
            if (labelled != null) {
                break; // the most trusted of the three: nothing after it is taken
            }
            String own = element.ownText();
            if (own.length() > 160) {
                continue;
            }
            String key = Keys.of(own); // both kinds of label are looked for in the same key
            if (labelled == null && DATE_LABELS.matches(key)) {
                labelled = StatedDates.firstPublished(Texts.clean(element.text(), 200));
            }
            if (updated == null && UPDATED_LABELS.matches(key)) {
                updated = firstDate(Texts.clean(element.text(), 200));
            }
            if (styled == null && (DATE_CLASS.matcher(element.className()).find()
                    || DATE_CLASS.matcher(element.id()).find())
                    && (element.closest(SITE_CHROME) == null || element.closest(ARTICLE) != null)) {
                styled = StatedDates.firstPublished(own);
            }
        }
        return labelled != null ? labelled : styled != null ? styled : updated;
    }

    private static LocalDate firstDate(String text) {
        return VietDates.findAll(text).stream().filter(d -> d.getYear() >= 1990).findFirst().orElse(null);
    }

    private static LocalDate iso(String value) {
        Matcher m = ISO_DATE.matcher(value == null ? "" : value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The breadcrumb steps, outermost first; split on "»", "›", ">" and "/" when the trail is one text. Old
     * ASP.NET portals and Joomla name the trail's block "path" or "pathway".
     */
    static List<Label> breadcrumb(Document doc) {
        Element trail = null;
        for (Element e : PageMemo.of(doc).elements()) {
            if (mayBeTrail(e) && TRAIL.matches(doc, e)) {
                trail = e;
                break;
            }
        }
        if (trail == null) {
            trail = separatedTrail(doc);
        }
        if (trail == null) {
            return List.of();
        }
        List<String> steps = new ArrayList<>();
        for (Element step : trail.select(Css.of("li, a, span"))) {
            if (step.children().isEmpty() || step.tagName().equals("a")) {
                String text = Texts.clean(step.text(), 120);
                if (!text.isEmpty() && !SEPARATORS_ONLY.matcher(text).matches() && !steps.contains(text)) {
                    steps.add(text);
                }
            }
        }
        if (steps.size() <= 1) {
            steps = Arrays.stream(Texts.clean(trail.text(), 400).split("[»›>/|]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return steps.stream().limit(8).map(Label::of).toList();
    }

    /**
     * Cheap test before the trail's selector, which runs a pattern on each of four attributes: every one of its
     * patterns needs "breadcrumb", "path" or "dan" in one of them, whatever the case. It is asked of most elements
     * of a page before the trail: the values are read straight from the attributes ({@link Element#attr} of
     * these names gives the same), and one with no 'a' (no char but 'A' lower-cases to it), as most are, holds
     * none of the words and is not lower-cased.
     */
    private static boolean mayBeTrail(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        Attributes attributes = element.attributes();
        for (String attribute : TRAIL_ATTRIBUTES) {
            String value = attributes.getIgnoreCase(attribute);
            if (value.indexOf('a') < 0 && value.indexOf('A') < 0) {
                continue;
            }
            value = value.toLowerCase(Locale.ROOT);
            if (value.contains("breadcrumb") || value.contains("path") || value.contains("dan")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trail without a breadcrumb class: links separated by "»" or "›" (vbpl.vn's box-map, many DNN skins), or
     * a line of short steps separated by "&gt;" whose last steps are links ("Trang chủ &gt; <a>Chuyên mục</a>",
     * ASP.NET portals' path line).
     */
    private static Element separatedTrail(Document doc) {
        for (Element element : doc.body().getAllElements()) {
            // a trail's own text holds a separator; most elements' own texts hold none, and are not built
            if (!ElementTexts.ownTextHasAny(element, TRAIL_SEPARATORS)) {
                continue;
            }
            String own = element.ownText().strip();
            if (own.equals("»") || own.equals("›")) {
                Element list = element.closest(Css.of("ul, ol, nav, p, div"));
                while (list != null && list.select(Css.of("a[href]")).size() < 2) {
                    list = list.parent() == null ? null : list.parent().closest(Css.of("ul, ol, nav, p, div"));
                }
                if (list != null && list.select(Css.of("a[href]")).size() <= MAX_TRAIL_LINKS) {
                    return list;
                }
            } else if (own.length() <= MAX_TRAIL_TEXT // STEPS recurses once a step: a trail's length at most
                    && STEPS.matcher(own).matches() && endsWithLink(element)
                    && element.select(Css.of("a[href]")).size() <= MAX_TRAIL_LINKS
                    && element.text().length() <= MAX_TRAIL_TEXT) {
                return element;
            }
        }
        return null;
    }

    private static boolean endsWithLink(Element element) {
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            org.jsoup.nodes.Node node = element.childNode(i);
            if (node instanceof org.jsoup.nodes.TextNode t && t.isBlank()) {
                continue;
            }
            return node instanceof Element e && (e.normalName().equals("a") || e.selectFirst(Css.of("a[href]")) != null);
        }
        return false;
    }

    /** Placeholders, labels, button texts and titles inside forms and search boxes (bounded). */
    static List<Label> formLabels(Document doc, int max) {
        List<Label> labels = new ArrayList<>();
        // every alternative of the selector names one of these tags: other elements are passed at once
        for (Element field : PageMemo.of(doc).elements(e -> FIELD_TAGS.contains(e.normalName()) && e.is(FIELDS))) {
            List<String> texts = new ArrayList<>(List.of(field.attr("placeholder"), field.attr("aria-label"),
                    field.attr("title"), ownText(field)));
            texts.addAll(labelCells(field));
            for (String text : texts) {
                Label label = Label.of(text);
                if (!label.text().isEmpty() && labels.size() < max && !labels.contains(label)) {
                    labels.add(label);
                }
            }
        }
        return labels;
    }

    /** What a control shows itself: an input's value, a button's or label's text; a list's options are not labels. */
    private static String ownText(Element field) {
        return switch (field.normalName()) {
            case "input" -> field.attr("value");
            case "select", "textarea" -> "";
            default -> field.text();
        };
    }

    /**
     * The texts of the cells before a control's cell, and before the cells around it, which name it in forms
     * laid out as tables or definition lists ({@code <td>Ngày ban hành:</td><td><table>…<td>từ:</td><td><input>});
     * only short texts with no control of their own.
     */
    private static List<String> labelCells(Element field) {
        if (field.normalName().equals("label") || field.normalName().equals("button")) {
            return List.of();
        }
        List<String> labels = new ArrayList<>(2);
        Element cell = field.closest(Css.of("td, dd"));
        for (int depth = 0; cell != null && depth < MAX_NESTED_CELLS; depth++) {
            Element before = cell.previousElementSibling();
            if (before != null && before.select(Css.of("input, select, textarea")).isEmpty()
                    && before.text().length() <= MAX_LABEL_CELL) {
                labels.add(before.text());
            }
            cell = cell.parent() == null ? null : cell.parent().closest(Css.of("td, dd"));
        }
        return labels;
    }

    /** A site search: a search input, a query field name, or a form whose words say "tìm kiếm". */
    static boolean searchForm(Document doc) {
        // one pass finds the inputs and forms that the three tests read
        List<Element> inputsAndForms = PageMemo.of(doc).elements(e -> INPUT.matches(doc, e) || FORM.matches(doc, e));
        for (Element element : inputsAndForms) {
            if (element.is(SEARCH_BOX)) {
                return true;
            }
        }
        for (Element input : inputsAndForms) {
            if (INPUT.matches(doc, input) && (SEARCH_NAME.matcher(input.attr("name")).matches()
                    || SEARCH_WORDS.matchesText(input.attr("placeholder"))
                    || SEARCH_WORDS.matchesText(input.attr("title"))
                    || SEARCH_WORDS.matchesText(input.attr("aria-label")))) {
                return true;
            }
        }
        for (Element form : inputsAndForms) {
            if (!FORM.matches(doc, form)) {
                continue;
            }
            String action = form.attr("action").toLowerCase(java.util.Locale.ROOT);
            if (action.contains("search") || action.contains("timkiem") || action.contains("tim-kiem")) {
                return true;
            }
        }
        return false;
    }

    static boolean mobileViewport(Document doc) {
        Element viewport = doc.selectFirst(Css.of("meta[name=viewport]"));
        return viewport != null && viewport.attr("content").toLowerCase(java.util.Locale.ROOT)
                .replace(" ", "").contains("width=device-width");
    }
}
