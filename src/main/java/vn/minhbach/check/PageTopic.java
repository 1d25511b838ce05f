package vn.minhbach.check;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Vocabulary;

/**
 * What a page is about, by its own labels, so that a page is evidence for an item only when it is about that
 * item (docs/extraction.md "Which pages are evidence"). A page's own labels are its breadcrumb, the parts of
 * its title and its h1; the words of its body are not labels. A page whose own labels name a topic of another
 * family ({@link Vocabulary#family}: documents, questions, contacts, services) and none of the item's family
 * (a Q&amp;A page "Hỏi đáp" for a list of documents) is about that other topic: a question there that mentions
 * investment does not make it the investment-project list. Portals cross-post documents between their document
 * sections (a budget report under "Kế hoạch"), so within one family a page's labels rule nothing out. Labels
 * are read in order of trust, breadcrumb first: the first kind that names any topic decides. A title part
 * that most pages of the site repeat ("Sở Kế hoạch và Đầu tư") is the site's name, not the page's label.
 */
final class PageTopic {
    /** A label longer than this is a post's title, not a section's name. */
    private static final int MAX_NAME_WORDS = 8;

    private final PageNames siteNames;
    /** Each page's own title parts, read once: every item asks for them, page by page. */
    private final Map<PageFacts, List<Label>> titles = new IdentityHashMap<>();
    /** The topics each page's labels name, read once likewise ({@link #topicsNamed}). */
    private final Map<PageFacts, List<Topic>> named = new IdentityHashMap<>();

    private PageTopic(PageNames siteNames, List<PageFacts> pages) {
        this.siteNames = siteNames;
        for (PageFacts page : pages) {
            titles.put(page, readTitle(page));
            named.put(page, topicsNamed(page));
        }
    }

    /**
     * The last site's reader: every item of an audit asks for the same site's, from threads of their own, and the
     * first builds it while the others wait. The pages are held weakly, so a finished audit's pages are not kept
     * for it.
     */
    private static Cached last;

    private record Cached(WeakReference<List<PageFacts>> pages, PageTopic reader) {
    }

    /** The reader for one site: it learns the site's name from the titles of its pages. */
    static synchronized PageTopic of(SiteView site) {
        Cached cached = last;
        if (cached != null && cached.pages().get() == site.pages()) {
            return cached.reader();
        }
        PageTopic reader = read(site);
        last = new Cached(new WeakReference<>(site.pages()), reader);
        return reader;
    }

    private static PageTopic read(SiteView site) {
        return new PageTopic(PageNames.of(site), site.pages());
    }

    /** True when the page's own labels name a topic of another family than {@code topic}'s, and none of its own. */
    boolean elsewhere(PageFacts page, Topic topic) {
        List<Topic> topics = named.get(page);
        if (topics == null) {
            topics = topicsNamed(page);
        }
        if (topics.isEmpty()) {
            return false;
        }
        List<Topic> family = Vocabulary.family(topic);
        return topics.stream().noneMatch(family::contains);
    }

    /**
     * The topics named by the first kind of the page's labels (breadcrumb, title, h1) that names any: the kind
     * that decides what the page is about; empty when none does.
     */
    private List<Topic> topicsNamed(PageFacts page) {
        List<Label> crumbs = new ArrayList<>(page.breadcrumb());
        // the last step of a post's breadcrumb is the post's own title
        if (!crumbs.isEmpty() && page.heading() != null
                && crumbs.get(crumbs.size() - 1).key().equals(page.heading().key())) {
            crumbs.remove(crumbs.size() - 1);
        }
        List<Label> title = ownTitle(page);
        List<Label> heading = page.heading() == null ? List.of() : List.of(page.heading());
        for (List<Label> labels : List.of(crumbs, title, heading)) {
            List<Topic> topics = new ArrayList<>();
            for (Label label : labels) {
                // most labels ("Trang chủ", "Tin tức", a post's title) name no topic: one index look-up each
                if (!Vocabulary.anyTopic(label.key())) {
                    continue;
                }
                for (Topic t : Vocabulary.all()) {
                    if (names(label, t)) {
                        topics.add(t);
                    }
                }
            }
            if (!topics.isEmpty()) {
                return List.copyOf(topics);
            }
        }
        return List.of();
    }

    /**
     * The page's names: its h1, the last breadcrumb step, and each part of its title ("Đấu thầu | Cổng ...")
     * that is not the site's name.
     */
    List<Label> names(PageFacts page) {
        List<Label> names = new ArrayList<>();
        if (page.heading() != null) {
            names.add(page.heading());
        }
        if (!page.breadcrumb().isEmpty()) {
            names.add(page.breadcrumb().get(page.breadcrumb().size() - 1));
        }
        names.addAll(ownTitle(page));
        return names;
    }

    private List<Label> ownTitle(PageFacts page) {
        List<Label> known = titles.get(page);
        return known != null ? known : readTitle(page);
    }

    private List<Label> readTitle(PageFacts page) {
        List<Label> title = new ArrayList<>();
        for (String part : PageNames.titleParts(page.title())) {
            if (!siteNames.siteName(part)) {
                title.add(Label.of(part));
            }
        }
        // a section's name may hold a separator itself: "Hỏi - đáp về pháp luật - UBND huyện"
        Label whole = Label.of(siteNames.ownTitle(page.title().text()));
        if (title.size() > 1 && !title.contains(whole)) {
            title.add(whole);
        }
        return List.copyOf(title);
    }

    /**
     * Whether a short label (a menu word, a section heading) names the topic's section, not a post about it. Its
     * words are counted first: most labels are posts' titles, too long to be names, and their keys, each asked
     * once, need not be matched.
     */
    static boolean names(Label label, Topic topic) {
        return words(label.key()) <= MAX_NAME_WORDS && topic.sections().matches(label.key());
    }

    /** The number of words of a key, as {@code key.strip().split(" ").length} counts them. */
    private static int words(String key) {
        String words = key.strip();
        int count = 1;
        for (int space = words.indexOf(' '); space >= 0; space = words.indexOf(' ', space + 1)) {
            count++;
        }
        return count;
    }
}
