package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import vn.minhbach.extract.PageFacts.Attachment;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.html.FileLinks;
import vn.minhbach.html.LinkNames;

/**
 * The links of a page to document files, each with the row it sits in: a list of reports often shows the
 * title and date in the row and only "Tải về" or a file icon on the link itself.
 */
final class DocumentLinks {
    /** Cheap test before resolving an address: its text names a document extension somewhere. */
    private static final Pattern MAY_NAME_FILE = Pattern.compile("(?i)\\.(pdf|docx?|xlsx?|odt)\\b");
    private static final Evaluator LINKS = Css.of("a[href]");
    private static final Evaluator ROW = Css.of("tr, li");
    private static final int MAX_LEVELS = 6;
    private static final int MAX_ROW_TEXT = 400;

    private DocumentLinks() {
    }

    /** The page's distinct document links in document order, at most {@code max}. */
    static List<Attachment> find(Document doc, int max) {
        List<Attachment> found = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        for (Element a : PageMemo.of(doc).elements()) {
            if (found.size() >= max) {
                break;
            }
            // The selector last: most elements are no link, and most links name no file.
            if (!a.nameIs("a")) {
                continue;
            }
            String address = a.attr("href");
            if (address.indexOf('.') < 0 || !MAY_NAME_FILE.matcher(address).find() || !LINKS.matches(doc, a)) {
                continue;
            }
            URI href = Uris.parse(Uris.absoluteHref(a));
            if (href == null || !FileLinks.isDocument(href) || !seen.add(href)) {
                continue;
            }
            String text = Texts.clean(LinkNames.accessible(a), 300);
            Element row = rowOf(a);
            Label rowText = null;
            LocalDate date = null;
            if (row != null) {
                String all = Texts.clean(row.text(), MAX_ROW_TEXT);
                String rest = text.isEmpty() ? all : all.replace(text, " ");
                rowText = Label.of(rest);
                rowText = rowText.text().isEmpty() ? null : rowText;
                date = EntryFinder.dateOutside(row, text);
            }
            found.add(new Attachment(Label.of(text), href, rowText, date));
        }
        return found;
    }

    /** The table row or list entry the link sits in, or null. */
    private static Element rowOf(Element a) {
        Element current = a.parent();
        for (int level = 0; current != null && level < MAX_LEVELS; level++) {
            if (current.is(ROW)) {
                return current;
            }
            String tag = current.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("body") || tag.equals("table") || tag.equals("ul") || tag.equals("ol")) {
                return null;
            }
            current = current.parent();
        }
        return null;
    }
}
