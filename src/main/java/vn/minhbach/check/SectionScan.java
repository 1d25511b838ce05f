package vn.minhbach.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.minhbach.extract.PageFacts;
import vn.minhbach.extract.PageFacts.Entry;
import vn.minhbach.extract.PageFacts.Label;
import vn.minhbach.extract.PageFacts.Link;
import vn.minhbach.extract.Topic;
import vn.minhbach.extract.Uris;
import vn.minhbach.model.Evidence;
import vn.minhbach.model.Text;

/**
 * A section of a portal and the posts it holds, found by meaning:
 * section pages are pages named for the topic (title, h1, last breadcrumb step) or configured for the item;
 * posts are rows under a block heading named for it, rows listed on its section pages, pages whose
 * breadcrumb passes through it, rows and pages whose titles name it, and rows read with configured selectors.
 * On a section page, rows that sit under another block's heading (a "Tin mới" sidebar) are left out.
 *
 * @param sectionPages the section's own pages
 * @param posts        its posts, one per address
 * @param links        links named for the section or its posts
 * @param external     links into an external system that counts as the section (the e-procurement system)
 */
record SectionScan(List<PageFacts> sectionPages, List<Publication> posts, List<Link> links, List<Link> external) {
    static SectionScan of(ItemContext ctx, Topic topic, List<String> externalHosts) {
        // identity sets: page facts are large records, and each page is one object
        Set<PageFacts> configured = identitySet(ctx.site().pagesAt(ctx.override().urls()));
        Set<PageFacts> sectionSet = identitySet(configured);
        List<PageFacts> sectionPages = new ArrayList<>(configured);
        List<Publication> posts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Link> external = new ArrayList<>();
        String id = ctx.info().id();
        PageTopic about = PageTopic.of(ctx.site());
        Predicate<Link> leaves = link -> externalHosts.stream().anyMatch(h -> Uris.hostContains(link.href(), h));
        PageLinks kept = new PageLinks(link -> leaves.test(link) || topic.matches(link.text().key()));
        PageLinks namingLinks = new PageLinks(link -> PageTopic.names(link.text(), topic));
        Trace trace = ctx.trace();
        if (trace.on()) {
            configured.forEach(p -> trace.page(p.url(), p.displayTitle(),
                    Text.of("check.trace.configuredUrl", id)));
        }
        for (PageFacts page : ctx.site().pages()) {
            if (!configured.contains(page) && about.elsewhere(page, topic)) {
                // a page about another topic: only rows under a heading named for this one, and menu links, count
                otherTopic(ctx, page, topic, namingLinks, posts, links);
                continue;
            }
            boolean viaCrumb = page.breadcrumb().stream().anyMatch(l -> topic.sections().matches(l.key()));
            boolean post = page.date() != null && page.heading() != null && !PageTopic.names(page.heading(), topic)
                    && (viaCrumb || topic.titles().matches(page.heading().key()));
            if (post) {
                posts.add(ctx.publication(page));
                if (trace.on()) {
                    Traced.page(trace, page, viaCrumb ? crumbWhy(page, topic)
                            : Traced.why(Traced.what("h1"), page.heading(), topic.titles(), List.of()));
                }
            } else if (viaCrumb || about.names(page).stream().anyMatch(l -> PageTopic.names(l, topic))) {
                if (sectionSet.add(page)) {
                    sectionPages.add(page);
                    if (trace.on()) {
                        trace.page(page.url(), page.displayTitle(), Text.of("check.trace.section", viaCrumb
                                ? crumbWhy(page, topic) : Traced.why(Traced.what(nameKind(page, topic)), about.names(page).stream().filter(l -> PageTopic.names(l, topic))
                                .findFirst().orElseThrow(), topic.sections(), List.of())));
                    }
                }
            } else if (page.heading() != null && topic.titles().matches(page.heading().key())) {
                posts.add(ctx.publication(page));
                if (trace.on()) {
                    Traced.page(trace, page, Traced.why(Traced.what("h1"), page.heading(), topic.titles(), List.of()));
                }
            }
            boolean listPage = sectionSet.contains(page);
            boolean anyNamed = page.entries().stream().anyMatch(e -> named(e, topic));
            for (Entry entry : page.entries()) {
                // A row titled as a step of the page's own breadcrumb is the trail's link (a post page's
                // "Trang chủ > Hỏi – đáp về pháp luật" beside the post's date), not a post of the section.
                if (page.breadcrumb().stream().anyMatch(step -> step.key().equals(entry.title().key()))) {
                    continue;
                }
                if (named(entry, topic) || topic.titles().matches(entry.title().key()) || configured.contains(page)
                        || (listPage && !anyNamed && entry.context() == null)) {
                    posts.add(ctx.publication(entry, page));
                    if (trace.on()) {
                        Traced.entry(trace, page, Trace.Kind.LIST_ENTRY, entry, entryWhy(entry, topic, configured
                                .contains(page)));
                    }
                } else if (trace.on() && listPage) {
                    Traced.entry(trace, page, Trace.Kind.LIST_ENTRY, entry, Text.of("check.trace.sectionRow"));
                    trace.decide(entry.link() != null ? entry.link() : page.url(), entry.title().text(), false,
                            entry.context() != null ? Text.of("check.trace.otherBlock", topic.label())
                                    : Text.of("check.trace.outsideBlock"));
                }
            }
            for (Entry entry : page.selected().getOrDefault(id, List.of())) {
                posts.add(ctx.publication(entry, page));
                if (trace.on()) {
                    Traced.entry(trace, page, Trace.Kind.OVERRIDE_SELECTION, entry, Text.of("check.trace.selectors"));
                }
            }
            for (Link link : kept.passing(page.links())) {
                if (leaves.test(link)) {
                    external.add(link);
                } else {
                    links.add(link);
                    if (trace.on()) {
                        trace.page(link.href(), link.text().text(), Traced.why(Traced.what("link"),
                                link.text(), topic.titles().matches(link.text().key()) ? topic.titles()
                                        : topic.sections(), List.of()));
                    }
                }
            }
        }
        return new SectionScan(List.copyOf(sectionPages), Publication.distinct(posts), List.copyOf(links),
                List.copyOf(external));
    }

