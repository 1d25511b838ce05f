package vn.minhbach.extract;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.minhbach.html.Recent;
import vn.minhbach.model.Via;

/**
 * What one crawled page contributed to the checklist: facts read once from its jsoup document, small and
 * free of DOM references, so that a whole site's facts fit in memory. Every list is bounded.
 *
 * @param url            the URL as linked
 * @param finalUrl       the URL after redirects
 * @param depth          link hops from the home page
 * @param title          the document title
 * @param heading        the first h1, or null
 * @param headings       h1-h3 texts in document order
 * @param breadcrumb     the breadcrumb trail, outermost first
 * @param date           the page's own publication date (meta, time element, "Ngày đăng", date near the title), or null
 * @param links          links whose text names a checklist topic, or that point into the e-procurement system
 * @param entries        dated list rows found by shape: a link with a substantial text and a date in the same row
 * @param selected       rows found with an item's configured selectors, by item id (only on that item's URLs)
 * @param formLabels     placeholders, labels and button texts of the page's forms
 * @param contact        hotlines, phones, e-mails, focal officials and footer facts
 * @param procedureRows  administrative procedures listed on the page
 * @param procedure      the procedure this page details, or null
 * @param qa             question-and-answer pairs on the page
 * @param legalDocs      legal-document rows on the page
 * @param searchForm     the page has a site search form
 * @param mobileViewport the page declares a mobile viewport
 * @param appShell       the page is an empty JavaScript application shell: its content was not seen
 * @param scriptLists    the page's scripts build lists from data they load ({@link vn.minhbach.html.ScriptLists}): lists may be
 *                       missing from its HTML
 * @param via            how the facts were read: the HTML, the rendered page, or a JSON answer its scripts loaded
 * @param unrendered     why a page whose scripts carry its content was not read in a browser, or null
 * @param documents      links to documents (PDF, DOC/DOCX, XLS/XLSX, ODT), with the row they sit in
 * @param failures       the parts of the page that could not be read, each as "part: error" (markup no rule
 *                       foresaw); those parts are empty, the others read as usual
 */
public record PageFacts(URI url, URI finalUrl, int depth, Label title, Label heading, List<Label> headings,
                        List<Label> breadcrumb, LocalDate date, List<Link> links, List<Entry> entries,
                        Map<String, List<Entry>> selected, List<Label> formLabels, ContactFacts contact,
                        List<ProcedureRow> procedureRows, ProcedureFacts procedure, List<QaPair> qa,
                        List<LegalDocRow> legalDocs, boolean searchForm, boolean mobileViewport,
                        boolean appShell, boolean scriptLists, Via via, String unrendered,
                        List<Attachment> documents, List<String> failures) {
    public PageFacts {
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
        headings = List.copyOf(headings);
        breadcrumb = List.copyOf(breadcrumb);
        links = List.copyOf(links);
        entries = List.copyOf(entries);
        if (selected.isEmpty()) {
            selected = Map.of();
        } else {
            Map<String, List<Entry>> copy = new LinkedHashMap<>();
            selected.forEach((id, rows) -> copy.put(id, List.copyOf(rows)));
            selected = Collections.unmodifiableMap(copy);
        }
        formLabels = List.copyOf(formLabels);
        procedureRows = List.copyOf(procedureRows);
        qa = List.copyOf(qa);
        legalDocs = List.copyOf(legalDocs);
    }

    /** True when the page was linked as, or redirected to, the given address. */
    public boolean isAt(URI address) {
        return Uris.same(url, address) || Uris.same(finalUrl, address);
    }

    /** The name people see for the page: its h1, else its title. */
    public String displayTitle() {
        return heading != null && !heading.text().isBlank() ? heading.text() : title.text();
    }

    /** The labels that name the page itself: title, h1 and the last breadcrumb step. */
    public List<Label> ownLabels() {
        List<Label> labels = new ArrayList<>(3);
        labels.add(title);
        if (heading != null) {
            labels.add(heading);
        }
        if (!breadcrumb.isEmpty()) {
            labels.add(breadcrumb.get(breadcrumb.size() - 1));
        }
        return labels;
    }

    /** A piece of visible text with its match key (see {@link Keys}). */
    public record Label(String text, String key) {
        static final Label EMPTY = new Label("", Keys.EMPTY);

        /** Menus, footers and list headings give the same labels on every page: each thread keeps the last ones. */
        private static final Recent<Label> RECENT = new Recent<>(4096, 300);

        public static Label of(String text) {
            return text == null ? compute(null) : RECENT.get(text, Label::compute);
        }

        private static Label compute(String text) {
            String clean = Texts.clean(text, 200);
            return clean.isEmpty() ? EMPTY : new Label(clean, Keys.of(clean));
        }

        // Written out, giving what the generated ones give: the labels of every page are hashed and compared to
        // keep one copy of each, and the generated methods call through method handles, slow unless the
        // optimising compiler inlines them (the launcher runs the JVM without it).
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Label other && Objects.equals(text, other.text)
                    && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(text) + Objects.hashCode(key);
        }
    }

    /** A link: its visible text (or title attribute) and its absolute target. */
    public record Link(Label text, URI href) {
        // written out for the reason Label's are
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Link other && Objects.equals(text, other.text)
                    && Objects.equals(href, other.href);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(text) + Objects.hashCode(href);
        }
    }

    /**
     * A link to a document file, whose own text is often generic ("Tải về", a file icon, a bare số ký hiệu).
     *
     * @param text the link's text, or an image's alt or title
     * @param href the file's absolute address
     * @param row  the text of the table row or list entry it sits in, without the link's own text, or null
     * @param date the date shown in that row, or null
     */
    public record Attachment(Label text, URI href, Label row, LocalDate date) {
    }

    /**
     * A list row: a post, a document, a notice.
     *
     * @param title   the row's link text
     * @param link    where the row links to, or null
     * @param date    the date shown in the row, or null
     * @param context the key of the heading of the block the row sits in, or null
     */
    public record Entry(Label title, URI link, LocalDate date, String context) {
    }
}