    private static void otherTopic(ItemContext ctx, PageFacts page, Topic topic, PageLinks namingLinks,
                                   List<Publication> posts, List<Link> links) {
        for (Entry entry : page.entries()) {
            if (named(entry, topic)) {
                posts.add(ctx.publication(entry, page));
            }
        }
        for (Entry entry : page.selected().getOrDefault(ctx.info().id(), List.of())) {
            posts.add(ctx.publication(entry, page));
        }
        links.addAll(namingLinks.passing(page.links()));
    }

    private static Text crumbWhy(PageFacts page, Topic topic) {
        Label step = page.breadcrumb().stream().filter(l -> topic.sections().matches(l.key())).findFirst().orElseThrow();
        return Traced.why(Traced.what("breadcrumb"), step, topic.sections(), List.of());
    }

    private static String nameKind(PageFacts page, Topic topic) {
        if (page.heading() != null && PageTopic.names(page.heading(), topic)) {
            return "h1";
        }
        return !page.breadcrumb().isEmpty() && PageTopic.names(page.breadcrumb().get(page.breadcrumb().size() - 1), topic)
                ? "breadcrumb" : "pageTitle";
    }

    private static Text entryWhy(Entry entry, Topic topic, boolean configured) {
        if (named(entry, topic)) {
            return Text.of("check.trace.underBlock");
        }
        if (topic.titles().matches(entry.title().key())) {
            return Traced.why(Traced.what("title"), entry.title(), topic.titles(), List.of());
        }
        return Text.of(configured ? "check.trace.configuredRow" : "check.trace.sectionPageRow");
    }

    private static Set<PageFacts> identitySet(Collection<PageFacts> pages) {
        Set<PageFacts> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(pages);
        return set;
    }

    private static boolean named(Entry entry, Topic topic) {
        return entry.context() != null && topic.sections().matches(entry.context());
    }

    List<Publication> dated() {
        return posts.stream().filter(p -> p.date() != null).toList();
    }

    boolean empty() {
        return sectionPages.isEmpty() && posts.isEmpty() && links.isEmpty() && external.isEmpty();
    }

    /** Where the section was seen, for the evidence of a verdict that found no dated post. */
    List<Evidence> places() {
        List<Evidence> places = new ArrayList<>();
        sectionPages.stream().limit(3).forEach(p -> places.add(new Evidence(p.url(), p.displayTitle(), null,
                Text.of("check.evidence.section"))));
        external.stream().limit(2).forEach(l -> places.add(new Evidence(l.href(), l.text().text(), null,
                Text.of("check.evidence.externalLink"))));
        links.stream().limit(2).forEach(l -> places.add(new Evidence(l.href(), l.text().text(), null,
                Text.of("check.evidence.link"))));
        posts.stream().limit(3).forEach(p -> places.add(p.evidence()));
        return places;
    }
}
